/** Evidence ages from the collected date, the evidence file's last commit and the record's last commit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gitdir, type GitDir } from '../helpers/gitdir.js';
import { collectGitFacts } from '../../src/git/collect.js';
import { uncommittedEvidenceNote } from '../../src/git/notes.js';
import { evidenceAge } from '../../src/analysis/evidence-age.js';
import { runPipeline } from '../../src/pipeline.js';
import { CONFIG, control, docs, evidence } from './fixtures.js';

const TODAY = '2025-07-01';
let repo: GitDir;

beforeAll(() => {
  repo = gitdir();
  repo.commit('records', '2025-01-10', {
    'annexa.yaml': CONFIG,
    'controls.yaml': control('ctl-logging', ['iso27001:A.8.15'], 'implemented', ['ev-file', 'ev-record', 'ev-collected']),
    'evidence.yaml': docs(
      evidence('ev-file', { path: 'evidence/logs.md' }),
      evidence('ev-record', { url: 'https://tickets.example.invalid/42' }),
      evidence('ev-collected', { path: 'evidence/report.md', collected: '2025-06-01' }),
    ),
    'evidence/logs.md': 'first export\n',
    'evidence/report.md': 'report\n',
  });
  repo.commit('new log export', '2025-03-01', { 'evidence/logs.md': 'second export\n' });
  repo.commit('unrelated', '2025-04-01', { 'README.md': 'hello\n' });
});
afterAll(() => repo.cleanup());

describe('collectGitFacts', () => {
  it('dates each path by the committer date of its last commit', async () => {
    const { facts, notes } = await collectGitFacts(repo.dir);
    expect(notes).toEqual([]);
    expect(facts).toMatchObject({ branch: 'main', dirty: false, shallow: false, headDate: '2025-04-01' });
    expect(facts!.head).toMatch(/^[0-9a-f]{40}$/);
    expect(facts!.lastChange('evidence/logs.md')).toBe('2025-03-01');
    expect(facts!.lastChange('./evidence/logs.md')).toBe('2025-03-01');
    expect(facts!.lastChange('evidence')).toBe('2025-03-01');
    expect(facts!.lastChange('evidence.yaml')).toBe('2025-01-10');
    expect(facts!.lastChange('nope.md')).toBeUndefined();
  });

  it('measures age from collected, else the file commit, else the record commit', async () => {
    const { facts } = await collectGitFacts(repo.dir);
    const result = await runPipeline({ root: repo.dir, scope: 'check', today: TODAY, git: facts });
    const age = (id: string) => evidenceAge(result.model.get('Evidence', id)!, TODAY, 90, facts);
    expect(age('ev-collected')).toMatchObject({ source: 'collected', date: '2025-06-01', ageDays: 30, stale: false });
    expect(age('ev-file')).toMatchObject({ source: 'git-file', date: '2025-03-01', ageDays: 122, stale: true });
    expect(age('ev-record')).toMatchObject({ source: 'git-record', date: '2025-01-10', ageDays: 172, stale: true });
  });

  it('reports evidence-stale with age and limit, and shows freshness in the SoA', async () => {
    const { facts } = await collectGitFacts(repo.dir);
    const result = await runPipeline({ root: repo.dir, scope: 'check', today: TODAY, git: facts });
    const stale = result.findings.filter((f) => f.ruleId === 'evidence-stale').map((f) => ({ file: f.location.file, line: f.location.line, record: f.record, message: f.message }));
    expect(stale).toEqual([
      { file: 'evidence.yaml', line: 4, record: 'Evidence/ev-file', message: 'Evidence ev-file is 122 days old (last changed in git on 2025-03-01), over its limit of 90 days' },
      { file: 'evidence.yaml', line: 12, record: 'Evidence/ev-record', message: 'Evidence ev-record is 172 days old (last changed in git on 2025-01-10), over its limit of 90 days' },
    ]);
    const entry = result.analysis().standards[0]!.soa.find((e) => e.ref === 'iso27001:A.8.15')!;
    expect(entry.evidence.map((e) => [e.id, e.ageSource, e.ageDays, e.maxAgeDays, e.stale])).toEqual([
      ['ev-collected', 'collected', 30, 90, false],
      ['ev-file', 'git-file', 122, 90, true],
      ['ev-record', 'git-record', 172, 90, true],
    ]);
  });

  it('without git facts, undated evidence has no age and is not stale', async () => {
    const result = await runPipeline({ root: repo.dir, scope: 'check', today: TODAY });
    expect(result.findings.filter((f) => f.ruleId === 'evidence-stale')).toEqual([]);
  });

  it('flags uncommitted evidence and notes how many', async () => {
    writeFileSync(path.join(repo.dir, 'evidence/logs.md'), 'third export, not committed\n');
    try {
      const { facts } = await collectGitFacts(repo.dir);
      expect(facts!.dirty).toBe(true);
      expect(facts!.uncommitted('evidence/logs.md')).toBe(true);
      expect(facts!.uncommitted('evidence.yaml')).toBe(false);
      const result = await runPipeline({ root: repo.dir, scope: 'check', today: TODAY, git: facts });
      expect(evidenceAge(result.model.get('Evidence', 'ev-file')!, TODAY, 90, facts).uncommitted).toBe(true);
      expect(uncommittedEvidenceNote(result.model, facts)).toBe('1 evidence file has uncommitted changes (evidence/logs.md): git ages of the evidence in it count from the last commit');
    } finally {
      repo.git(['checkout', '--', 'evidence/logs.md']);
    }
  });
});

describe('the record fallback dates the record, not its file', () => {
  it('an edit to one record of a multi-record file does not make its neighbours younger', async () => {
    const r = gitdir();
    try {
      r.commit('two url-only evidence records', '2025-01-10', {
        'annexa.yaml': CONFIG,
        'evidence.yaml': docs(evidence('ev-a', { url: 'https://tickets.example.invalid/1' }), evidence('ev-b', { url: 'https://tickets.example.invalid/2' })),
      });
      r.commit('new ticket for ev-b only', '2025-05-01', {
        'evidence.yaml': docs(evidence('ev-a', { url: 'https://tickets.example.invalid/1' }), evidence('ev-b', { url: 'https://tickets.example.invalid/3' })),
      });
      const { facts } = await collectGitFacts(r.dir);
      const result = await runPipeline({ root: r.dir, scope: 'check', today: TODAY, git: facts });
      const ageOf = (id: string) => evidenceAge(result.model.get('Evidence', id)!, TODAY, 365, facts);
      expect(ageOf('ev-a')).toMatchObject({ source: 'git-record', date: '2025-01-10' });
      expect(ageOf('ev-b')).toMatchObject({ source: 'git-record', date: '2025-05-01' });
    } finally {
      r.cleanup();
    }
  });
});
