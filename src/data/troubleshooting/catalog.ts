import type { TroubleshootingEntry } from './types';

/** Troubleshooting entries of the `catalog` area (see `types.ts`). */
export const catalogEntries: readonly TroubleshootingEntry[] = [];
