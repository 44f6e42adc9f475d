/**
 * The names of the real-backend tests that provoke a troubleshooting entry's
 * message, by entry id. One source for both sides:
 *
 * - the tests in `tests/` use these strings as their titles
 *   (`test(REPRODUCING_TESTS['unknown-auth-provider'], …)`);
 * - the site's entries (`src/data/troubleshooting/reproduced.ts`) import them for
 *   `reproduced.test`, so a renamed test cannot leave an entry pointing nowhere.
 *
 * `tests/reproducing.test.ts` proves that every name here is the title of
 * exactly one test in `tests/`, so a name cannot outlive its test either.
 *
 * Plain data with no imports: the site imports this file.
 */
export const REPRODUCING_TESTS = {
  'unknown-auth-provider': 'a backend without the GitHub auth module answers Unknown auth provider',
  'no-auth-provider-registered':
    'the GitHub auth module with no auth.providers.github answers No auth provider registered',
  'auth-provider-misconfigured':
    'an unset client id variable makes the provider misconfigured in development and stops the start in production',
  'no-configuration-for-environment':
    'an environment the provider has no key for answers No configuration available',
  'resolver-not-available': 'a resolver the GitHub module does not register fails the provider',
  'unable-to-resolve-user-identity':
    'a GitHub user without a User entity gets unable to resolve user identity',
  'profile-has-no-email':
    'an email resolver and a profile without email give Login failed, user profile does not contain an email',
  'app-has-no-access-to-repository':
    'an installation on selected repositories refuses a repository outside them',
  'app-installation-suspended': 'a suspended installation throws and the PAT is not tried',
  'private-key-format': 'a private key without its line breaks cannot sign the App JWT',
  'explicit-apibaseurl':
    'a GitHub Enterprise Server integration without apiBaseUrl and rawBaseUrl stops the backend',
  'no-integration-matches':
    'providers naming a host with no integration stop the backend, in two wordings',
  'invalid-integration-host': 'an integration host with a scheme stops the backend',
  'unable-to-read-url':
    'registering a private repository without a credential gives Unable to read url',
  'no-github-credentials-for-org':
    'org import without any credential for the organization aborts and warns',
  'organization-or-app-required':
    'a discovery provider with neither organization nor app stops the backend',
  'no-token-available':
    'the scaffolder action finds no token, no integration or no user credentials',
} as const;

/** Entry ids with a reproducing test. */
export type ReproducedEntryId = keyof typeof REPRODUCING_TESTS;

/**
 * The Backstage packages the suite runs, as the entries' `reproduced.backstage`
 * names them. The registry mirror has no create-app for this release, so the
 * release number is not stated; the versions are `package.json`'s.
 */
export const BACKSTAGE_UNDER_TEST =
  'the November 2026 packages (backend-defaults 0.19.0, plugin-auth-backend 0.31.0, integration 2.2.0)';
