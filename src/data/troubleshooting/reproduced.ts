import {
  BACKSTAGE_UNDER_TEST,
  REPRODUCING_TESTS,
  type ReproducedEntryId,
} from '../../../backstage-tests/src/reproducing';
import type { Printer, Source, TroubleshootingEntry } from './types';

/**
 * Entries whose messages the real-backend suite (`backstage-tests/`) provokes
 * and compares with their `pattern`s, across areas (each entry still names its
 * `area`). Every entry here has `reproduced` set, unless its message proved
 * impossible to provoke locally, in which case it names its sources.
 *
 * The test names come from `backstage-tests/src/reproducing.ts`, the module the
 * tests take their titles from, so an entry cannot name a test that does not exist.
 */

const reproduced = (id: ReproducedEntryId): NonNullable<TroubleshootingEntry['reproduced']> => ({
  backstage: BACKSTAGE_UNDER_TEST,
  test: REPRODUCING_TESTS[id],
});

const pkg = (name: string, version: string, file: string): Printer & Source => ({
  kind: 'package',
  package: `@backstage/${name}`,
  version,
  file,
});

const issue = (number: number, note?: string): Source => ({
  kind: 'issue',
  repo: 'backstage/backstage',
  number,
  ...(note ? { note } : {}),
});

const pull = (number: number, note?: string): Source => ({
  kind: 'pull',
  repo: 'backstage/backstage',
  number,
  ...(note ? { note } : {}),
});

const authRouter = pkg('plugin-auth-backend', '0.31.0', 'dist/providers/router.cjs.js');
const declarativeResolver = pkg(
  'plugin-auth-node',
  '0.7.8',
  'dist/sign-in/readDeclarativeSignInResolver.cjs.js',
);
const credentialsProvider = pkg(
  'integration',
  '2.2.0',
  'dist/github/SingleInstanceGithubCredentialsProvider.cjs.js',
);
const multiOrgProvider = pkg(
  'plugin-catalog-backend-module-github',
  '0.14.0',
  'dist/providers/GithubMultiOrgEntityProvider.cjs.js',
);
const scaffolderUtil = pkg('plugin-scaffolder-backend-module-github', '0.10.4', 'dist/util.cjs.js');

const githubModuleLine =
  "`backend.add(import('@backstage/plugin-auth-backend-module-github-provider'))`";

