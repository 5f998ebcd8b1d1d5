/** changeLogSince: governance record commits after a revision, newest first, with author and date. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitdir, type GitDir } from '../helpers/gitdir.js';
import { changeLogSince } from '../../src/git/change-log.js';
import { collectGitFacts } from '../../src/git/collect.js';
import { UsageError } from '../../src/core/errors.js';
import { CONFIG, control, risk } from './fixtures.js';

let repo: GitDir;
const short = (rev: string) => repo.git(['rev-parse', '--short', rev]).trim();

beforeAll(() => {
  repo = gitdir();
  repo.commit('baseline', '2025-01-10', { 'annexa.yaml': CONFIG, 'controls.yaml': control('ctl-a', ['iso27001:A.5.1'], 'planned') });
  repo.git(['tag', 'audit-2025']);
  repo.commit('risk register', '2025-02-01', { 'risks/register.yaml': risk('risk-a', 2, 3), 'evidence/scan.pdf': 'binary-ish\n' });
  repo.commit('code only', '2025-02-15', { 'evidence/scan.pdf': 'new scan\n', 'node_modules/x/conf.yaml': 'x: 1\n' });
  repo.commit('implement ctl-a', '2025-03-01', { 'controls.yaml': control('ctl-a', ['iso27001:A.5.1'], 'implemented'), 'annexa.yaml': `${CONFIG}# touched\n` });
});
afterAll(() => repo.cleanup());

describe('changeLogSince', () => {
  it('lists record commits since the revision, newest first, record files only', async () => {
    expect(await changeLogSince(repo.dir, 'audit-2025')).toEqual([
      { commit: short('HEAD'), date: '2025-03-01', author: 'annexa-test', subject: 'implement ctl-a', files: ['annexa.yaml', 'controls.yaml'] },
      { commit: short('HEAD~2'), date: '2025-02-01', author: 'annexa-test', subject: 'risk register', files: ['risks/register.yaml'] },
    ]);
  });

  it('takes a predicate for what counts as a record file', async () => {
    const log = await changeLogSince(repo.dir, 'audit-2025', { isRecordFile: (f) => f.startsWith('evidence/') });
    expect(log.map((e) => [e.subject, e.files])).toEqual([
      ['code only', ['evidence/scan.pdf']],
      ['risk register', ['evidence/scan.pdf']],
    ]);
  });

  it('is empty at HEAD and refuses unknown revisions', async () => {
    expect(await changeLogSince(repo.dir, 'HEAD')).toEqual([]);
    await expect(changeLogSince(repo.dir, 'no-such-tag')).rejects.toThrow(new UsageError('unknown git revision "no-such-tag"'));
  });
});

describe('merged branches', () => {
  it('dates a file by the branch commit that changed it and lists that commit in the change log', async () => {
    const m = gitdir();
    try {
      m.commit('baseline', '2025-01-10', { 'annexa.yaml': CONFIG, 'evidence/scan.md': 'v1\n', 'controls.yaml': control('ctl-a', ['iso27001:A.5.1'], 'planned') });
      m.git(['tag', 'base']);
      m.git(['checkout', '-q', '-b', 'feature']);
      m.commit('renew scan, implement', '2025-02-01', { 'evidence/scan.md': 'v2\n', 'controls.yaml': control('ctl-a', ['iso27001:A.5.1'], 'implemented') });
      m.git(['checkout', '-q', 'main']);
      m.commit('readme', '2025-02-10', { 'README.md': 'hi\n' });
      m.git(['merge', '-q', '--no-ff', '--no-edit', 'feature'], { date: '2025-03-01' });
      const { facts } = await collectGitFacts(m.dir);
      expect(facts!.lastChange('evidence/scan.md')).toBe('2025-02-01');
      expect((await changeLogSince(m.dir, 'base')).map((e) => [e.date, e.subject, e.files])).toEqual([['2025-02-01', 'renew scan, implement', ['controls.yaml']]]);
    } finally {
      m.cleanup();
    }
  });
});
