/**
 * axe-core inside Chromium (WCAG 2.x A/AA rules): no serious or critical violation on any page of the packs of
 * examples/acme-health and examples/broken. Its own file, so it runs beside the other browser tests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { cleanup, tempDir } from '../render/support.js';
import { examplePack, hasChromium, launchChromium } from './browser.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Pages checked at once: Chromium renders them in parallel while axe waits on the page. */
const AT_ONCE = 3;

async function violationsOf(context: BrowserContext, file: string): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, first: v.nodes[0]?.target.join(' ') ?? '' }));
  });
  await page.close();
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${path.basename(file)}: ${v.id} (${v.impact}, ${v.nodes} nodes, e.g. ${v.first})`);
}

describe.skipIf(!hasChromium)('the HTML packs of the examples pass axe-core', () => {
  let dir: string;
  let browser: Browser;
  beforeAll(async () => {
    dir = await tempDir();
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await cleanup(dir);
  });

  it.each(['acme-health', 'broken'])('examples/%s: every pack page passes axe-core without serious or critical violations', async (example) => {
    const out = await examplePack(example, dir);
    const pages = (await readdir(out)).filter((f) => f.endsWith('.html')).sort();
    expect(pages.length).toBeGreaterThanOrEqual(12);
    // The pack's CSP forbids scripts, as it should; the test context bypasses it to run axe.
    const context = await browser.newContext({ bypassCSP: true });
    const violations: string[] = [];
    for (let i = 0; i < pages.length; i += AT_ONCE) {
      for (const v of await Promise.all(pages.slice(i, i + AT_ONCE).map((p) => violationsOf(context, path.join(out, p))))) violations.push(...v);
    }
    await context.close();
    expect(violations).toEqual([]);
  }, 180_000);
});
