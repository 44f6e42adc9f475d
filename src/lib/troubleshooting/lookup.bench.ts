import { bench, describe } from 'vitest';
import { troubleshootingEntries } from '../../data/troubleshooting';
import { buildLookupIndex, lookupErrors } from './lookup';
import { twoHundredLineLog } from './lookupLog';

/**
 * The error lookup's matcher on a pasted 200-line log (one real error among
 * request lines), against every entry. Budget: well under 100 ms, since it
 * runs after each pause in typing. Run: `npx vitest bench --run`.
 */
describe('error lookup', () => {
  const index = buildLookupIndex(troubleshootingEntries);
  const log = twoHundredLineLog();

  bench('lookupErrors, 200-line log', () => {
    lookupErrors(index, log);
  });

  bench('lookupErrors, one message', () => {
    lookupErrors(index, "No auth provider registered for 'github'");
  });

  bench('buildLookupIndex (once per page)', () => {
    buildLookupIndex(troubleshootingEntries);
  });
});
