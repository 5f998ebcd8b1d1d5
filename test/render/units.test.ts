import { describe, expect, it } from 'vitest';
import { safeJoin } from '../../src/render/out-path.js';
import { escapeMarkdown, escapeViewForMarkdown } from '../../src/render/md-escape.js';
import { barChart } from '../../src/render/charts/bar-chart.js';
import { templateError } from '../../src/render/templates/template-error.js';
import { createRenderer } from '../../src/render/templates/environment.js';
import { manifestEntry, manifestOf } from '../../src/render/manifest.js';
import { safeHref, formatPercent } from '../../src/render/format.js';
import { riskLevel as levelOn } from '../../src/config/risk-score.js';
import { DEFAULT_RISK_CRITERIA } from '../../src/config/risk-criteria.js';

const riskLevel = (score: number) => levelOn(score, DEFAULT_RISK_CRITERIA);
import { labelOf, toneOf } from '../../src/render/helpers/labels.js';
import { ConfigError } from '../../src/core/errors.js';

describe('render units', () => {
  it('safeJoin keeps every output path inside its folder', () => {
    expect(safeJoin('/tmp/pack', 'markdown/index.md')).toBe('/tmp/pack/markdown/index.md');
    for (const bad of ['../x', 'a/../../b', '/etc/passwd', 'a//b', './a', 'a\\b', '', 'a/..']) {
      expect(() => safeJoin('/tmp/pack', bad), bad).toThrow(/refusing to write/);
    }
  });

  it('escapes Markdown markup and HTML, and folds line breaks', () => {
    expect(escapeMarkdown('<b>x</b> | *y* [z](u) `c` &amp;\nnext')).toBe('\\<b\\>x\\</b\\> \\| \\*y\\* \\[z\\](u) \\`c\\` \\&amp; next');
    expect(escapeMarkdown('R&D')).toBe('R&D');
    expect(escapeViewForMarkdown({ a: ['<x>'], n: 3, b: null })).toEqual({ a: ['\\<x\\>'], n: 3, b: null });
    for (const plain of ['', 'A.5.1 Policies', 'R&D (2026) 50% done: yes!', 'tab\tand\rreturn']) expect(escapeMarkdown(plain)).toBe(plain);
    expect(escapeMarkdown('a\r\n   b *c*')).toBe('a b \\*c\\*');
  });

  it('escapes an object the view holds in several places once, and keeps it shared', () => {
    const shared = { title: 'x|y', ids: ['A_1'] };
    const view = escapeViewForMarkdown({ first: shared, rows: [{ lead: shared }, { lead: shared }] });
    expect(view.first).toEqual({ title: 'x\\|y', ids: ['A\\_1'] });
    expect(view.rows[0]?.lead).toBe(view.first);
    expect(view.rows[1]?.lead).toBe(view.first);
    expect(shared).toEqual({ title: 'x|y', ids: ['A_1'] }); // the HTML view is left as it was
  });

  it('escapes text inside SVG charts', () => {
    const svg = barChart('<t>', [{ label: '<script>x</script>', value: 2, tone: 'good' }]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('aria-label="&lt;t&gt;"');
  });

  it('maps Handlebars errors to file:line config errors', () => {
    const parse = Object.assign(new Error("Parse error on line 7:\n...{{foo}\n----^\nExpecting 'CLOSE', got 'INVALID'"), {});
    expect(templateError(parse, 'templates/x.html.hbs').message).toBe("templates/x.html.hbs:7: parse error: Expecting 'CLOSE', got 'INVALID'");
    const runtime = Object.assign(new Error('"nope" not defined in [object Object] - 4:2'), { lineNumber: 4 });
    expect(templateError(runtime, 'p.md.hbs')).toBeInstanceOf(ConfigError);
    expect(templateError(runtime, 'p.md.hbs').message).toMatch(/^p\.md\.hbs:4: unknown field "nope"/);
    expect(templateError(new Error('boom'), 'p.md.hbs').message).toBe('p.md.hbs: boom');
  });

  it('renders with the helpers known at compile time, and names a helper annexa lacks', () => {
    const page = (source: string) => ({ pages: new Map([['p', { html: { display: 'custom/p.html.hbs', source } }]]), partials: new Map() });
    const view = { n: 3, title: '<b>' };
    expect(createRenderer(page('{{plural n "risk"}} {{title}} {{#if (gt n 2)}}many{{/if}}')).render('p', 'html', view)).toBe('3 risks &lt;b&gt; many');
    expect(() => createRenderer(page('line 1\n{{nosuchhelper title}}')).render('p', 'html', view)).toThrow(
      new ConfigError('custom/p.html.hbs:2: unknown helper "nosuchhelper" (docs/pack.md lists the helpers)'),
    );
  });

  it('writes a sorted manifest that does not list itself', () => {
    const m = manifestOf([{ path: 'b.html', content: 'b' }, { path: 'a.html', content: 'a' }].map(manifestEntry), { tool: { name: 'annexa', version: '1.0.0' }, date: '2026-01-01', source: {} });
    const parsed = JSON.parse(m.content);
    expect(m.path).toBe('manifest.json');
    expect(parsed.files.map((f: { path: string }) => f.path)).toEqual(['a.html', 'b.html']);
    expect(parsed.files[0].sha256).toBe('ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb');
    expect(parsed.source).toEqual({});
  });

  it('formats and classifies values from fixed tables only', () => {
    expect(safeHref('https://x.example')).toBe('https://x.example');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect([1, 4, 5, 9, 10, 14, 15, 25].map(riskLevel)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
    expect([62.44, 100, 0].map(formatPercent)).toEqual(['62.4%', '100%', '0%']);
    expect(labelOf('in-progress')).toBe('In progress');
    expect(labelOf('ai')).toBe('AI');
    expect(toneOf('" onmouseover="x')).toBe('neutral');
    expect(toneOf('__proto__')).toBe('neutral');
  });
});
