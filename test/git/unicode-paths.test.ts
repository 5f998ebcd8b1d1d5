/**
 * Paths with spaces and non-ASCII characters, in a governance root that is a subfolder of the git
 * top level (also named with both), through facts, changed-since, diff and the change log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gitdir, type GitDir } from '../helpers/gitdir.js';
import { collectGitFacts } from '../../src/git/collect.js';
import { changeLogSince } from '../../src/git/change-log.js';
import { runPipeline } from '../../src/pipeline.js';
import { CONFIG, control, evidence, run } from './fixtures.js';

const SUB = 'Compliance Räume';
const EVIDENCE = 'evidence/Prüfbericht 2026.md';
let repo: GitDir;
let root: string;

beforeAll(() => {
  repo = gitdir();
  root = path.join(repo.dir, SUB);
  repo.commit('records', '2026-01-15', {
    'src/app.ts': 'export {};\n',
    [`${SUB}/annexa.yaml`]: CONFIG,
    [`${SUB}/kontrollen/Protokollierung ü.yaml`]: control('ctl-logging', ['iso27001:A.8.15'], 'planned', ['ev-pruef']),
    [`${SUB}/evidence/Nachweise.yaml`]: evidence('ev-pruef', { path: EVIDENCE }),
    [`${SUB}/${EVIDENCE}`]: 'Bericht\n',
  });
  repo.git(['tag', 'start']);
  repo.commit('Prüfbericht erneuert', '2026-03-02', { [`${SUB}/${EVIDENCE}`]: 'Bericht, neu\n', 'src/app.ts': 'export const x = 1;\n' });
  repo.commit('Kontrolle umgesetzt', '2026-03-03', { [`${SUB}/kontrollen/Protokollierung ü.yaml`]: control('ctl-logging', ['iso27001:A.8.15'], 'implemented', ['ev-pruef']) });
});
afterAll(() => repo.cleanup());

describe('paths with spaces and non-ASCII characters', () => {
  it('dates and flags them relative to the governance root', async () => {
    const { facts } = await collectGitFacts(root);
    expect(facts!.lastChange(EVIDENCE)).toBe('2026-03-02');
    expect(facts!.lastChange(EVIDENCE.normalize('NFD'))).toBe('2026-03-02');
    expect(facts!.lastChange('kontrollen/Protokollierung ü.yaml')).toBe('2026-03-03');
    expect(facts!.lastChange('src/app.ts')).toBeUndefined(); // outside the governance root
    writeFileSync(path.join(root, EVIDENCE), 'Entwurf\n');
    try {
      const again = await collectGitFacts(root);
      expect(again.facts!.uncommitted(EVIDENCE)).toBe(true);
      const result = await runPipeline({ root, scope: 'check', today: '2026-09-01', git: again.facts });
      expect(result.findings.filter((f) => f.ruleId === 'evidence-stale').map((f) => f.message)).toEqual([
        'Evidence ev-pruef is 183 days old (last changed in git on 2026-03-02), over its limit of 90 days',
      ]);
    } finally {
      repo.git(['checkout', '--', `${SUB}/${EVIDENCE}`]);
    }
  });

  it('diffs revisions of the subfolder', async () => {
    const r = await run(['diff', 'start', 'HEAD', '-d', SUB, '-f', 'json'], repo.dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).decisions.changed).toEqual([
      { id: 'ctl-logging', title: 'Control ctl-logging', file: 'kontrollen/Protokollierung ü.yaml', status: { from: 'planned', to: 'implemented' }, implementsAdded: [], implementsRemoved: [] },
    ]);
  });

  it('keeps findings of changed non-ASCII files in --changed-since', async () => {
    writeFileSync(path.join(root, 'kontrollen/Protokollierung ü.yaml'), control('ctl-logging', ['iso27001:A.8.15'], 'implemented'));
    try {
      const r = await run(['check', SUB, '--today', '2026-04-01', '-f', 'json', '--changed-since', 'HEAD'], repo.dir);
      const found = (JSON.parse(r.stdout).findings as { ruleId: string; file: string }[]).map((f) => `${f.ruleId} ${f.file}`);
      expect(found).toEqual(['implemented-without-evidence kontrollen/Protokollierung ü.yaml', 'inclusion-unjustified kontrollen/Protokollierung ü.yaml']);
    } finally {
      repo.git(['checkout', '--', `${SUB}/kontrollen/Protokollierung ü.yaml`]);
    }
  });

  it('lists them in the change log, newest first', async () => {
    const log = await changeLogSince(root, 'start');
    expect(log.map(({ commit, ...rest }) => ({ short: /^[0-9a-f]{7,}$/.test(commit), ...rest }))).toEqual([
      { short: true, date: '2026-03-03', author: 'annexa-test', subject: 'Kontrolle umgesetzt', files: ['kontrollen/Protokollierung ü.yaml'] },
    ]);
  });
});
