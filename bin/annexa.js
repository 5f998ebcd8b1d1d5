#!/usr/bin/env node
// The only place that touches process: arguments, streams and the exit code.

// A copy that was never built (a git checkout without `npm run build`, or an old npm that skipped the
// `prepare` script of a git dependency) gets one line saying so, not a module-resolution stack trace.
async function load(spec) {
  try {
    return await import(spec);
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('dist')) throw err;
    const root = new URL('..', import.meta.url).pathname;
    process.stderr.write(`annexa: this copy of annexa is not built (no dist/ in ${root}); run \`npm run build\` there, or install a packed release\n`);
    process.exit(2);
  }
}

// `annexa ... | head` closes the pipe early; that is the reader's choice, not an error to trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const args = process.argv.slice(2);
// `annexa --version` alone skips loading the CLI (commander, command modules): same output, less start-up.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const { toolVersion } = await load('../dist/cli/version.js');
  process.stdout.write(toolVersion() + '\n');
} else {
  const { main } = await load('../dist/cli/main.js');
  process.exitCode = await main(args, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
}
