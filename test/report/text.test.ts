import { describe, expect, it } from 'vitest';
import { text } from '../../src/report/reporters/text.js';
import { ODD_FILE, reportData } from './report-data.js';

const ANSI = /\u001b\[[0-9;]*m/;
const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

describe('text reporter', () => {
  it('has no ANSI codes with colours off', () => {
    expect(text(reportData(), { color: false })).not.toMatch(ANSI);
    expect(text(reportData({ findings: [] }), { color: false })).not.toMatch(ANSI);
  });

  it('has ANSI codes with colours on, and the same text underneath', () => {
    const coloured = text(reportData(), { color: true });
    expect(coloured).toMatch(ANSI);
    expect(strip(coloured)).toBe(text(reportData(), { color: false }));
  });

  it('groups findings by file, with line:col, severity, message and rule', () => {
    const out = text(reportData(), { color: false });
    const lines = out.split('\n');
    const odd = lines.indexOf(ODD_FILE);
    expect(odd).toBeGreaterThanOrEqual(0);
    expect(lines[odd + 1]).toMatch(/^ {2}7:11\s+error\s+value <b>"done"<\/b> & 100% wrong,/);
    expect(lines.indexOf('(repository)')).toBeGreaterThan(odd);
    expect(out).toMatch(/ {2}3:3\s+error\s+Control: must have required property "title"\s+schema/);
    expect(out).toMatch(/ {2}12:14\s+info\s+Evidence ev-1 is 400 days old \(max 365\)\s+evidence-stale/);
  });

  it('ends with a summary line', () => {
    expect(text(reportData(), { color: false }).trimEnd().split('\n').pop()).toBe('✖ 4 problems (2 errors, 1 warning, 1 info) in 5 records in 3 files');
    expect(text(reportData({ findings: [] }), { color: false })).toBe('✔ no problems (5 records in 3 files)\n');
    expect(text(reportData({ findings: [], stats: { files: 1, records: 1 } }), { color: false })).toBe('✔ no problems (1 record in 1 file)\n');
  });
});