export const reproducedEntries: readonly TroubleshootingEntry[] = [
  // Sign-in
  {
    id: 'unknown-auth-provider',
    title: "Unknown auth provider 'github'",
    kind: 'message',
    messages: [
      {
        pattern: "Unknown auth provider '{provider}'",
        examples: ["Unknown auth provider 'github'"],
        printedBy: pkg('plugin-auth-backend', '0.31.0', 'dist/service/router.cjs.js'),
      },
    ],
    where: 'Sign-in popup (a 404 JSON error from `/api/auth/github/start`)',
    area: 'sign-in',
    causes: [
      {
        cause: `The backend does not load the GitHub auth provider module: \`packages/backend/src/index.ts\` has no ${githubModuleLine} line. The auth backend then knows no provider called \`github\` at all. A new app's backend already depends on the package; only that line is missing.`,
        fix: `Add ${githubModuleLine} next to the other \`auth\` lines and restart the backend ([step 4](/guide/sign-in-with-github#2-add-the-github-auth-provider-module-to-the-backend)).`,
      },
      {
        cause:
          'The package is not a dependency of `packages/backend` (an app created from an older template, or the dependency was removed), so the line cannot be added yet.',
        fix: 'Run `yarn --cwd packages/backend add @backstage/plugin-auth-backend-module-github-provider`, then add the line.',
      },
    ],
    preventedBy: [{ step: 4, anchor: '2-add-the-github-auth-provider-module-to-the-backend' }],
    appliesTo: 'Backstage 1.24 and later (the new backend system)',
    sources: [
      issue(23748, 'after the move to the new backend system the module line was missing'),
      issue(25291),
      pkg('plugin-auth-backend', '0.31.0', 'dist/service/router.cjs.js'),
      pkg('create-app', '0.9.2', 'templates/default-app/packages/backend/package.json.hbs'),
    ],
    reproduced: reproduced('unknown-auth-provider'),
    related: ['no-auth-provider-registered', 'auth-provider-misconfigured'],
  },
  {
    id: 'no-auth-provider-registered',
    title: "No auth provider registered for 'github'",
    kind: 'message',
    messages: [
      {
        pattern: "No auth provider registered for '{provider}'",
        examples: ["No auth provider registered for 'github'"],
        printedBy: authRouter,
      },
    ],
    where: 'Sign-in popup (a 404 JSON error from `/api/auth/github/start`)',
    area: 'sign-in',
    causes: [
      {
        cause:
          'The GitHub auth module **is** loaded, but the config the backend reads has no `auth.providers.github` key, so the module registered a provider that was never configured.',
        fix: 'Add `auth.providers.github.<environment>` with `clientId` and `clientSecret` ([step 4](/guide/sign-in-with-github#3-configure-the-provider)).',
      },
      {
        cause:
          'The block exists but not where the backend reads it: in a file the backend was not started with (for example only in `app-config.production.yaml`), or indented so that `github` is not under `auth.providers`.',
        fix: 'Check the merged config with `yarn backstage-cli config:print --lax` and move the block under `auth.providers`.',
      },
    ],
    preventedBy: [{ step: 4, anchor: '3-configure-the-provider' }],
    appliesTo: 'all releases',
    sources: [
      issue(8418, 'the provider config was missing'),
      issue(11119, 'later comments show this message'),
      authRouter,
    ],
    reproduced: reproduced('no-auth-provider-registered'),
    related: ['unknown-auth-provider', 'auth-provider-misconfigured'],
  },
  {
    id: 'auth-provider-misconfigured',
    title: "Auth provider registered for 'github' is misconfigured",
    kind: 'message',
    messages: [
      {
        pattern:
          "Auth provider registered for '{provider}' is misconfigured. This could mean the configs under auth.providers.{providerKey} are missing or the environment variables used are not defined. Check the auth backend plugin logs when the backend starts to see more details.",
        examples: [
          "Auth provider registered for 'github' is misconfigured. This could mean the configs under auth.providers.github are missing or the environment variables used are not defined. Check the auth backend plugin logs when the backend starts to see more details.",
        ],
        printedBy: authRouter,
        versions: 'in development only (`NODE_ENV=development`, what `yarn start` sets)',
      },
      {
        pattern: 'Skipping {provider} auth provider, {reason}',
        examples: [
          "Skipping github auth provider, Missing required config value at 'auth.providers.github.development.clientId' in 'app-config.yaml'",
        ],
        printedBy: authRouter,
        versions: 'in development only: the backend log line that comes with the message above',
      },
      {
        pattern: 'Failed to initialize {provider} auth provider, {reason}',
        examples: [
          "Failed to initialize github auth provider, Missing required config value at 'auth.providers.github.production.clientId' in 'app-config.production.yaml'",
        ],
        printedBy: authRouter,
        versions: 'outside development (production): the backend does not start',
      },
    ],
    where: 'Sign-in popup in development; backend start-up in production',
    area: 'sign-in',
    causes: [
      {
        cause:
          'A variable that `clientId` or `clientSecret` reads (`${AUTH_GITHUB_CLIENT_ID}`, `${AUTH_GITHUB_CLIENT_SECRET}`) is not set in the shell that started the backend. An unset variable removes the key, so building the provider fails. In development the backend skips the provider and answers every sign-in with this message; in production it refuses to start.',
        fix: 'Export both variables before `yarn start` (Backstage does not read `.env` files by itself) and restart. The backend log line `Skipping github auth provider, …` names the missing key.',
      },
      {
        cause:
          '`signIn.resolvers` is not a list (for example `resolver:` written directly under `resolvers:`), or names a resolver the GitHub module does not register (see [Sign-in resolver is not available](/troubleshooting#resolver-not-available)).',
        fix: 'Write `resolvers:` as a list of `- resolver: <name>` items, with a resolver from [step 4](/guide/sign-in-with-github#5-choose-a-sign-in-resolver).',
      },
    ],
    preventedBy: [
      { step: 4, anchor: '3-configure-the-provider' },
      { step: 10, anchor: '3-configure-github-sign-in-for-production' },
    ],
    appliesTo:
      'all releases; the production start failure since the auth backend checks `NODE_ENV`',
    sources: [
      issue(11119, 'values read with `$env` from unset variables'),
      issue(17122),
      authRouter,
    ],
    reproduced: reproduced('auth-provider-misconfigured'),
    related: ['no-auth-provider-registered', 'resolver-not-available', 'sign-in-not-configured'],
  },
  {
    id: 'sign-in-not-configured',
    title: 'The GitHub provider is not configured to support sign-in',
    kind: 'message',
    messages: [
      {
        pattern: 'The {title} provider is not configured to support sign-in',
        examples: ['The GitHub provider is not configured to support sign-in'],
        printedBy: {
          kind: 'package',
          package: '@backstage/core-components',
          version: '0.18.16',
          file: 'dist/layout/SignInPage/commonProvider.esm.js',
        },
      },
    ],
    where: 'Sign-in page, after GitHub accepted the login ("Login failed; caused by Error: …")',
    area: 'sign-in',
    causes: [
      {
        cause:
          'The environment the frontend uses under `auth.providers.github` has no `signIn.resolvers`, or `resolvers` is indented so that it is not under `signIn`. The GitHub login succeeds, but the auth backend returns a profile without a Backstage identity, and the sign-in page refuses it.',
        fix: 'Add `signIn: { resolvers: [ { resolver: userIdMatchingUserEntityAnnotation } ] }` to that environment ([step 4](/guide/sign-in-with-github#5-choose-a-sign-in-resolver)).',
      },
    ],
    preventedBy: [{ step: 4, anchor: '5-choose-a-sign-in-resolver' }],
    appliesTo: 'Backstage 1.1 and later (no default sign-in resolver)',
    sources: [
      issue(25863, '`resolver:` not written as a list item'),
      issue(25043, '`resolvers` not indented under `signIn`'),
      issue(25791),
      pull(7456, 'the message was introduced'),
      {
        kind: 'docs',
        url: 'https://backstage.io/docs/auth/troubleshooting',
        title: 'Troubleshooting Auth (Backstage docs)',
      },
      {
        kind: 'package',
        package: '@backstage/core-components',
        version: '0.18.16',
        file: 'dist/layout/SignInPage/commonProvider.esm.js',
      },
    ],
    related: ['auth-provider-misconfigured', 'unable-to-resolve-user-identity'],
  },
  {
    id: 'no-configuration-for-environment',
    title: 'No configuration available for this environment',
    kind: 'message',
    messages: [
      {
        pattern: "No configuration available for the '{env}' environment of this provider.",
        examples: ["No configuration available for the 'production' environment of this provider."],
        printedBy: pkg('plugin-auth-node', '0.7.8', 'dist/oauth/OAuthEnvironmentHandler.cjs.js'),
      },
    ],
    where: 'Sign-in popup (a 404 JSON error from `/api/auth/github/start?env=…`)',
    area: 'sign-in',
    causes: [
      {
        cause:
          'The frontend asks for the environment named by `auth.environment` (`development` when the key is not set), and `auth.providers.github` has no key of that name. Typical: `auth.environment: production` in the production config while the provider block still only has `development:`, or the other way round.',
        fix: 'Make the key under `auth.providers.github` match `auth.environment` ([step 10](/guide/production#3-configure-github-sign-in-for-production)).',
      },
    ],
    preventedBy: [
      { step: 4, anchor: '3-configure-the-provider' },
      { step: 10, anchor: '3-configure-github-sign-in-for-production' },
    ],
    appliesTo: 'all releases with per-environment provider config',
    sources: [
      issue(
        1618,
        'an earlier wording of the same error, "No environment for development found in this provider"',
      ),
      pkg('plugin-auth-node', '0.7.8', 'dist/oauth/OAuthEnvironmentHandler.cjs.js'),
    ],
    reproduced: reproduced('no-configuration-for-environment'),
    related: ['auth-provider-misconfigured'],
  },
  {
    id: 'resolver-not-available',
    title: 'Sign-in resolver is not available',
    kind: 'message',
    messages: [
      {
        pattern: "Sign-in resolver '{resolver}' is not available",
        examples: [
          "Sign-in resolver 'preferredUsernameMatchingUserEntityName' is not available",
          "Sign-in resolver 'usernameMatchingUserEntityName' is not available",
        ],
        printedBy: declarativeResolver,
      },
    ],
    where:
      'Backend log: `Skipping github auth provider, …` in development (sign-in then answers "misconfigured"); in production the backend does not start',
    area: 'sign-in',
    causes: [
      {
        cause:
          "`signIn.resolvers` names a resolver the GitHub module does not register. `preferredUsernameMatchingUserEntityName` is the usual one: the module's config schema lists it, so `config:check` accepts it, but the module never registers it.",
        fix: 'Use one the module registers: `userIdMatchingUserEntityAnnotation` (recommended), `usernameMatchingUserEntityName` (deprecated), `emailMatchingUserEntityProfileEmail` or `emailLocalPartMatchingUserEntityName` ([step 4](/guide/sign-in-with-github#5-choose-a-sign-in-resolver)).',
      },
      {
        cause: 'A typo in the resolver name; the names are case-sensitive.',
        fix: 'Copy the name from [step 4](/guide/sign-in-with-github#5-choose-a-sign-in-resolver).',
      },
    ],
    preventedBy: [{ step: 4, anchor: '5-choose-a-sign-in-resolver' }],
    appliesTo: 'plugin-auth-node 0.3.0 and later (sign-in resolvers declared in config)',
    sources: [
      issue(26226, 'the production wording, at start-up'),
      declarativeResolver,
      pkg('plugin-auth-backend-module-github-provider', '0.5.9', 'dist/module.cjs.js'),
    ],
    reproduced: reproduced('resolver-not-available'),
    related: ['auth-provider-misconfigured'],
  },
  {
    id: 'unable-to-resolve-user-identity',
    title: 'Failed to sign-in, unable to resolve user identity',
    kind: 'message',
    messages: [
      {
        pattern:
          'Failed to sign-in, unable to resolve user identity. Please verify that your catalog contains the expected User entities that would match your configured sign-in resolver.',
        examples: [
          'Failed to sign-in, unable to resolve user identity. Please verify that your catalog contains the expected User entities that would match your configured sign-in resolver.',
        ],
        printedBy: declarativeResolver,
      },
    ],
    where: 'Sign-in page, after GitHub accepted the login',
    area: 'sign-in',
    causes: [
      {
        cause:
          'GitHub accepted the person, but every configured resolver came up empty: no User entity in the catalog matches them. With `userIdMatchingUserEntityAnnotation` no User carries their GitHub node id in `github.com/user-id`; typically they are not a member of an organization the org import reads.',
        fix: 'Import users with the org provider ([step 7](/guide/import-users-and-teams#5-connect-imported-users-to-sign-in)) and check that the person belongs to an organization listed in `orgs`, or write their User entity with that annotation ([step 4](/guide/sign-in-with-github#6-create-your-user-entity)).',
      },
      {
        cause:
          "With `usernameMatchingUserEntityName` there is no `user:default/<login>` entity; with `emailMatchingUserEntityProfileEmail` no User has the GitHub account's email in `spec.profile.email`.",
        fix: 'Switch to `userIdMatchingUserEntityAnnotation`, or create the entity the resolver looks for.',
      },
    ],
    preventedBy: [
      { step: 4, anchor: '6-create-your-user-entity' },
      { step: 7, anchor: '5-connect-imported-users-to-sign-in' },
    ],
    appliesTo: 'plugin-auth-node 0.3.0 and later (sign-in resolvers declared in config)',
    sources: [
      issue(23748, 'a maintainer explains the `user:default/<login>` requirement'),
      issue(30210),
      issue(25719),
      issue(25613),
      declarativeResolver,
    ],
    reproduced: reproduced('unable-to-resolve-user-identity'),
    related: ['profile-has-no-email', 'sign-in-not-configured'],
  },
  {
    id: 'profile-has-no-email',
    title: 'Login failed, user profile does not contain an email',
    kind: 'message',
    messages: [
      {
        pattern: 'Login failed, user profile does not contain an email',
        examples: ['Login failed, user profile does not contain an email'],
        printedBy: pkg('plugin-auth-node', '0.7.8', 'dist/sign-in/commonSignInResolvers.cjs.js'),
      },
    ],
    where: 'Sign-in page, after GitHub accepted the login',
    area: 'sign-in',
    causes: [
      {
        cause:
          'An email-based resolver (`emailMatchingUserEntityProfileEmail` or `emailLocalPartMatchingUserEntityName`) is configured, and the person keeps their email private on GitHub, so the profile GitHub returns has none. The resolver stops the sign-in instead of trying the next one.',
        fix: 'Use `userIdMatchingUserEntityAnnotation`, which matches the GitHub user id and needs no email ([step 4](/guide/sign-in-with-github#5-choose-a-sign-in-resolver)).',
      },
    ],
    preventedBy: [{ step: 4, anchor: '5-choose-a-sign-in-resolver' }],
    appliesTo: 'plugin-auth-node 0.3.0 and later (sign-in resolvers declared in config)',
    sources: [
      issue(24685),
      issue(25762),
      pull(32503, 'a proposed change, closed'),
      pkg('plugin-auth-node', '0.7.8', 'dist/sign-in/commonSignInResolvers.cjs.js'),
    ],
    reproduced: reproduced('profile-has-no-email'),
    related: ['unable-to-resolve-user-identity'],
  },

  // GitHub Apps
  {
    id: 'no-app-installation-found',
    title: 'No app installation found (swallowed)',
    kind: 'message',
    messages: [
      {
        pattern: 'No app installation found for {owner} in {appId}',
        examples: ['No app installation found for my-org in 123456'],
        printedBy: credentialsProvider,
        versions:
          'created but never logged: `@backstage/integration` swallows it and falls back to the token, or to no credential',
      },
    ],
    where:
      'Nowhere in the log: you see what follows, a request made with the personal access token or with no credential at all',
    area: 'github-app',
    causes: [
      {
        cause:
          'The GitHub App is configured under `integrations.github[].apps` but not installed on the account that owns the repository or organization. Backstage treats that as "this App has no token for this owner" and moves on without a word: to the integration\'s `token` if there is one (everything keeps working on the PAT), else to an anonymous request ("This endpoint requires you to be authenticated", 404 for private repositories, or the org import\'s [safety stop](/troubleshooting#no-github-credentials-for-org)).',
        fix: 'Have an organization Owner install the App on that organization ([step 9](/guide/github-app#3-install-the-app-on-the-organization)). Backstage re-lists the installations when it meets an owner it does not know, at most once a minute, so no restart is needed.',
      },
      {
        cause:
          "The owner is left out by the App's `allowedInstallationOwners` list, which has the same silent effect.",
        fix: 'Add the owner to `allowedInstallationOwners` (the comparison ignores case).',
      },
    ],
    preventedBy: [{ step: 9, anchor: '3-install-the-app-on-the-organization' }],
    appliesTo: 'all releases with GitHub App support',
    sources: [
      issue(13282, 'the error is swallowed inside GithubAppCredentialsMux.getAppToken'),
      issue(32972, 'the missing installation only showed up as a rate limit'),
      pull(22117, 'the Backstage docs gained a troubleshooting section for it'),
      credentialsProvider,
    ],
    related: [
      'no-github-credentials-for-org',
      'no-token-available',
      'app-has-no-access-to-repository',
    ],
  },
  {
    id: 'app-has-no-access-to-repository',
    title: 'The App has no access to a repository',
    kind: 'message',
    messages: [
      {
        pattern:
          'The Backstage GitHub application used in the {owner} organization does not have access to a repository with the name {repo}',
        examples: [
          'The Backstage GitHub application used in the acme organization does not have access to a repository with the name private-service',
        ],
        printedBy: credentialsProvider,
      },
    ],
    where: 'Backend log or catalog import error (`Unable to read url, …`), template run log',
    area: 'github-app',
    causes: [
      {
        cause:
          'The App is installed on the owner with **Only select repositories**, and this repository is not among them. Unlike a missing installation this is not swallowed, and the personal access token is not tried; only an App with `publicAccess: true` would still hand out a token.',
        fix: "In the organization's settings, edit the App's installation and add the repository, or switch it to all repositories ([step 9](/guide/github-app#3-install-the-app-on-the-organization)).",
      },
    ],
    preventedBy: [{ step: 9, anchor: '3-install-the-app-on-the-organization' }],
    appliesTo: 'all releases with GitHub App support',
    sources: [credentialsProvider],
    reproduced: reproduced('app-has-no-access-to-repository'),
    related: ['app-installation-suspended', 'no-app-installation-found'],
  },
  {
    id: 'app-installation-suspended',
    title: 'The GitHub App installation is suspended',
    kind: 'message',
    messages: [
      {
        pattern: 'The GitHub application for {owner} is suspended',
        examples: ['The GitHub application for acme is suspended'],
        printedBy: credentialsProvider,
      },
    ],
    where: 'Backend log or catalog import error, template run log',
    area: 'github-app',
    causes: [
      {
        cause:
          "An owner of the organization suspended the App's installation. Backstage stops there: it does not fall back to the personal access token.",
        fix: "Unsuspend the installation in the organization's settings (**GitHub Apps → Configure**); an installation suspended by the App's own owner can only be unsuspended by them.",
      },
    ],
    preventedBy: [{ step: 9, anchor: '3-install-the-app-on-the-organization' }],
    appliesTo: 'all releases with GitHub App support',
    sources: [
      credentialsProvider,
      {
        kind: 'docs',
        url: 'https://docs.github.com/apps/maintaining-github-apps/suspending-a-github-app-installation',
        title: 'Suspending a GitHub App installation',
      },
    ],
    reproduced: reproduced('app-installation-suspended'),
    related: ['app-has-no-access-to-repository'],
  },
  {
    id: 'private-key-format',
    title: 'secretOrPrivateKey must be an asymmetric key when using RS256',
    kind: 'message',
    messages: [
      {
        pattern: 'secretOrPrivateKey must be an asymmetric key when using RS256',
        examples: ['secretOrPrivateKey must be an asymmetric key when using RS256'],
        printedBy: { kind: 'package', package: 'jsonwebtoken', version: '9.0.3', file: 'sign.js' },
        versions:
          '`@backstage/integration` 2.2.0 signs through `@octokit/auth-app` 4.0.13 → `universal-github-app-jwt` 1.2.0 → `jsonwebtoken`',
      },
    ],
    where:
      'Backend log, inside another message: `github-provider:<id> refresh failed, Error: secretOrPrivateKey …`, `Unable to read url, secretOrPrivateKey …`',
    area: 'github-app',
    causes: [
      {
        cause:
          "The App's `privateKey` reached Backstage without its line breaks (pasted on one line, or a variable whose newlines were stripped), cut short, or replaced by placeholder text, so it cannot sign the token request. Every such mangling gives this same message.",
        fix: "Keep the PEM file's lines: a YAML block scalar (`privateKey: |`) in an uncommitted file, `privateKey: { $file: github-app-key.pem }`, or a variable holding the key with literal `\\n` sequences, which Backstage turns back into line breaks ([step 9](/guide/github-app#format-the-private-key-correctly)).",
      },
    ],
    preventedBy: [{ step: 9, anchor: 'format-the-private-key-correctly' }],
    appliesTo: 'all releases with GitHub App support',
    sources: [
      issue(25085),
      pull(7591, 'literal \\n sequences in the key became line breaks'),
      credentialsProvider,
    ],
    reproduced: reproduced('private-key-format'),
  },

  // Configuration of hosts and providers
  {
    id: 'explicit-apibaseurl',
    title: 'GitHub Enterprise Server needs apiBaseUrl or rawBaseUrl',
    kind: 'message',
    messages: [
      {
        pattern: "GitHub integration '{host}' must configure an explicit apiBaseUrl or rawBaseUrl",
        examples: [
          "GitHub integration 'ghe.example.com' must configure an explicit apiBaseUrl or rawBaseUrl",
        ],
        printedBy: pkg(
          'backend-defaults',
          '0.19.0',
          'dist/entrypoints/urlReader/lib/GithubUrlReader.cjs.js',
        ),
      },
    ],
    where:
      "Backend start-up: `Plugin 'catalog' startup failed; caused by Error: Failed to instantiate service 'core.urlReader' …`",
    area: 'config',
    causes: [
      {
        cause:
          'An `integrations.github` entry names a host other than `github.com` and sets neither `apiBaseUrl` nor `rawBaseUrl`. Backstage fills these in only for `github.com`, so the URL reader cannot be created and every plugin that reads URLs fails to start.',
        fix: 'Set `apiBaseUrl` (usually `https://<host>/api/v3`) and, if you like, `rawBaseUrl` (`https://<host>/raw`) ([step 10](/guide/production#github-enterprise-server)).',
      },
    ],
    preventedBy: [{ step: 10, anchor: 'github-enterprise-server' }],
    appliesTo: 'all releases',
    sources: [
      pkg('backend-defaults', '0.19.0', 'dist/entrypoints/urlReader/lib/GithubUrlReader.cjs.js'),
      pkg('integration', '2.2.0', 'dist/github/config.cjs.js'),
    ],
    reproduced: reproduced('explicit-apibaseurl'),
    related: ['no-integration-matches', 'invalid-integration-host'],
  },
  {
    id: 'no-integration-matches',
    title: 'No GitHub integration matches the host',
    kind: 'message',
    messages: [
      {
        pattern:
          'There is no GitHub config that matches host {host}. Please add a configuration entry for it under integrations.github',
        examples: [
          'There is no GitHub config that matches host github.example.com. Please add a configuration entry for it under integrations.github',
        ],
        printedBy: pkg(
          'plugin-catalog-backend-module-github',
          '0.14.0',
          'dist/providers/GithubEntityProvider.cjs.js',
        ),
        versions: 'discovery (`catalog.providers.github.<id>.host`)',
      },
      {
        pattern:
          'There is no GitHub integration that matches {url}. Please add a configuration entry for it under integrations.github.',
        examples: [
          'There is no GitHub integration that matches https://github.example.com. Please add a configuration entry for it under integrations.github.',
        ],
        printedBy: multiOrgProvider,
        versions: 'org import (`catalog.providers.githubOrg.githubUrl`)',
      },
    ],
    where:
      "Backend start-up: `Module 'github' for plugin 'catalog' startup failed; caused by Error: …`",
    area: 'config',
    causes: [
      {
        cause:
          "The discovery provider's `host`, or the org provider's `githubUrl`, names a host that no `integrations.github` entry has: a typo, `https://` or a path in `host`, or a GitHub Enterprise Server host whose integration entry is missing.",
        fix: 'Make `host` (a bare host name) and the host part of `githubUrl` equal to an `integrations.github[].host` ([step 6](/guide/discover-repositories#3-configure-an-entity-provider), [step 7](/guide/import-users-and-teams#3-configure-the-org-provider)).',
      },
    ],
    preventedBy: [
      { step: 6, anchor: '3-configure-an-entity-provider' },
      { step: 7, anchor: '3-configure-the-org-provider' },
    ],
    appliesTo: 'all releases with the GitHub entity providers',
    sources: [
      issue(13373),
      issue(19562, 'fixed by adding `host` to the catalog provider'),
      pkg(
        'plugin-catalog-backend-module-github',
        '0.14.0',
        'dist/providers/GithubEntityProvider.cjs.js',
      ),
      multiOrgProvider,
    ],
    reproduced: reproduced('no-integration-matches'),
    related: ['explicit-apibaseurl', 'invalid-integration-host'],
  },
  {
    id: 'invalid-integration-host',
    title: 'The integration host is not a valid host',
    kind: 'message',
    messages: [
      {
        pattern: "Invalid GitHub integration config, '{host}' is not a valid host",
        examples: ["Invalid GitHub integration config, 'https://github.com' is not a valid host"],
        printedBy: pkg('integration', '2.2.0', 'dist/github/config.cjs.js'),
      },
    ],
    where: 'Backend start-up, for every plugin that reads integrations',
    area: 'config',
    causes: [
      {
        cause:
          '`integrations.github[].host` is a URL (`https://github.com`) or has a path, instead of a bare host name (with an optional port).',
        fix: 'Write the host only, e.g. `host: github.com` or `host: ghe.example.com`; URLs go in `apiBaseUrl` and `rawBaseUrl` ([step 3](/guide/give-token-to-backstage#2-understand-the-integration-entry)).',
      },
    ],
    preventedBy: [{ step: 3, anchor: '2-understand-the-integration-entry' }],
    appliesTo: 'all releases',
    sources: [pkg('integration', '2.2.0', 'dist/github/config.cjs.js')],
    reproduced: reproduced('invalid-integration-host'),
    related: ['no-integration-matches'],
  },
  {
    id: 'organization-or-app-required',
    title: 'Either organization or app must be specified',
    kind: 'message',
    messages: [
      {
        pattern:
          'Error while processing GitHub provider config. Either organization or app must be specified.',
        examples: [
          'Error while processing GitHub provider config. Either organization or app must be specified.',
        ],
        printedBy: pkg(
          'plugin-catalog-backend-module-github',
          '0.14.0',
          'dist/providers/GithubEntityProviderConfig.cjs.js',
        ),
      },
    ],
    where:
      "Backend start-up: `Module 'github' for plugin 'catalog' startup failed; caused by Error: …`",
    area: 'catalog',
    causes: [
      {
        cause:
          'A `catalog.providers.github.<id>` entry has no `organization` (often a misspelled key such as `org:` or `organisation:`, or the keys indented one level too deep) and no `app`.',
        fix: 'Give each provider an `organization` ([step 6](/guide/discover-repositories#3-configure-an-entity-provider)).',
      },
    ],
    preventedBy: [{ step: 6, anchor: '3-configure-an-entity-provider' }],
    appliesTo: 'all releases with the GitHub entity provider',
    sources: [
      pkg(
        'plugin-catalog-backend-module-github',
        '0.14.0',
        'dist/providers/GithubEntityProviderConfig.cjs.js',
      ),
    ],
    reproduced: reproduced('organization-or-app-required'),
    related: ['no-integration-matches'],
  },

  // Reading repositories and org data
  {
    id: 'unable-to-read-url',
    title: 'Unable to read url',
    kind: 'message',
    messages: [
      {
        pattern: 'Unable to read url, no matching files found for {url}',
        examples: [
          'Unable to read url, no matching files found for https://github.com/acme/private-service/tree/main/catalog-info.yaml',
        ],
        printedBy: pkg(
          'plugin-catalog-backend',
          '4.0.5',
          'dist/processors/UrlReaderProcessor.cjs.js',
        ),
        versions:
          'GitHub answered 404: the file is missing, or the credential may not see the repository',
      },
      {
        pattern: 'Unable to read url, Request failed for {url}, {status} {statusText}',
        examples: [
          'Unable to read url, Request failed for https://api.github.com/repos/acme/private-service/contents/catalog-info.yaml?ref=main, 401 Unauthorized',
        ],
        printedBy: pkg(
          'plugin-catalog-backend',
          '4.0.5',
          'dist/processors/UrlReaderProcessor.cjs.js',
        ),
        versions: 'any other status, e.g. 401 for a revoked or expired token',
      },
    ],
    where: 'Register existing component (catalog import), backend log',
    area: 'catalog',
    causes: [
      {
        cause:
          'GitHub answers 404, not 403, when the caller may not see a private repository. The backend had no credential for it (no `token`, a `token` whose variable is unset, an App not installed on the owner) or one that does not cover it (a fine-grained token for other repositories or another resource owner).',
        fix: 'Find out which credential is used with the [Credential explorer](/tools/credential-explorer), then give it read access: `repo` for a classic token, **Contents: read** on the repository for a fine-grained token or an App ([step 5](/guide/private-repositories#4-recognise-the-errors)).',
      },
      {
        cause: 'The path or branch in the URL is wrong, so there is no file to read.',
        fix: 'Open the URL in a browser while signed in to GitHub; register the URL of the file on its branch.',
      },
      {
        cause:
          'A 401 means GitHub rejected the credential itself: the token was revoked or has expired.',
        fix: 'Create a new token and restart the backend with it ([step 3](/guide/give-token-to-backstage)).',
      },
    ],
    preventedBy: [
      { step: 3, anchor: 'check-that-it-works' },
      { step: 5, anchor: '4-recognise-the-errors' },
    ],
    appliesTo: 'all releases',
    sources: [
      issue(11296),
      issue(28615),
      issue(28640),
      issue(6746),
      pkg('plugin-catalog-backend', '4.0.5', 'dist/processors/UrlReaderProcessor.cjs.js'),
      pkg('backend-defaults', '0.19.0', 'dist/entrypoints/urlReader/lib/GithubUrlReader.cjs.js'),
    ],
    reproduced: reproduced('unable-to-read-url'),
    related: ['no-app-installation-found', 'app-has-no-access-to-repository'],
  },
  {
    id: 'no-github-credentials-for-org',
    title: 'No GitHub credentials available for the organization',
    kind: 'message',
    messages: [
      {
        pattern:
          "No GitHub credentials available for org '{org}'. Aborting ingestion to prevent silent deletion of existing entities. See https://backstage.io/docs/integrations/github/github-apps/#troubleshooting for more information.",
        examples: [
          "No GitHub credentials available for org 'acme'. Aborting ingestion to prevent silent deletion of existing entities. See https://backstage.io/docs/integrations/github/github-apps/#troubleshooting for more information.",
        ],
        printedBy: multiOrgProvider,
      },
      {
        pattern:
          "No GitHub credentials available for org '{org}'. This can happen if the GitHub App isn't installed for the org and no fallback token is configured. If you do not have the Organization Owner role you may not be able to install the GitHub App. See https://backstage.io/docs/integrations/github/github-apps/#troubleshooting for more information.",
        examples: [
          "No GitHub credentials available for org 'acme'. This can happen if the GitHub App isn't installed for the org and no fallback token is configured. If you do not have the Organization Owner role you may not be able to install the GitHub App. See https://backstage.io/docs/integrations/github/github-apps/#troubleshooting for more information.",
        ],
        printedBy: multiOrgProvider,
        versions: 'the warning logged just before the error',
      },
    ],
    where:
      'Backend log, at each org import run (`GithubMultiOrgEntityProvider:<id> refresh failed, Error: …`)',
    area: 'catalog',
    causes: [
      {
        cause:
          "At the time of the run the backend has no credential at all for the organization: the integration's `token` is missing (often an unset `${GITHUB_TOKEN}`, which removes the key) and no GitHub App is installed there. The provider stops instead of replacing your users and groups with an empty list.",
        fix: 'Export the token, or install the App on the organization; the entities already imported stay until the next successful run ([step 7](/guide/import-users-and-teams#6-know-the-safety-stop)).',
      },
    ],
    preventedBy: [
      { step: 7, anchor: '6-know-the-safety-stop' },
      { step: 9, anchor: '3-install-the-app-on-the-organization' },
    ],
    appliesTo:
      'catalog-backend-module-github 0.14.0 and later; earlier releases failed with a rate-limit or authentication error instead',
    sources: [
      issue(32972, 'asks for a warning when the App is not installed'),
      pull(34773, 'a proposal for the same warning'),
      multiOrgProvider,
      pkg('plugin-catalog-backend-module-github', '0.14.0', 'CHANGELOG.md'),
    ],
    reproduced: reproduced('no-github-credentials-for-org'),
    related: ['no-app-installation-found'],
  },

  // Software templates
  {
    id: 'no-token-available',
    title: 'No token available for host',
    kind: 'message',
    messages: [
      {
        pattern:
          'No token available for host: {host}, with owner {owner}, and repo {repo}. Make sure GitHub auth is configured correctly. See https://backstage.io/docs/auth/github/provider for more details.',
        examples: [
          'No token available for host: github.com, with owner acme, and repo new-service. Make sure GitHub auth is configured correctly. See https://backstage.io/docs/auth/github/provider for more details.',
        ],
        printedBy: scaffolderUtil,
      },
    ],
    where: 'Template run log, at the first GitHub step',
    area: 'scaffolder',
    causes: [
      {
        cause:
          'The action got no `token` input, no installed GitHub App covers the owner, and the `integrations.github` entry for the host has no `token` (or its variable is unset). The link in the message points at the sign-in docs, but sign-in is not where the action looks: it uses the **integration**.',
        fix: 'Give the integration a credential: `integrations.github[].token` ([step 3](/guide/give-token-to-backstage)) or an App installed on the owner ([step 9](/guide/github-app#3-install-the-app-on-the-organization)).',
      },
    ],
    preventedBy: [
      { step: 3, anchor: 'check-that-it-works' },
      { step: 8, anchor: 'check-that-it-works' },
    ],
    appliesTo: 'all releases',
    sources: [
      issue(17169, 'the App was not installed on the organization'),
      issue(13282),
      scaffolderUtil,
    ],
    reproduced: reproduced('no-token-available'),
    related: [
      'no-app-installation-found',
      'no-integration-for-host',
      'require-scm-user-credentials',
    ],
  },
];
