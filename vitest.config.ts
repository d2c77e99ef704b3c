import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/real/**', '**/node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // A loaded two-core machine can take seconds to render what a browser test waits for; a passing
    // poll returns as soon as it holds, so a longer limit only matters when something is wrong.
    expect: { poll: { timeout: 10_000 } },
    pool: 'forks',
    // Two workers on two cores: browser tests wait on Chromium as much as on the CPU.
    maxWorkers: 2,
  },
});
