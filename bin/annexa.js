#!/usr/bin/env node
// The only place that touches process: arguments, streams and the exit code.

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
  const { toolVersion } = await import('../dist/cli/version.js');
  process.stdout.write(toolVersion() + '\n');
} else {
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(args, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
}
