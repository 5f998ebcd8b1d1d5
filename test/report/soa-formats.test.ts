import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/report/soa/csv.js';
import { mdCell } from '../../src/report/soa/markdown.js';

describe('SoA cell escaping', () => {
  it('CSV cells can never start a spreadsheet formula', () => {
    for (const bad of ['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(bad).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
  });

  it('Markdown cells keep tables intact', () => {
    expect(mdCell('a | b\nc')).toBe('a \\| b<br>c');
    expect(mdCell('<script>alert(1)</script> & co')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
  });
});
