import { describe, expect, it } from 'vitest';
import { markdown, cell, MAX_ROWS } from '../../src/report/reporters/markdown.js';
import { ruleDocUrl } from '../../src/rules/registry.js';
import type { Finding } from '../../src/core/finding.js';
import { ODD_FILE, reportData } from './report-data.js';

const render = (data = reportData()) => markdown(data, { color: false });

/** Splits a GFM table row into cells, honouring `\|`. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** The rows of the table under a `### heading`. */
function table(md: string, heading: string): string[][] {
  const lines = md.split('\n');
  const start = lines.indexOf(`### ${heading}`);
  if (start < 0) return [];
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(cells(lines[i]!));
  return rows;
}

describe('markdown reporter', () => {
  it('starts with a heading and a summary count table', () => {
    const md = render();
    const lines = md.split('\n');
    expect(lines[0]).toBe('## annexa check');
    expect(md).toContain('❌ 4 problems found.');
    const header = lines.indexOf('| Errors | Warnings | Info | Records | Files |');
    expect(header).toBeGreaterThan(0);
    expect(cells(lines[header + 2]!)).toEqual(['2', '1', '1', '5', '3']);
    expect(md.endsWith('|\n')).toBe(true);
  });

  it('lists findings with severity, file:line:col, linked rule and escaped message', () => {
    const rows = table(render(), 'Findings');
    expect(rows[0]).toEqual(['Severity', 'Location', 'Rule', 'Message']);
    const body = rows.slice(2);
    expect(body).toHaveLength(4);
    expect(body.map((r) => r[0])).toEqual(['❌ error', '❌ error', '⚠️ warning', 'ℹ️ info']);
    expect(body[0]![1]).toBe(cell(`${ODD_FILE}:7:11`));
    expect(body[0]![1]).toBe('controls/Zugriff &amp; Kontrolle/Übersicht ü.yaml:7:11');
    expect(body[0]![2]).toBe(`[schema](${ruleDocUrl('schema')})`);
    expect(body[0]![3]).toBe('value &lt;b&gt;"done"&lt;/b&gt; &amp; 100% wrong,<br>see: A.5.15');
    expect(body[2]![1]).toBe('(repository)');
    expect(body[3]![1]).toBe('evidence/ai.yaml:12:14');
  });

  it('escapes pipes, newlines and Markdown syntax in cells', () => {
    expect(cell('a | b')).toBe('a \\| b');
    expect(cell('one\r\ntwo\nthree')).toBe('one<br>two<br>three');
    expect(cell('[x](javascript:alert(1)) *b* `c` <img>')).toBe('\\[x\\](javascript:alert(1)) \\*b\\* \\`c\\` &lt;img&gt;');
    const findings: Finding[] = [{ ruleId: 'schema', severity: 'error', message: 'a | b\nc', location: { file: 'x.yaml', line: 1, column: 2 } }];
    const body = table(render(reportData({ findings })), 'Findings').slice(2);
    expect(body).toEqual([['❌ error', 'x.yaml:1:2', `[schema](${ruleDocUrl('schema')})`, 'a \\| b<br>c']]);
  });

  it('adds per-rule counts for check, in rule order', () => {
    const rows = table(render(), 'By rule').slice(2);
    expect(rows).toEqual([
      [`[schema](${ruleDocUrl('schema')})`, '2', '0', '0'],
      [`[unmapped-control](${ruleDocUrl('unmapped-control')})`, '0', '1', '0'],
      [`[evidence-stale](${ruleDocUrl('evidence-stale')})`, '0', '0', '1'],
    ]);
  });

  it('has no per-rule table for validate, and says so when clean', () => {
    expect(render(reportData({ command: 'validate' }))).not.toContain('### By rule');
    const clean = render(reportData({ findings: [] }));
    expect(clean).toContain('✅ No problems found.');
    expect(clean).not.toContain('### Findings');
  });

  it('cuts very long lists to stay under the job summary size limit', () => {
    const many: Finding[] = Array.from({ length: MAX_ROWS + 5 }, (_, i) => ({ ruleId: 'schema', severity: 'error', message: `m${i}`, location: { file: 'x.yaml', line: i + 1, column: 1 } }));
    const md = render(reportData({ findings: many }));
    expect(table(md, 'Findings').slice(2)).toHaveLength(MAX_ROWS);
    expect(md).toContain('… and 5 more');
  });

  it('is deterministic', () => {
    expect(render()).toBe(render());
  });
});
