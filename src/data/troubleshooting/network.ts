import type { TroubleshootingEntry } from './types';

/** Troubleshooting entries of the `network` area (see `types.ts`). */
export const networkEntries: readonly TroubleshootingEntry[] = [];
