import type { TroubleshootingEntry } from './types';

/** Troubleshooting entries of the `config` area (see `types.ts`). */
export const configEntries: readonly TroubleshootingEntry[] = [];
