import type { TroubleshootingEntry } from './types';

/** Troubleshooting entries of the `tokens` area (see `types.ts`). */
export const tokensEntries: readonly TroubleshootingEntry[] = [];
