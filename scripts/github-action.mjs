// The GitHub Action's step (action.yml): `annexa check` with SARIF to a file, the Markdown report appended to
// the job summary, annotations on stdout, extra formats to annexa-FORMAT.EXT; outputs sarif-file and exit-code.
// Inputs come as INPUT_* variables, as composite actions pass them. Exits with annexa's exit code.
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../dist/cli/main.js';

const env = process.env;
const input = (name, fallback = '') => (env[`INPUT_${name}`] ?? '').trim() || fallback;
const EXT = { json: 'json', junit: 'xml', gitlab: 'json', text: 'txt', markdown: 'md', sarif: 'sarif' };

const sarifFile = input('SARIF_FILE', 'annexa.sarif');
const work = mkdtempSync(path.join(tmpdir(), 'annexa-action-'));
const summary = path.join(work, 'summary.md');
const argv = ['check', input('PATH', '.'), '--fail-on', input('FAIL_ON', 'error'), '-f', 'sarif', '-o', sarifFile, '-f', 'markdown', '-o', summary];
for (const format of input('FORMATS').split(/[\s,]+/).filter(Boolean)) {
  if (format === 'github') continue; // annotations are always on
  argv.push('-f', format, '-o', `annexa-${format}.${EXT[format] ?? 'out'}`);
}
argv.push('-f', 'github'); // last, so it is the one that goes to stdout
if (input('BASELINE')) argv.push('--baseline', input('BASELINE'));
if (input('CHANGED_SINCE')) argv.push('--changed-since', input('CHANGED_SINCE'));

const code = await main(argv, { stdout: process.stdout, stderr: process.stderr, env, cwd: process.cwd() });
let report = '';
try {
  report = readFileSync(summary, 'utf8');
} catch {
  report = `annexa check stopped with exit code ${code} before writing a report; see the step log.\n`;
}
if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, report);
if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `sarif-file=${sarifFile}\nexit-code=${code}\n`);
rmSync(work, { recursive: true, force: true });
process.exitCode = code;
