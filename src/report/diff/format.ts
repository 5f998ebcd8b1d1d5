import type { CoverageCounts } from '../../analysis/types.js';
import type { ModelDiff, Score } from '../../analysis/diff-model.js';
import type { DiffSide } from './types.js';

/** `v1.0 (abc1234)`, or `working tree`. */
export function sideLabel(s: DiffSide): string {
  if (s.commit === null) return 'working tree';
  return s.rev === s.short ? s.short! : `${s.rev} (${s.short})`;
}

/** `4x3=12`, `none` when the record gives no score. */
export function scoreText(s: Score): string {
  if (!s) return 'none';
  return `${s.likelihood ?? '?'}x${s.impact ?? '?'}${s.score !== null ? `=${s.score}` : ''}`;
}

/** `45.2% (42 of 93 applicable)`, `-` when the standard was not in scope. */
export function coverageText(c: CoverageCounts | null): string {
  if (!c) return '-';
  return `${c.percentImplemented}% (${c.implemented} of ${c.total - c.excluded} implemented)`;
}

/** Signed change in percentage points, one decimal. */
export function coverageDelta(before: CoverageCounts | null, after: CoverageCounts | null): string {
  if (!before || !after) return '';
  const d = Math.round((after.percentImplemented - before.percentImplemented) * 10) / 10;
  return d === 0 ? '±0' : d > 0 ? `+${d}` : `${d}`;
}

/** Number of changes, coverage left out (it is always reported). */
export function changeCount(d: ModelDiff): number {
  return (
    d.controls.length +
    d.decisions.added.length + d.decisions.removed.length + d.decisions.changed.length +
    d.risks.added.length + d.risks.removed.length + d.risks.rescored.length +
    d.aiSystems.added.length + d.aiSystems.retired.length + d.aiSystems.retiered.length +
    d.policies.added.length + d.policies.removed.length + d.policies.reapproved.length + d.policies.versionChanged.length +
    d.impactAssessments.added.length + d.impactAssessments.removed.length + d.impactAssessments.changed.length
  );
}
