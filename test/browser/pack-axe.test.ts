/**
 * axe-core inside Chromium (WCAG 2.x A/AA rules): no serious or critical violation on any page of the packs of
 * examples/acme-health and examples/broken. Its own file, so it runs beside the other browser tests.
 */
import { createRequire } from 'node:module';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumSession, examplePack, hasChromium } from './browser.js';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Pages checked at once, one tab each: Chromium renders one while axe works on the other. */
const LANES = 2;

/** A context whose every page has axe-core loaded (an init script: compiled once, not sent per page). */
async function axeContext(browser: Browser): Promise<BrowserContext> {
  // The pack's CSP forbids scripts, as it should; the test context bypasses it to run axe.
  const context = await browser.newContext({ bypassCSP: true });
  await context.addInitScript({ path: AXE_PATH });
  return context;
}

async function violationsOf(page: Page, file: string): Promise<string[]> {
  await page.goto(pathToFileURL(file).href);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Only violations are read, so axe skips collecting passes and incomplete results.
    const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, first: v.nodes[0]?.target.join(' ') ?? '' }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${path.basename(file)}: ${v.id} (${v.impact}, ${v.nodes} nodes, e.g. ${v.first})`);
}

/** Every file through axe, LANES tabs taking the next file as they finish. */
async function violationsOfAll(context: BrowserContext, files: string[]): Promise<string[]> {
  const queue = [...files];
  const found = new Map<string, string[]>();
  await Promise.all(
    Array.from({ length: LANES }, async () => {
      const page = await context.newPage();
      for (let file = queue.shift(); file; file = queue.shift()) found.set(file, await violationsOf(page, file));
      await page.close();
    }),
  );
  return files.flatMap((f) => found.get(f)!);
}

describe.skipIf(!hasChromium)('the HTML packs of the examples pass axe-core', () => {
  const session = chromiumSession();
  let context: BrowserContext;
  beforeAll(async () => {
    context = await axeContext(session.browser);
  });
  afterAll(() => context?.close());

  it('reports a page with known violations (guards the checks below)', async () => {
    const bad = path.join(session.dir, 'bad.html');
    await writeFile(bad, '<!doctype html><html><head><title>Bad</title></head><body><main><img src="x.png"><p style="color:#eee;background:#fff">faint</p></main></body></html>');
    const good = path.join(session.dir, 'good.html');
    await writeFile(good, '<!doctype html><html lang="en"><head><title>Good</title></head><body><main><h1>Fine</h1><img src="x.png" alt="A chart"></main></body></html>');
    const violations = await violationsOfAll(context, [bad, good]);
    expect(violations.map((v) => v.replace(/ \(.*/, ''))).toEqual(['bad.html: color-contrast', 'bad.html: html-has-lang', 'bad.html: image-alt']);
  });

  it.each(['acme-health', 'broken'])('examples/%s: every pack page passes axe-core without serious or critical violations', async (example) => {
    const out = await examplePack(example, session.dir);
    const pages = (await readdir(out)).filter((f) => f.endsWith('.html')).sort();
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(await violationsOfAll(context, pages.map((p) => path.join(out, p)))).toEqual([]);
  }, 180_000);
});
