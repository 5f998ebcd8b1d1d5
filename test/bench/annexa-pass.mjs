// Runs `annexa validate` in-process on a folder and reports its exit code and peak memory.
import { main } from '../../dist/cli/main.js';

let out = '';
const code = await main(['validate', process.argv[2], '--format', 'json'], {
  stdout: { write: (s) => (out += s) },
  stderr: { write: (s) => process.stderr.write(s) },
  env: {},
  cwd: process.cwd(),
});
const result = JSON.parse(out);
process.stdout.write(JSON.stringify({ code, records: result.stats.records, findings: result.findings.length, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
