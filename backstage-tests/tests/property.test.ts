/**
 * Property: for arbitrary valid form states (the builder's own fast-check
 * arbitrary, `src/lib/configBuilder/arbitrary.ts`), the generated YAML passes the
 * real schemas in strict mode without coercion (as generated on the create-app base,
 * and alone with credentials templates filled in) and the runtime readers of the installed
 * packages. The only allowed schema errors are the emailLocalPart resolver gap.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, expect, test } from 'vitest';
import { arbitraryBuilderState } from '../../src/lib/configBuilder/arbitrary';
import { validateState } from '../../src/lib/configBuilder';
import { FIXTURES_DIR } from '../src/fixtures';
import { validateGenerated } from '../src/generated';
import { loadSchemas, type Schemas } from '../src/harness';
import { runtimeProblems } from '../src/runtime';

let schemas: Schemas;
beforeAll(async () => {
  schemas = await loadSchemas();
});

const base = {
  path: 'app-config.yaml',
  content: readFileSync(join(FIXTURES_DIR, 'base', 'app-config.yaml'), 'utf8'),
};

/** Runs; each loads the generated files twice (as generated on the base, and filled in). */
const NUM_RUNS = 150;

test(`${NUM_RUNS} arbitrary valid states generate config the real packages accept`, async () => {
  await fc.assert(
    fc.asyncProperty(arbitraryBuilderState, async (state) => {
      expect(validateState(state)).toEqual([]);
      const onBase = await validateGenerated(schemas, state, base);
      expect(onBase.result).toEqual({ strict: [], noCoercion: [] });
      const filled = await validateGenerated(schemas, state, undefined, { filled: true });
      expect(filled.result).toEqual({ strict: [], noCoercion: [] });
      expect(runtimeProblems(filled.data)).toEqual([]);
    }),
    { numRuns: NUM_RUNS },
  );
});
