import type { Rule } from './types.js';
import type { AISystemRecord } from '../model/types.js';

/** The latest significant change of a system (by date) from its record. */
function lastChange(s: AISystemRecord): { date: string; version?: string; description: string; index: number } | undefined {
  let last: { date: string; version?: string; description: string; index: number } | undefined;
  (s.spec.changes ?? []).forEach((c, index) => {
    if (!last || c.date > last.date) last = { ...c, index };
  });
  return last;
}

/**
 * 42001 8.4: impact assessments are repeated when the system changes significantly. An assessment performed
 * before the system's latest recorded change (new model, version, purpose or data), or made on another
 * version than the system now runs, no longer describes it. One performed ahead of a release on the version
 * that release brought (spec.systemVersion) covers it.
 */
export const rule: Rule = {
  meta: { id: 'impact-assessment-outdated', description: "An AI system impact assessment predates the system's last significant change, or assessed another version than the one in use.", defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const a of ctx.model.list('ImpactAssessment')) {
      if (a.spec.status === 'superseded') continue;
      const s = ctx.model.get('AISystem', a.spec.aiSystem);
      if (!s || s.spec.lifecycleStage === 'retired') continue;
      const change = lastChange(s);
      const id = a.metadata.id;
      // An assessment made ahead of a release, on the version the change brought, covers that change.
      const coversChange = !!change?.version && a.spec.systemVersion === change.version;
      if (change && a.spec.performed && a.spec.performed < change.date && !coversChange) {
        const what = `${change.description}${change.version ? `, version ${change.version}` : ''}`;
        ctx.report({ record: a, pointer: '/spec/performed', message: `Impact assessment ${id} was performed on ${a.spec.performed}, before ${s.metadata.id} changed on ${change.date} (${what}); re-assess the system` });
      } else if (a.spec.systemVersion && s.spec.version && a.spec.systemVersion !== s.spec.version) {
        ctx.report({ record: a, pointer: '/spec/systemVersion', message: `Impact assessment ${id} assessed ${s.metadata.id} version ${a.spec.systemVersion}, but version ${s.spec.version} is in use; re-assess the system` });
      }
    }
  },
};
