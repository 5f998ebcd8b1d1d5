import { Chalk } from 'chalk';
import type { Finding } from '../../core/finding.js';
import type { Reporter } from './types.js';
import { summarize } from './json.js';

/** ESLint-style "stylish" output: findings grouped by file, aligned columns, a summary line. */
export const text: Reporter = (data, { color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const byFile = new Map<string, Finding[]>();
  for (const f of data.findings) {
    const key = f.location.file || '(repository)';
    byFile.set(key, [...(byFile.get(key) ?? []), f]);
  }
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(c.underline(file));
    const rows = list.map((f) => [f.location.line !== undefined ? `${f.location.line}:${f.location.column ?? 1}` : '-', f.severity, f.message, f.ruleId] as const);
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    for (const [pos, sev, msg, rule] of rows) {
      const sevText = sev === 'error' ? c.red(sev.padEnd(w1)) : sev === 'warning' ? c.yellow(sev.padEnd(w1)) : c.blue(sev.padEnd(w1));
      lines.push(`  ${c.dim(pos.padEnd(w0))}  ${sevText}  ${msg}  ${c.dim(rule)}`);
    }
    lines.push('');
  }
  const s = summarize(data.findings);
  const total = s.errors + s.warnings + s.infos;
  const skipped = data.stats.skipped ? `; ${data.stats.skipped} non-annexa YAML document${data.stats.skipped === 1 ? '' : 's'} skipped` : '';
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const scanned = `${n(data.stats.records, 'record')} in ${n(data.stats.files, 'file')}${skipped}`;
  if (total === 0) {
    lines.push(c.green(`✔ no problems (${scanned})`));
  } else {
    const parts = `${total} problem${total === 1 ? '' : 's'} (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}${s.infos ? `, ${s.infos} info` : ''})`;
    lines.push((s.errors > 0 ? c.red.bold : c.yellow.bold)(`✖ ${parts}`) + c.dim(` in ${scanned}`));
  }
  return lines.join('\n') + '\n';
};
