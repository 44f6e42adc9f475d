/**
 * The error lookup's matcher with the catalogue's patterns, loaded with a
 * dynamic `import()` by the ErrorLookup component so that this code is in its
 * own chunk: not in the main bundle, not on guide steps.
 */
import { troubleshootingEntries } from '@site/src/data/troubleshooting';
import {
  buildLookupIndex,
  lookupErrors,
  type LookupResult,
} from '@site/src/lib/troubleshooting/lookup';

const index = buildLookupIndex(troubleshootingEntries);

/**
 * Ranks the troubleshooting entries for a pasted text (see `lookupErrors`).
 * @param text anything pasted; it is not kept after the call
 */
export function lookup(text: string): LookupResult {
  return lookupErrors(index, text);
}
