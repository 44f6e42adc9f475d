import type { TroubleshootingEntry } from './types';

/** Troubleshooting entries of the `sign-in` area (see `types.ts`). */
export const signInEntries: readonly TroubleshootingEntry[] = [];
