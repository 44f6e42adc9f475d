import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Schema tests: the config builder's output against the config schemas shipped by
 * the real Backstage packages installed in this directory. Run from the repository
 * root with `npx vitest run --config schema-tests/vitest.config.ts`.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
