import type { Rule } from './types.js';

export const rule: Rule = {
  meta: { id: 'objective-off-target', description: 'The latest measurement of an objective misses its target.', defaultSeverity: 'warning', scope: 'check' },
  check(ctx) {
    for (const o of ctx.model.list('Objective')) {
      const { measure, target, measurements = [] } = o.spec;
      if (!measure || target === undefined || measurements.length === 0) continue;
      // The latest by date, whatever order the file lists them in.
      let at = 0;
      measurements.forEach((m, i) => { if (m.date >= measurements[at]!.date) at = i; });
      const last = measurements[at]!;
      const off = measure.direction === 'at-least' ? last.value < target : last.value > target;
      if (!off) continue;
      const unit = measure.unit ? ` ${measure.unit}` : '';
      const due = o.spec.due ? `; due ${o.spec.due}` : '';
      ctx.report({ record: o, pointer: `/spec/measurements/${at}/value`, message: `Objective ${o.metadata.id} measured ${last.value}${unit} on ${last.date}, ${measure.direction === 'at-least' ? 'below' : 'above'} its target of ${target}${unit}${due}` });
    }
  },
};
