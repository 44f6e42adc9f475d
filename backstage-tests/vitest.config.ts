import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Schema tests: the config builder's output against the config schemas shipped by
 * the real Backstage packages installed in this directory. Run from the repository
 * root with `npx vitest run --config backstage-tests/vitest.config.ts`.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // One worker, one module registry: the schemas (seconds to compile) are compiled
    // once for all files, and the second core stays free on a 2-core CI machine.
    fileParallelism: false,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
