#!/usr/bin/env node
// The only place that touches process: arguments, streams and the exit code.

// A copy that was never built (a git checkout without `npm run build`, or an old npm that skipped the
// `prepare` script of a git dependency) gets one line saying so, not a module-resolution stack trace.
let main;
try {
  ({ main } = await import('../dist/cli/main.js'));
} catch (err) {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('dist')) throw err;
  const root = new URL('..', import.meta.url).pathname;
  process.stderr.write(`annexa: this copy of annexa is not built (no dist/ in ${root}); run \`npm run build\` there, or install a packed release\n`);
  process.exit(2);
}

// `annexa ... | head` closes the pipe early; that is the reader's choice, not an error to trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
