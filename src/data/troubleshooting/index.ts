/**
 * Every troubleshooting entry, in the order the troubleshooting page shows
 * its areas. Each area has its own file (`<area>.ts`); the entries the
 * real-backend suite reproduces live together in `reproduced.ts`.
 */
import { catalogEntries } from './catalog';
import { configEntries } from './config';
import { githubAppEntries } from './githubApp';
import { networkEntries } from './network';
import { rateLimitsEntries } from './rateLimits';
import { reproducedEntries } from './reproduced';
import { scaffolderEntries } from './scaffolder';
import { signInEntries } from './signIn';
import { tokensEntries } from './tokens';
import type { TroubleArea, TroubleshootingEntry } from './types';

export type * from './types';

/** Areas in page order, with their section titles. */
export const troubleAreas: ReadonlyArray<{ readonly area: TroubleArea; readonly title: string }> = [
  { area: 'sign-in', title: 'Sign-in' },
  { area: 'tokens', title: 'Personal access tokens' },
  { area: 'github-app', title: 'GitHub Apps' },
  { area: 'catalog', title: 'Catalog, discovery and org data' },
  { area: 'scaffolder', title: 'Software templates' },
  { area: 'network', title: 'GitHub Enterprise Server, proxies and certificates' },
  { area: 'rate-limits', title: 'Rate limits' },
  { area: 'config', title: 'Configuration loading' },
];

const allEntries: readonly TroubleshootingEntry[] = [
  ...reproducedEntries,
  ...signInEntries,
  ...tokensEntries,
  ...githubAppEntries,
  ...catalogEntries,
  ...scaffolderEntries,
  ...networkEntries,
  ...rateLimitsEntries,
  ...configEntries,
];

/** Every entry, grouped by area in {@link troubleAreas} order (within an area, in file order). */
export const troubleshootingEntries: readonly TroubleshootingEntry[] = troubleAreas.flatMap(
  ({ area }) => allEntries.filter((entry) => entry.area === area),
);

/**
 * Looks an entry up by id.
 * @throws RangeError when no entry has that id (a programming error: ids are checked by unit tests).
 */
export function troubleshootingEntry(id: string): TroubleshootingEntry {
  const entry = troubleshootingEntries.find((e) => e.id === id);
  if (!entry) throw new RangeError(`There is no troubleshooting entry "${id}".`);
  return entry;
}
