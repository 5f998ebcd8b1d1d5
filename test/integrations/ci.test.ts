/** The CI integrations as their runners use them: the GitHub Action's step script and the pre-commit hooks' entries. */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/repo.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'annexa-ci-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Action { inputs: Record<string, { default?: string }>; runs: { using: string; steps: { id?: string; run?: string; env?: Record<string, string> }[] } }
const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as Action;

/** Runs the action's step script as the runner would: inputs as INPUT_*, summary and output files. */
function runAction(name: string, inputs: Record<string, string>) {
  const cwd = path.join(tmp, name);
  spawnSync('mkdir', ['-p', cwd]);
  const summary = path.join(cwd, 'step-summary.md');
  const output = path.join(cwd, 'github-output');
  writeFileSync(summary, '# earlier step\n');
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output };
  // Every input the step passes, with action.yml's defaults, as the runner fills them in.
  for (const [k, v] of Object.entries(action.inputs)) env[`INPUT_${k.toUpperCase().replace(/-/g, '_')}`] = inputs[k] ?? v.default ?? '';
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/github-action.mjs')], { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, cwd, summary: readFileSync(summary, 'utf8'), output: existsSync(output) ? readFileSync(output, 'utf8') : '' };
}

describe('GitHub Action', () => {
  it('is a composite action with the inputs users expect, all passed to its script', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['path', 'formats', 'fail-on', 'baseline', 'changed-since']));
    const step = action.runs.steps.find((s) => s.id === 'check')!;
    expect(step.run).toContain('scripts/github-action.mjs');
    for (const k of Object.keys(action.inputs).filter((k) => k !== 'upload-sarif')) {
      expect(step.env![`INPUT_${k.toUpperCase().replace(/-/g, '_')}`]).toBe(`\${{ inputs.${k} }}`);
    }
  });

  it('on examples/broken: fails, annotates, writes the SARIF file, the job summary, extra formats and outputs', async () => {
    const r = runAction('broken', { path: path.join(REPO_ROOT, 'examples/broken'), formats: 'junit gitlab' });
    expect(r.code).toBe(1);
    const json = JSON.parse((await runCli(['check', 'examples/broken', '-f', 'json'])).stdout) as { findings: unknown[] };
    const annotations = r.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));
    expect(annotations).toHaveLength(json.findings.length);
    const sarif = JSON.parse(readFileSync(path.join(r.cwd, 'annexa.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(json.findings.length);
    // Appended after what earlier steps wrote, never over it.
    expect(r.summary.startsWith('# earlier step\n')).toBe(true);
    expect(r.summary).toMatch(/\| rule \|/i);
    expect(r.output).toBe('sarif-file=annexa.sarif\nexit-code=1\n');
    expect(JSON.parse(readFileSync(path.join(r.cwd, 'annexa-gitlab.json'), 'utf8'))).toHaveLength(json.findings.length);
    expect(readFileSync(path.join(r.cwd, 'annexa-junit.xml'), 'utf8')).toMatch(/^<\?xml/);
  });

  it('on examples/acme-health: passes; fail-on never lets a broken repo pass', () => {
    const acme = runAction('acme', { path: path.join(REPO_ROOT, 'examples/acme-health'), 'sarif-file': 'out/acme.sarif' });
    expect(acme.code).toBe(0);
    expect(acme.output).toBe('sarif-file=out/acme.sarif\nexit-code=0\n');
    expect(existsSync(path.join(acme.cwd, 'out/acme.sarif'))).toBe(true);
    expect(runAction('never', { path: path.join(REPO_ROOT, 'examples/broken'), 'fail-on': 'never' }).code).toBe(0);
  });

  it('a configuration error still leaves a summary line and exit code 2', () => {
    const r = runAction('missing', { path: path.join(tmp, 'no-such-folder') });
    expect(r.code).toBe(2);
    expect(r.summary).toMatch(/exit code 2/);
    expect(r.output).toContain('exit-code=2\n');
  });
});

describe('pre-commit hooks', () => {
  const hooks = parse(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; pass_filenames: boolean; files: string }[];
  const bin = Object.keys((JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin);

  it('declare node hooks whose entry is the package binary, run on the whole repo when YAML changes', () => {
    expect(hooks.map((h) => h.id)).toEqual(['annexa-validate', 'annexa-check']);
    for (const h of hooks) {
      expect(h.language).toBe('node');
      expect(bin).toContain(h.entry.split(' ')[0]);
      expect(h.pass_filenames).toBe(false);
      expect(new RegExp(h.files).test('controls/logging.yaml') && new RegExp(h.files).test('a.yml') && !new RegExp(h.files).test('README.md')).toBe(true);
    }
  });

  it('run their entry as pre-commit does (in the repo root, no file arguments): exit 0 on a clean repo, 1 on a broken one', async () => {
    for (const h of hooks) {
      const args = h.entry.split(' ').slice(1);
      expect((await runCli(args, path.join(REPO_ROOT, 'examples/acme-health'))).code).toBe(0);
      expect((await runCli(args, path.join(REPO_ROOT, 'examples/broken'))).code).toBe(1);
    }
  });
});
