import { defineConfig } from 'vitest/config';

/** Tests over ../shared/fixtures/real: data captured on real machines, absent from a plain clone. */
export default defineConfig({
  test: {
    include: ['test/real/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
