/** Shared set-up of the browser tests: where Chromium is, how to launch it, and packs written to disk. */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { cleanup, REPO, tempDir } from '../render/support.js';
import { runPipeline } from '../../src/pipeline.js';
import { buildPack } from '../../src/render/build-pack.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const hasChromium = existsSync(CHROMIUM);

/** Headless Chromium as every browser test runs it. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * Hooks of a browser test file: a temporary folder and one Chromium for the whole file, both gone afterwards.
 * Read the fields inside tests or later hooks (they are set before the file's own beforeAll hooks run).
 */
export function chromiumSession(): { readonly dir: string; readonly browser: Browser } {
  const session = {} as { dir: string; browser: Browser };
  beforeAll(async () => {
    session.dir = await tempDir();
    session.browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await session.browser?.close();
    if (session.dir) await cleanup(session.dir);
  });
  return session;
}

/** Writes the pack of one example (built in-process, no git) into `dir/<example>`. */
export async function examplePack(example: string, dir: string): Promise<string> {
  const result = await runPipeline({ root: path.join(REPO, 'examples', example), scope: 'check', today: '2026-11-23' });
  const out = path.join(dir, example);
  for (const f of await buildPack({ result, date: '2026-11-23', toolVersion: '0.0.0-test' })) {
    await mkdir(path.dirname(path.join(out, f.path)), { recursive: true });
    await writeFile(path.join(out, f.path), f.content);
  }
  return out;
}
