import type { TroubleshootingEntry } from './types';

/**
 * Entries whose messages the real-backend suite (`backstage-tests/`) provokes
 * and compares with their `pattern`s, across areas (each entry still names its
 * `area`). Every entry here has `reproduced` set, unless its message proved
 * impossible to provoke locally, in which case it names its sources.
 */
export const reproducedEntries: readonly TroubleshootingEntry[] = [];
