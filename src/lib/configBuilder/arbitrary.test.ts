import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryBuilderState } from './arbitrary';
import { generateFiles, validateState } from './index';

describe('arbitraryBuilderState', () => {
  it('produces only valid states, which generate without throwing', () => {
    fc.assert(
      fc.property(arbitraryBuilderState, (state) => {
        expect(validateState(state)).toEqual([]);
        expect(generateFiles(state).length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
