/** The revision loader reads a commit exactly as the working-tree loader reads a clean checkout. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitdir, type GitDir } from '../helpers/gitdir.js';
import { loadAtRevision } from '../../src/git/model-at-revision.js';
import { collectGitFacts } from '../../src/git/collect.js';
import { runPipeline } from '../../src/pipeline.js';
import { CONFIG, control } from './fixtures.js';

const ACME = fileURLToPath(new URL('../../examples/acme-health', import.meta.url));
const TODAY = '2028-06-01';

describe('loadAtRevision', () => {
  let acme: GitDir;
  let mono: GitDir;
  beforeAll(() => {
    acme = gitdir({ copyFrom: ACME });
    acme.commit('acme', '2026-10-01');
    mono = gitdir();
    mono.commit('monorepo', '2025-01-10', {
      '.gitignore': 'drafts/\n',
      'gov/annexa.yaml': CONFIG,
      'gov/controls.yaml': control('ctl-logging', ['iso27001:A.8.15'], 'planned'),
      'app/main.ts': 'export {};\n',
    });
    // Committed by force, yet ignored by discovery in the working tree through the parent .gitignore.
    mono.write({ 'gov/drafts/broken.yaml': 'kind: [unclosed\n' });
    mono.git(['add', '-f', 'gov/drafts/broken.yaml']);
    mono.commit('draft', '2025-01-11');
  });
  afterAll(() => {
    acme.cleanup();
    mono.cleanup();
  });

  it('gives the same findings, model and analysis for HEAD as for the clean working tree', async () => {
    const { facts } = await collectGitFacts(acme.dir);
    const work = await runPipeline({ root: acme.dir, scope: 'check', today: TODAY, git: facts });
    // A temp folder of its own: other test files materialise revisions in the shared one at the same time.
    const own = mkdtempSync(path.join(os.tmpdir(), 'annexa-rev-test-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = own;
    const rev = await loadAtRevision(acme.dir, 'HEAD', { today: TODAY, scope: 'check', gitFacts: true }).finally(() => {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    });
    expect(rev.result.findings).toEqual(work.findings);
    expect(rev.result.model.records.length).toBe(work.model.records.length);
    expect(rev.analysis).toEqual(work.analysis());
    expect(rev.result.root).toBe(acme.dir);
    expect(readdirSync(own)).toEqual([]); // the materialised tree is removed
    rmSync(own, { recursive: true });
  });

  it('honours .gitignore files above a governance subfolder', async () => {
    const root = path.join(mono.dir, 'gov');
    const work = await runPipeline({ root, scope: 'check', today: TODAY });
    const rev = await loadAtRevision(root, 'HEAD', { today: TODAY, scope: 'check' });
    expect(rev.result.findings).toEqual(work.findings);
    expect(work.findings.some((f) => f.location.file.startsWith('drafts/'))).toBe(false);
  });

  it('reads a revision before the governance folder existed as an empty model', async () => {
    const late = gitdir();
    try {
      const first = late.commit('code only', '2025-01-01', { 'app/main.ts': 'export {};\n' });
      late.commit('governance', '2025-02-01', { 'gov/annexa.yaml': CONFIG, 'gov/controls.yaml': control('ctl-x', ['iso27001:A.5.1'], 'planned') });
      const rev = await loadAtRevision(path.join(late.dir, 'gov'), first, { today: TODAY, scope: 'validate' });
      expect([rev.result.model.records.length, rev.result.findings]).toEqual([0, []]);
    } finally {
      late.cleanup();
    }
  });

  it('does not touch the index, HEAD or the working tree', async () => {
    const status = mono.git(['status', '--porcelain']);
    const head = mono.git(['rev-parse', 'HEAD']);
    await loadAtRevision(path.join(mono.dir, 'gov'), 'HEAD~1', { today: TODAY, scope: 'check' });
    expect(mono.git(['status', '--porcelain'])).toBe(status);
    expect(mono.git(['rev-parse', 'HEAD'])).toBe(head);
  });
});
