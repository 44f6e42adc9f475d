import { defineConfig } from 'vitest/config';

/** Unit tests: pure logic under src/ and checks of the site's content and data in tests/. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
