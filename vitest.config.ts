import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two groups in one run (one report, one count): the suite, then the install tests alone. The installs
    // are npm-bound and would starve the suite's files of the machine's two cores if they ran beside them.
    projects: [
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/install/**'], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'install', include: ['test/install/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
