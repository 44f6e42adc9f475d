import type { TroubleshootingEntry } from './types';

/** Troubleshooting entries of the `github-app` area (see `types.ts`). */
export const githubAppEntries: readonly TroubleshootingEntry[] = [];
