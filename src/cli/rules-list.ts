import { ruleMetas, ruleDocPath } from '../rules/registry.js';
import type { CliIo } from './io.js';

/** `annexa rules`: the rule catalogue, for config authors. */
export async function runRulesList(opts: { format: 'text' | 'json' }, io: CliIo): Promise<number> {
  const metas = ruleMetas();
  if (opts.format === 'json') {
    io.stdout.write(JSON.stringify(metas.map((m) => ({ ...m, docs: ruleDocPath(m.id) })), null, 2) + '\n');
    return 0;
  }
  const w = Math.max(...metas.map((m) => m.id.length));
  for (const m of metas) io.stdout.write(`${m.id.padEnd(w)}  ${m.defaultSeverity.padEnd(7)}  ${m.scope.padEnd(8)}  ${m.description}\n`);
  return 0;
}
