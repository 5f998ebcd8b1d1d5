import type { Rule } from './types.js';
import { controlRefs, readableRefs } from './support/record-refs.js';

export const rule: Rule = {
  meta: { id: 'unknown-control-ref', description: 'A record names a control or clause that no loaded catalog contains.', defaultSeverity: 'error', scope: 'validate' },
  check(ctx) {
    for (const { record: r, refs } of readableRefs(ctx.model, controlRefs)) {
      for (const { value, pointer } of refs) {
        if (ctx.catalogs.get(value)) continue;
        const heading = ctx.catalogs.heading(value);
        if (heading) {
          // Seed articles and the standard's own layout use objective headings like ids; say what they are.
          const list = heading.controls.length <= 4 ? heading.controls.join(', ') : `${heading.controls.slice(0, 3).join(', ')} and ${heading.controls.length - 3} more`;
          ctx.report({ record: r, pointer, control: value, message: `"${value}" is ${heading.kind === 'objective' ? 'an objective' : 'a theme'} heading (${heading.title}), not a control: name the controls under it (${list})` });
          continue;
        }
        const hint = ctx.catalogs.suggest(value);
        const [cat] = value.split(':');
        const why = ctx.catalogs.catalogs.has(cat!) ? `catalog ${cat} has no "${value.slice(cat!.length + 1)}"` : `no catalog "${cat}" is loaded`;
        ctx.report({ record: r, pointer, control: value, message: `unknown control ref "${value}": ${why}${hint ? ` (did you mean "${hint}"?)` : ''}` });
      }
    }
  },
};
