import type { ModelDiff, RecordRef } from '../../analysis/diff-model.js';
import { scoreText } from './format.js';

/** A titled list of one-line changes; text and markdown lay these out differently. */
export interface DiffSection {
  title: string;
  items: string[];
}

/** How a format marks ids (`code`) and user text (`text`, escaped where the format needs it). */
export interface Styling {
  code(s: string): string;
  text(s: string): string;
}

/** The non-empty change sections of a diff, in a fixed order. */
export function diffSections(d: ModelDiff, st: Styling): DiffSection[] {
  const rec = (r: RecordRef) => `${st.code(r.id)} ${st.text(`"${r.title}"`)}`;
  const arrow = (from: string | null, to: string | null) => `${from ?? '-'} -> ${to ?? '-'}`;
  const sections: DiffSection[] = [
    {
      title: 'Controls whose status changed',
      items: d.controls.map((c) => `${st.code(c.ref)} ${st.text(c.title)}: ${arrow(c.status.from, c.status.to)}`),
    },
    {
      title: 'Control decisions',
      items: [
        ...d.decisions.added.map((r) => `added ${rec(r)} (${r.status}; ${r.implements.join(', ')})`),
        ...d.decisions.removed.map((r) => `removed ${rec(r)} (was ${r.status}; ${r.implements.join(', ')})`),
        ...d.decisions.changed.map((r) => {
          const parts = r.status.from !== r.status.to ? [`status ${arrow(r.status.from, r.status.to)}`] : [];
          if (r.implementsAdded.length) parts.push(`now implements ${r.implementsAdded.join(', ')}`);
          if (r.implementsRemoved.length) parts.push(`no longer implements ${r.implementsRemoved.join(', ')}`);
          return `changed ${rec(r)}: ${parts.join('; ')}`;
        }),
      ],
    },
    {
      title: 'Risks',
      items: [
        ...d.risks.added.map((r) => `added ${rec(r)} (inherent ${scoreText(r.inherent)})`),
        ...d.risks.removed.map((r) => `removed ${rec(r)}`),
        ...d.risks.rescored.map((r) => {
          const parts: string[] = [];
          if (scoreText(r.inherent.from) !== scoreText(r.inherent.to)) parts.push(`inherent ${scoreText(r.inherent.from)} -> ${scoreText(r.inherent.to)}`);
          if (scoreText(r.residual.from) !== scoreText(r.residual.to)) parts.push(`residual ${scoreText(r.residual.from)} -> ${scoreText(r.residual.to)}`);
          return `re-scored ${rec(r)}: ${parts.join('; ')}`;
        }),
      ],
    },
    {
      title: 'AI systems',
      items: [
        ...d.aiSystems.added.map((r) => `added ${rec(r)} (${r.riskTier} risk)`),
        ...d.aiSystems.retired.map((r) => `retired ${rec(r)} (${r.how === 'removed' ? 'record removed' : 'lifecycleStage -> retired'})`),
        ...d.aiSystems.retiered.map((r) => `re-tiered ${rec(r)}: ${arrow(r.riskTier.from, r.riskTier.to)}`),
      ],
    },
    {
      title: 'Policies',
      items: [
        ...d.policies.added.map((r) => `added ${rec(r)}`),
        ...d.policies.removed.map((r) => `removed ${rec(r)}`),
        ...d.policies.reapproved.map((r) => `re-approved ${rec(r)}: ${arrow(r.approval.from.date, r.approval.to.date)}${r.approval.to.by ? ` by ${st.text(r.approval.to.by)}` : ''}`),
        ...d.policies.versionChanged.map((r) => `new version ${rec(r)}: ${arrow(r.version.from, r.version.to)}`),
      ],
    },
    {
      title: 'Impact assessments',
      items: [
        ...d.impactAssessments.added.map((r) => `added ${rec(r)}`),
        ...d.impactAssessments.removed.map((r) => `removed ${rec(r)}`),
        ...d.impactAssessments.changed.map((r) => `changed ${rec(r)}: ${r.fields.join(', ')}`),
      ],
    },
  ];
  return sections.filter((s) => s.items.length > 0);
}
