import { findPlaceholders } from './placeholders';
import { usersAndTeamsOrgs } from './organizations';
import type { BuilderState } from './types';
import { integrationHost } from './validate';

/**
 * The reader's own values, as the site-wide "your setup" store will take them
 * from the builder. Every value is a name, never a secret (the form refuses
 * secrets); a value the reader has not filled in yet (an example such as
 * `example-org`) or that the form does not use is left out.
 */
export interface BuilderSetupValues {
  /** `github.com` or the GitHub Enterprise Server host name. */
  host?: string;
  /** The first organization discovery scans, else the first users-and-teams organization. */
  organization?: string;
  /** The environment variable that holds the PAT (when a PAT is the credential). */
  tokenVar?: string;
  /** The first GitHub App's short name (when Apps are the credential). */
  appName?: string;
  /** The first discovery provider's id (`catalog.providers.github.<id>`). */
  providerId?: string;
}

/**
 * Picks the values "your setup" needs from a form state.
 *
 * @param state a form state; call it with a valid one (`validateState` returns
 *   no errors), since values from an invalid form may be half-typed
 * @returns the values in use and filled in; absent keys are unknown
 */
export function setupValues(state: BuilderState): BuilderSetupValues {
  const todo = new Set(findPlaceholders(state).map((p) => p.value.toLowerCase()));
  const known = (value: string | undefined): string | undefined =>
    value && !todo.has(value.toLowerCase()) ? value : undefined;
  const values: BuilderSetupValues = {};
  const host = known(integrationHost(state));
  if (host) values.host = host;
  const organization = known(
    state.discovery[0]?.organization ??
      (state.org.enabled ? usersAndTeamsOrgs(state)[0] : undefined),
  );
  if (organization) values.organization = organization;
  if (state.credential === 'pat') values.tokenVar = state.tokenVar;
  const appName = state.credential === 'app' ? state.apps[0]?.name : undefined;
  if (appName) values.appName = appName;
  const providerId = state.discovery[0]?.id;
  if (providerId) values.providerId = providerId;
  return values;
}
