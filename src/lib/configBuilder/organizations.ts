import type { BuilderState } from './types';

/**
 * Whether users and teams take their organizations from discovery: the
 * reader has not asked for a separate list and there is a discovery provider
 * to take them from.
 */
export function orgsFollowDiscovery(state: BuilderState): boolean {
  return !state.org.separateOrgs && state.discovery.length > 0;
}

/**
 * The organizations `catalog.providers.githubOrg.orgs` lists.
 *
 * @param state any form state (valid or not)
 * @returns with {@link orgsFollowDiscovery}: each discovery provider's
 *   organization once (first spelling wins; GitHub owner names are
 *   case-insensitive), in provider order, empty ones left out; otherwise a copy
 *   of `org.orgs` as typed. Empty means every organization the GitHub App is
 *   installed in (valid only with an App).
 */
export function usersAndTeamsOrgs(state: BuilderState): string[] {
  if (!orgsFollowDiscovery(state)) return [...state.org.orgs];
  const seen = new Set<string>();
  const orgs: string[] = [];
  for (const provider of state.discovery) {
    const key = provider.organization.toLowerCase();
    if (provider.organization === '' || seen.has(key)) continue;
    seen.add(key);
    orgs.push(provider.organization);
  }
  return orgs;
}
