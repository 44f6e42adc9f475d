import { bench, describe } from 'vitest';
import {
  builderReducer,
  generateValidFiles,
  initBuilder,
  outputView,
  validateState,
} from './index';
import { largestState } from './largest';
import { encodeState } from './urlState';

/**
 * Regenerating every file after a keystroke, for the largest form the builder
 * supports (3 Apps, 3 discovery providers with every filter, githubOrg with
 * 3 orgs, sign-in with every resolver). Budget: well under one frame (16.7 ms).
 * Run: `npx vitest bench --run`.
 */
describe('config builder', () => {
  bench('validateState + generateFiles, largest form', () => {
    if (validateState(largestState).length === 0) generateValidFiles(largestState);
  });

  // What the form really runs per keystroke: the reducer (validate, generate, diff against the
  // files on screen), the output view (placeholders, marks) and the link.
  const loaded = builderReducer(initBuilder({ ready: true }), {
    type: 'load',
    state: largestState,
    presetId: 'production-app',
    unchanged: false,
  });
  let n = 0;
  bench('one keystroke: reducer + output view + link, largest form', () => {
    n += 1;
    const next = builderReducer(loaded, {
      type: 'updateProvider',
      index: 0,
      patch: { organization: `org-${n % 7}` },
    });
    outputView(next, 'cb');
    encodeState(next.form, next.basePreset);
  });
});
