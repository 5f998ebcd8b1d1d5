import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One process per worker, reused across test files: importing src/ once per worker instead of once per
    // file was most of the suite's time (114 files). No test may leave global state behind (env, cwd, mocks).
    isolate: false,
    // Vitest's default on a 2-core machine is one worker, so the files ran one after another. Many of them wait
    // on child processes (git, npm, Chromium, the built CLI), so one worker more than cores keeps both cores busy.
    maxWorkers: 3,
    setupFiles: ['test/setup/precompile-once.ts'],
    projects: [
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/install/**'] } },
      // The installs wait on npm most of the time; they run beside the suite, in their own worker.
      { extends: true, test: { name: 'install', include: ['test/install/**/*.test.ts'] } },
    ],
  },
});
