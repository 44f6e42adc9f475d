import { bench, describe } from 'vitest';
import { generateValidFiles, validateState } from './index';
import { largestState } from './largest';

/**
 * Regenerating every file after a keystroke, for the largest form the builder
 * supports (3 Apps, 3 discovery providers with every filter, githubOrg with
 * 3 orgs, sign-in with every resolver). The form runs exactly this on each
 * change. Budget: well under one frame (16.7 ms). Run: `npx vitest bench --run`.
 */
describe('config builder', () => {
  bench('validateState + generateFiles, largest form', () => {
    if (validateState(largestState).length === 0) generateValidFiles(largestState);
  });
});
