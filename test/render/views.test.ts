import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import { buildPack } from '../../src/render/build-pack.js';
import { cleanup, EXAMPLE, listFiles, runCli, tempDir } from './support.js';

describe('pack views over unusual repositories', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(() => cleanup(dir));

  it('packs a repository with one standard and no records, leaving out pages that do not apply', async () => {
    const repo = path.join(dir, 'repo');
    await mkdir(repo);
    await writeFile(path.join(repo, 'annexa.yaml'), 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2022]\n');
    const run = await runCli(['pack', 'repo', '--out', 'out', '--date', '2026-01-01'], { cwd: dir });
    expect(run.code).toBe(0);
    const files = await listFiles(path.join(dir, 'out'));
    expect(files).toContain('soa-iso27001.html');
    for (const absent of ['soa-iso42001.html', 'soa-integrated.html', 'crosswalk.html']) expect(files).not.toContain(absent);
    const index = await readFile(path.join(dir, 'out', 'index.html'), 'utf8');
    expect(index).toContain('Organisation not named in annexa.yaml');
    expect(index).not.toContain('href="crosswalk.html"');
    const gaps = await readFile(path.join(dir, 'out', 'gaps.html'), 'utf8');
    expect(gaps).toContain('CA-093');
  });

  it('renders the change log section when one is given (the --since hook)', async () => {
    const result = await runPipeline({ root: EXAMPLE, scope: 'check', today: '2026-01-01' });
    const files = await buildPack({
      result,
      date: '2026-01-01',
      toolVersion: '0.0.0',
      changeLog: {
        since: 'v1.0',
        entries: [
          { commit: '0123456789ab', date: '2025-12-01', author: 'A. Auditor', subject: 'Re-score <b>drift</b>', files: ['risks/ai.yaml'] },
          { commit: 'fedcba987654', date: '2025-11-01', author: 'B. Owner', subject: 'Remove old policy', files: ['policies/gone.yaml'] },
          // Authored after the pack's date: not a change "since v1.0" as of 2026-01-01.
          { commit: 'aaaabbbbcccc', date: '2026-03-01', author: 'C. Later', subject: 'Later edit', files: ['risks/ai.yaml'] },
        ],
      },
    });
    const page = (p: string) => files.find((f) => f.path === p)!.content;
    expect(page('index.html')).toContain('Changes since v1.0');
    expect(page('index.html')).toMatch(/2 commits changed 2 record files \(\d+ current records\); 1 later commit dated after 2026-01-01 left out\./);
    const review = page('management-review.html');
    expect(review).toContain('Commits since v1.0 that changed records');
    expect(review).toContain('Re-score &lt;b&gt;drift&lt;/b&gt;');
    expect(review).toContain('Risk/rsk-model-drift');
    expect(review).toContain('policies/gone.yaml');
    expect(review.indexOf('0123456789ab')).toBeLessThan(review.indexOf('fedcba987654'));
    expect(review).not.toContain('aaaabbbbcccc');
    expect(page('markdown/management-review.md')).toContain('| 2025-12-01 | 0123456789ab | A. Auditor | Re-score \\<b\\>drift\\</b\\> | Risk/rsk-');
    expect(files[files.length - 1]!.path).toBe('manifest.json');
  });

  it('refuses an unknown --since revision with exit 2', async () => {
    const run = await runCli(['pack', EXAMPLE, '--out', 'out', '--date', '2026-01-01', '--since', 'no-such-revision-xyz'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no-such-revision-xyz/);
    expect(await listFiles(dir)).toEqual([]);
  });
});
