#!/usr/bin/env node
// `npm run demo` (after the build): validate, summarise the SoA, run the CI gate, then write the audit
// pack of examples/acme-health and say where it is. Fails when validate or pack fails.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = 'examples/acme-health';

function annexa(title, args) {
  process.stdout.write(`\n\u2192 ${title}: annexa ${args.join(' ')}\n\n`);
  const run = spawnSync(process.execPath, ['bin/annexa.js', ...args], { cwd: root, stdio: 'inherit' });
  if (run.error) {
    process.stderr.write(`demo: could not run annexa: ${run.error.message}\n`);
    process.exit(2);
  }
  return run.status ?? 2;
}

if (annexa('validate the records', ['validate', example]) !== 0) {
  process.stderr.write('\ndemo: validate failed\n');
  process.exit(1);
}

const soa = annexa('Statement of Applicability', ['soa', example]);
if (soa !== 0) process.stdout.write(`\n(soa exited ${soa}; the demo goes on)\n`);

const check = annexa('governance check (the CI gate)', ['check', example]);
if (check === 2) {
  process.stderr.write('\ndemo: check could not run (exit 2)\n');
  process.exit(2);
}
process.stdout.write(check === 0 ? '\ncheck passed\n' : '\ncheck reported findings (exit 1); they are listed in the pack under Gaps\n');

if (annexa('audit pack', ['pack', example, '--out', 'audit-pack', '--force']) !== 0) {
  process.stderr.write('\ndemo: pack failed\n');
  process.exit(1);
}
process.stdout.write(`\nOpen the audit pack: ${path.join(root, 'audit-pack', 'index.html')}\n`);
