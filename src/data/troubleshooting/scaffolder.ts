import type { TroubleshootingEntry } from './types';

/** Troubleshooting entries of the `scaffolder` area (see `types.ts`). */
export const scaffolderEntries: readonly TroubleshootingEntry[] = [];
