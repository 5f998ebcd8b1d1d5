/** `check --changed-since REV`: findings in changed files, plus findings elsewhere the change caused. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitdir, type GitDir } from '../helpers/gitdir.js';
import { CONFIG, control, docs, evidence, risk, run } from './fixtures.js';

const TODAY = '2025-03-01';
let repo: GitDir;

/** Findings of a `--format json` run as `ruleId file record/control`. */
const keys = (stdout: string): string[] =>
  (JSON.parse(stdout).findings as { ruleId: string; file: string; record: string | null; control: string | null }[]).map((f) => `${f.ruleId} ${f.file} ${f.record ?? f.control}`);

beforeEach(() => {
  repo = gitdir();
  repo.commit('baseline', '2025-01-10', {
    'annexa.yaml': CONFIG,
    'controls/logging.yaml': control('ctl-logging', ['iso27001:A.8.15'], 'implemented', ['ev-logs']),
    'controls/policies.yaml': control('ctl-policies', ['iso27001:A.5.1'], 'implemented'), // old finding: no evidence
    'evidence.yaml': evidence('ev-logs', { url: 'https://logs.example.invalid', collected: '2025-01-05' }),
    'risks.yaml': docs(risk('risk-a', 3, 3)),
  });
});
afterEach(() => repo.cleanup());

describe('check --changed-since', () => {
  it('keeps new findings in changed files and the unmapped control a deleted Control causes', async () => {
    repo.write({
      'controls/logging.yaml': null,
      'risks.yaml': docs(risk('risk-a', 3, 3), risk('risk-b', 2, 2).replace('owner: CISO', 'owner: ""')),
    });
    const full = await run(['check', repo.dir, '--today', TODAY, '-f', 'json'], repo.dir);
    expect(keys(full.stdout)).toContain('implemented-without-evidence controls/policies.yaml Control/ctl-policies');

    const r = await run(['check', repo.dir, '--today', TODAY, '-f', 'json', '--changed-since', 'main'], repo.dir);
    expect(keys(r.stdout)).toEqual([
      'unmapped-control annexa.yaml iso27001:A.8.15',
      'risk-untreated risks.yaml Risk/risk-b',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^annexa: changed since main \([0-9a-f]+\): 2 files differ from the working tree; compared with the \d+ findings at [0-9a-f]+: keeping 1 in changed files and 1 elsewhere that are new, \d+ older findings not shown\n$/);
  });

  it('works on committed changes, untracked files, and reports nothing when nothing changed', async () => {
    repo.commit('drop logging', '2025-02-01', { 'controls/logging.yaml': null });
    repo.write({ 'controls/new.yaml': control('ctl-new', ['iso27001:A.8.13'], 'implemented') });
    const r = await run(['check', repo.dir, '--today', TODAY, '-f', 'json', '--changed-since', 'HEAD~1'], repo.dir);
    expect(keys(r.stdout)).toEqual([
      'unmapped-control annexa.yaml iso27001:A.8.15',
      'implemented-without-evidence controls/new.yaml Control/ctl-new',
      'inclusion-unjustified controls/new.yaml Control/ctl-new',
    ]);
    repo.write({ 'controls/new.yaml': null });
    const none = await run(['check', repo.dir, '--today', TODAY, '-f', 'json', '--changed-since', 'HEAD', '-q'], repo.dir);
    expect([none.code, keys(none.stdout), none.stderr]).toEqual([0, [], '']);
  });

  it('does not count findings that only time caused (same today at REV)', async () => {
    // Evidence without collected date ages from git; at REV it was just as stale, so it is old news.
    repo.commit('undated evidence', '2025-01-11', { 'evidence.yaml': evidence('ev-logs', { url: 'https://logs.example.invalid' }) });
    repo.write({ 'README.md': 'unrelated\n' });
    const full = await run(['check', repo.dir, '--today', '2025-12-31', '-f', 'json'], repo.dir);
    expect(keys(full.stdout)).toContain('evidence-stale evidence.yaml Evidence/ev-logs');
    const r = await run(['check', repo.dir, '--today', '2025-12-31', '-f', 'json', '--changed-since', 'HEAD'], repo.dir);
    expect(keys(r.stdout)).toEqual([]);
  });

  it('exits 2 on an unknown revision', async () => {
    const r = await run(['check', repo.dir, '--changed-since', 'nope'], repo.dir);
    expect([r.code, r.stderr]).toEqual([2, 'annexa: unknown git revision "nope"\n']);
  });
});
