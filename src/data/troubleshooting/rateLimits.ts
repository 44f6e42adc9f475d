import type { TroubleshootingEntry } from './types';

/** Troubleshooting entries of the `rate-limits` area (see `types.ts`). */
export const rateLimitsEntries: readonly TroubleshootingEntry[] = [];
