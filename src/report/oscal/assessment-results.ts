import type { Analysis } from '../../analysis/analyze.js';
import type { Finding } from '../../core/finding.js';
import { splitRef } from '../../catalog/catalog-set.js';
import { metadata, oneLine, oscalId, prop, timestamp, type OscalContext } from './common.js';
import { oscalUuid } from './uuid.js';

export interface AssessmentInput {
  analysis: Analysis;
  /** The findings of an `annexa check` run, sorted as reporters print them. */
  findings: Finding[];
  /** The failing level of the run (findings at or above it fail). */
  failOn: 'error' | 'warning' | 'never';
  sourceCommit?: string;
}

function observationUuid(f: Finding, i: number): string {
  return oscalUuid('observation', String(i), f.ruleId, f.location.file, String(f.location.line ?? 0), f.message);
}

function where(f: Finding): string {
  return f.location.file ? `${f.location.file}${f.location.line ? `:${f.location.line}:${f.location.column ?? 1}` : ''}` : 'repository';
}

function fails(f: Finding, failOn: AssessmentInput['failOn']): boolean {
  return failOn === 'never' ? false : failOn === 'warning' ? f.severity !== 'info' : f.severity === 'error';
}

/**
 * An `annexa check` run as OSCAL assessment results: every finding is an observation (rule, severity,
 * place), and every Annex A control in scope gets a finding that is satisfied unless a failing
 * observation names it, so dashboards see per-control state as the JUnit report does.
 */
export function oscalAssessmentResults(input: AssessmentInput, ctx: OscalContext): unknown {
  const at = timestamp(ctx.date);
  const observations = input.findings.map((f, i) => ({
    uuid: observationUuid(f, i),
    title: oneLine(`${f.ruleId}: ${f.message}`),
    description: f.message.trim() || f.ruleId,
    props: [prop('rule-id', f.ruleId), prop('severity', f.severity), prop('location', where(f)), ...(f.control ? [prop('control-ref', f.control)] : []), ...(f.record ? [prop('record', f.record)] : [])],
    methods: ['EXAMINE'],
    types: ['finding'],
    collected: at,
  }));
  const byControl = new Map<string, { uuid: string; failing: boolean }[]>();
  input.findings.forEach((f, i) => {
    if (!f.control) return;
    byControl.set(f.control, [...(byControl.get(f.control) ?? []), { uuid: observations[i]!.uuid, failing: fails(f, input.failOn) }]);
  });
  const findings = input.analysis.standards.flatMap((s) =>
    s.soa.map((e) => {
      const related = byControl.get(e.ref) ?? [];
      const failing = related.some((r) => r.failing);
      return {
        uuid: oscalUuid('finding', e.ref, ctx.date),
        title: oneLine(`${e.ref} ${e.title}`),
        description: failing ? `annexa check reported failing findings on ${e.ref}.` : `annexa check reported no failing finding on ${e.ref}.`,
        props: [prop('control-ref', e.ref), prop('soa-status', e.status)],
        target: {
          type: 'objective-id',
          'target-id': oscalId(splitRef(e.ref)[1] ?? e.ref),
          status: { state: failing ? 'not-satisfied' : 'satisfied', reason: failing ? 'fail' : 'pass' },
        },
        ...(related.length ? { 'related-observations': related.map((r) => ({ 'observation-uuid': r.uuid })) } : {}),
      };
    }),
  );
  const planUuid = oscalUuid('resource', 'check-configuration');
  return {
    'assessment-results': {
      uuid: oscalUuid('assessment-results', ctx.organization ?? '', ctx.date, input.sourceCommit ?? ''),
      metadata: metadata(ctx, `annexa check of ${ctx.organization ?? 'the governance records'} on ${ctx.date}`),
      'import-ap': { href: `#${planUuid}` },
      results: [
        {
          uuid: oscalUuid('result', ctx.date, input.sourceCommit ?? ''),
          title: oneLine(`annexa check ${ctx.date}`),
          description: `Automated check of the governance records by annexa ${ctx.toolVersion}${input.sourceCommit ? ` at commit ${input.sourceCommit}` : ''}; failing level: ${input.failOn}.`,
          start: at,
          end: at,
          props: [prop('fail-on', input.failOn), ...(input.sourceCommit ? [prop('source-commit', input.sourceCommit)] : [])],
          'reviewed-controls': { 'control-selections': [{ 'include-all': {} }] },
          ...(observations.length ? { observations } : {}),
          ...(findings.length ? { findings } : {}),
        },
      ],
      'back-matter': {
        resources: [{ uuid: planUuid, title: 'annexa check (no separate assessment plan: the rules and annexa.yaml are the plan)', description: 'The rule set of annexa check with the severities set in annexa.yaml.' }],
      },
    },
  };
}
