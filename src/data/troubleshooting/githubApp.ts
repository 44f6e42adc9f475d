import type { Source, TroubleshootingEntry } from './types';

/*
 * GitHub App problems on the backend side: the App's JWT, its installations,
 * its credentials in app-config, its permissions and the user tokens it
 * issues. Package files were read in the published tarballs of the versions
 * given (Backstage 1.55.0); GitHub's own messages cite GitHub's docs or the
 * threads where they were reported.
 */

type PackageSource = Extract<Source, { kind: 'package' }>;

const integration = (file: string): PackageSource => ({
  kind: 'package',
  package: '@backstage/integration',
  version: '2.2.0',
  file,
});
const CREDENTIALS_PROVIDER = integration(
  'dist/github/SingleInstanceGithubCredentialsProvider.cjs.js',
);
const CONFIG_READER: PackageSource = {
  kind: 'package',
  package: '@backstage/config',
  version: '1.3.11',
  file: 'dist/reader.cjs.js',
};
const CREATE_GITHUB_APP: PackageSource = {
  kind: 'package',
  package: '@backstage/cli-module-github',
  version: '0.1.6',
  file: 'dist/commands/create-github-app/index.cjs.js',
};
const JWT_DOCS: Source = {
  kind: 'docs',
  url: 'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app',
  title: 'Generating a JSON Web Token (JWT) for a GitHub App',
};
const APP_API = {
  kind: 'github',
  surface: 'REST API, App endpoints called with the App JWT (GET /app/installations)',
} as const;

const bb = (
  kind: 'issue' | 'pull',
  number: number,
  note?: string,
): Extract<Source, { kind: 'issue' | 'pull' | 'discussion' }> =>
  note === undefined
    ? { kind, repo: 'backstage/backstage', number }
    : { kind, repo: 'backstage/backstage', number, note };

/** Troubleshooting entries of the `github-app` area (see `types.ts`). */
export const githubAppEntries: readonly TroubleshootingEntry[] = [
  {
    id: 'endpoint-requires-authentication',
    title: 'This endpoint requires you to be authenticated',
    kind: 'message',
    messages: [
      {
        pattern: 'This endpoint requires you to be authenticated.',
        examples: ['This endpoint requires you to be authenticated.'],
        printedBy: { kind: 'github', surface: 'GraphQL API (anonymous request)' },
      },
    ],
    symptoms: [
      'discovery fails although the GitHub App is configured',
      'Backstage ignores my GitHub App credentials',
    ],
    where: 'Backend log (catalog discovery, org import) or the template run log',
    area: 'github-app',
    causes: [
      {
        cause:
          "The GitHub App under `integrations.github[].apps` is not installed on the organization that owns the repository, or is installed on another one. A missing installation is not reported: the backend quietly falls back to the integration's `token`, and without one it calls GitHub anonymously, which GitHub's GraphQL API refuses.",
        fix: "Install the App on the organization (this needs the organization's **Owner** role; `backstage-cli create-github-app` does not install it). A new installation is picked up within about a minute without a restart: when an owner is not in the cached installation list, the list is fetched again, at most once every 60 seconds.",
      },
      {
        cause:
          'The App lists `allowedInstallationOwners` and the owner is not in it (the comparison ignores case), so this App gives no token for that owner.',
        fix: 'Add the organization to `allowedInstallationOwners`, or remove the list.',
      },
      {
        cause:
          "The integration's `token` variable is unset as well, so the fallback is anonymous too.",
        fix: 'Set the variable in the shell that starts Backstage (see [.env not loaded](/troubleshooting#env-file-not-loaded)), or rely on the App alone once it is installed.',
      },
    ],
    preventedBy: [
      { step: 9, anchor: '3-install-the-app-on-the-organization' },
      { step: 9, anchor: 'check-that-it-works' },
    ],
    appliesTo:
      'all releases; the 60-second refresh of the installation list is in @backstage/integration 2.2.0',
    sources: [
      bb('issue', 13282, 'the fallback to anonymous access hides the missing installation'),
      bb('issue', 19562),
      bb(
        'issue',
        17169,
        'a maintainer asks whether the App is installed; installing it fixed the error',
      ),
      bb('pull', 22117, 'added a troubleshooting section to the GitHub Apps docs'),
      CREDENTIALS_PROVIDER,
    ],
    related: ['no-app-installation-found', 'no-token-available', 'sign-in-works-backend-does-not'],
  },
  {
    id: 'app-jwt-could-not-be-decoded',
    title: 'A JSON web token could not be decoded',
    kind: 'message',
    messages: [
      {
        pattern: 'A JSON web token could not be decoded',
        examples: ['A JSON web token could not be decoded'],
        printedBy: APP_API,
      },
    ],
    where: 'Backend log, whenever the App is asked for a token (discovery, org import, templates)',
    area: 'github-app',
    causes: [
      {
        cause:
          "The private key does not belong to the App whose `appId` is configured: a development and a production App mixed up, or a key copied from another App. The JWT is well formed, but GitHub cannot verify it with that App's public key.",
        fix: 'Take `appId`, `clientId`, `clientSecret` and `privateKey` from the same App (its settings page shows the App ID; generate a new private key there if in doubt) and restart.',
      },
      {
        cause: "The key was deleted on the App's settings page after a new one was generated.",
        fix: "Use a key that is still listed under **Private keys** on the App's settings page.",
      },
      {
        cause:
          'The key reached Backstage altered but still parseable, for example with lines from two keys mixed, so the signature does not verify. (A key that cannot be parsed at all fails earlier, see [private key format](/troubleshooting#private-key-format).)',
        fix: 'Load the `.pem` file unchanged with `privateKey: { $file: github-app-key.pem }`.',
      },
    ],
    preventedBy: [
      { step: 9, anchor: '4-give-backstage-the-apps-credentials' },
      { step: 9, anchor: 'format-the-private-key-correctly' },
    ],
    appliesTo: 'all releases',
    sources: [
      {
        kind: 'issue',
        repo: 'actions/create-github-app-token',
        number: 153,
        note: 'a maintainer reproduces it with an App ID and a private key that do not match',
      },
      {
        kind: 'issue',
        repo: 'octokit/rest.js',
        number: 218,
        note: 'a Backstage backend plugin on GitHub Enterprise Server',
      },
      bb('issue', 12887),
      JWT_DOCS,
      CREDENTIALS_PROVIDER,
    ],
    related: ['private-key-format', 'app-integration-not-found'],
  },
  {
    id: 'app-integration-not-found',
    title: 'Integration not found',
    kind: 'message',
    messages: [
      {
        pattern: 'Integration not found',
        examples: ['Integration not found'],
        printedBy: APP_API,
      },
    ],
    where: 'Backend log, whenever the App is asked for a token',
    area: 'github-app',
    causes: [
      {
        cause:
          "`appId` names no App on this GitHub host: a typo, the **installation** ID or another number from the App's URL instead of the App ID, or an App that was deleted.",
        fix: "Copy the App ID from the App's settings page (**About** section) into `appId`.",
      },
      {
        cause:
          'The App lives on another host than the integration entry it sits in: an App registered on github.com configured under a GitHub Enterprise Server `host`, or the other way round.',
        fix: 'Put the App under the `integrations.github[]` entry of the host where it was registered; on GitHub Enterprise Server register a separate App there.',
      },
    ],
    preventedBy: [{ step: 9, anchor: '4-give-backstage-the-apps-credentials' }],
    appliesTo: 'all releases',
    sources: [
      {
        kind: 'issue',
        repo: 'octokit/rest.js',
        number: 218,
        note: 'reported from a Backstage backend plugin on GitHub Enterprise Server',
      },
      { kind: 'issue', repo: 'actions/create-github-app-token', number: 76 },
      {
        kind: 'issue',
        repo: 'octokit/authentication-strategies.js',
        number: 165,
        note: 'an App ID copied from the installations list',
      },
      CREDENTIALS_PROVIDER,
    ],
    related: ['app-jwt-could-not-be-decoded', 'app-id-not-a-number'],
  },
  {
    id: 'app-jwt-clock-skew',
    title: "The App's JWT is rejected because of the server clock",
    kind: 'message',
    messages: [
      {
        pattern: "'Expiration time' claim ('exp') is too far in the future",
        examples: ["'Expiration time' claim ('exp') is too far in the future"],
        printedBy: APP_API,
      },
      {
        pattern:
          "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued",
        examples: [
          "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued",
        ],
        printedBy: APP_API,
      },
    ],
    symptoms: ['the GitHub App works on one machine but not on another'],
    where: 'Backend log, whenever the App is asked for a token',
    area: 'github-app',
    causes: [
      {
        cause:
          "The clock of the machine running the backend is ahead of GitHub's. The App JWT that `@octokit/auth-app` signs is issued 30 seconds in the past and expires 10 minutes after that, the longest GitHub accepts; a clock more than about 30 seconds fast makes `iat` lie in GitHub's future or `exp` too far ahead.",
        fix: "Synchronise the clock (NTP, `chronyd`, or the container host's time sync; a laptop that slept or a VM restored from a snapshot often drifts) and retry. No Backstage setting changes the margin.",
      },
    ],
    preventedBy: [{ step: 9, anchor: 'check-that-it-works' }],
    appliesTo: 'all releases',
    sources: [
      {
        kind: 'issue',
        repo: 'octokit/auth-app.js',
        number: 698,
        note: 'the library Backstage uses; the system clock was in the future',
      },
      { kind: 'issue', repo: 'probot/probot', number: 967 },
      {
        kind: 'issue',
        repo: 'github/docs',
        number: 4155,
        note: 'why GitHub recommends backdating iat',
      },
      JWT_DOCS,
      {
        kind: 'package',
        package: 'universal-github-app-jwt',
        version: '1.2.0',
        file: 'dist-node/index.js',
      },
    ],
    related: ['app-jwt-could-not-be-decoded'],
  },
  {
    id: 'app-id-not-a-number',
    title: 'appId cannot be converted to a number',
    kind: 'message',
    messages: [
      {
        pattern:
          "Unable to convert config value for key 'integrations.github[{index}].apps[{app}].appId' in '{file}' to a number",
        examples: [
          "Unable to convert config value for key 'integrations.github[0].apps[0].appId' in 'env' to a number",
          "Unable to convert config value for key 'integrations.github[0].apps[0].appId' in 'app-config.yaml' to a number",
        ],
        printedBy: CONFIG_READER,
      },
    ],
    where: 'Backend start-up (the URL reader and every GitHub feature fail to start)',
    area: 'github-app',
    causes: [
      {
        cause:
          "`appId` holds something other than the numeric App ID, most often the App's **client ID** (`Iv1.…` or `Iv23…`) or its name. A number in quotes, or a `${GITHUB_APP_ID}` variable holding digits, is fine: the value is read with `getNumber`, which converts numeric strings.",
        fix: "Put the App ID (digits only, from the **About** section of the App's settings page) in `appId` and the `Iv…` value in `clientId`.",
      },
      {
        cause:
          'The value comes from an `APP_CONFIG_…` variable or a secret store and carries extra characters (quotes inside the value, a trailing comment). The message then names `env` as the file.',
        fix: 'Store just the digits; check with `yarn backstage-cli config:print` (the App keys are not secret, so they print as is).',
      },
    ],
    preventedBy: [{ step: 9, anchor: '4-give-backstage-the-apps-credentials' }],
    appliesTo: 'all releases; the current schema accepts `appId` as a number or a string',
    sources: [
      {
        kind: 'issue',
        repo: 'humanitec-architecture/backstage',
        number: 75,
        note: 'the message, with the value coming from the environment',
      },
      bb('issue', 5140, 'appId from an environment variable; the reader converts numeric strings'),
      integration('dist/github/config.cjs.js'),
      CONFIG_READER,
    ],
    related: ['app-integration-not-found', 'app-credentials-incomplete'],
  },
  {
    id: 'app-credentials-incomplete',
    title: 'A GitHub App entry is missing a required key',
    kind: 'message',
    messages: [
      {
        pattern:
          "Missing required config value at 'integrations.github[{index}].apps[{app}].{key}' in '{file}'",
        examples: [
          "Missing required config value at 'integrations.github[0].apps[0].clientId' in 'app-config.yaml'",
          "Missing required config value at 'integrations.github[0].apps[0].privateKey' in 'app-config.production.yaml'",
        ],
        printedBy: CONFIG_READER,
      },
    ],
    where: 'Backend start-up',
    area: 'github-app',
    causes: [
      {
        cause:
          'Every `apps[]` entry needs `appId`, `privateKey`, `clientId` and `clientSecret`, even when the App is never used for sign-in (`webhookSecret` is optional). Entries written by hand with only the App ID and key fail here.',
        fix: "Add the missing keys from the App's settings page; `backstage-cli create-github-app` writes all of them into its credentials file.",
      },
      {
        cause:
          'The key is written as `${VARIABLE}` and the variable is unset in the process that runs the backend. An unset variable removes the key, so the reader reports it missing rather than empty.',
        fix: "Export the variable in that process (the container's environment, or the shell before `yarn start`); see [.env not loaded](/troubleshooting#env-file-not-loaded).",
      },
      {
        cause:
          'The App credentials live in a file pulled in with `$include`, and that file lacks the key or is not the one you think.',
        fix: 'Open the included file next to the config file that includes it and check its keys.',
      },
    ],
    preventedBy: [{ step: 9, anchor: '4-give-backstage-the-apps-credentials' }],
    appliesTo: 'all releases; in @backstage/integration 2.2.0 `webhookSecret` is optional',
    sources: [
      bb('issue', 4188, 'the same message when App keys were read where they were not available'),
      integration('dist/github/config.cjs.js'),
      integration('config.schema.json'),
      CONFIG_READER,
    ],
    related: ['env-file-not-loaded', 'include-file-not-found'],
  },
  {
    id: 'app-permissions-not-accepted',
    title: 'New App permissions have no effect',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'I added a permission to the GitHub App but still get Resource not accessible by integration',
      'the App permission change did not apply',
      'templates still cannot create repositories after giving the App Administration write',
    ],
    where: "Template run log or backend log, after editing the App's permissions on GitHub",
    area: 'github-app',
    causes: [
      {
        cause:
          'Added repository or organization permissions do not apply to an existing installation until someone on the organization accepts them. GitHub e-mails the organization owners and shows a request on the installation page; until it is accepted, installation tokens keep the old permissions. (`backstage-cli create-github-app` warns about this when it asks for permissions.)',
        fix: 'An organization owner opens **Settings → GitHub Apps → the App → Configure** on the organization, reviews the request and accepts the new permissions. Repeat for every organization the App is installed on.',
      },
      {
        cause:
          'The permissions were accepted, but the backend still holds an installation token issued before. Installation tokens live one hour and Backstage reuses a cached token until ten minutes before it expires, so for up to about 50 minutes the old permissions stay in force.',
        fix: 'Restart the backend to drop the cached tokens, or wait for the next token.',
      },
    ],
    preventedBy: [{ step: 9, anchor: '2-set-the-apps-permissions' }],
    appliesTo: 'all releases',
    sources: [
      {
        kind: 'issue',
        repo: 'fullsend-ai/fullsend',
        number: 570,
        note: 'until the installation accepts the new permissions the API keeps the old set',
      },
      {
        kind: 'pull',
        repo: 'github/docs',
        number: 27299,
        note: 'GitHub e-mails owners to review permission changes',
      },
      bb('issue', 25689, 'the error that follows in Backstage'),
      {
        kind: 'docs',
        url: 'https://docs.github.com/en/apps/maintaining-github-apps/modifying-a-github-app-registration',
        title: 'Modifying a GitHub App registration',
      },
      {
        kind: 'docs',
        url: 'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app',
        title: 'Generating an installation access token for a GitHub App',
      },
      CREATE_GITHUB_APP,
      CREDENTIALS_PROVIDER,
    ],
  },
  {
    id: 'github-app-user-token-expiry',
    title: "A GitHub App's user tokens stop working after some hours",
    kind: 'symptom',
    messages: [],
    symptoms: [
      'Bad credentials from templates or plugins after a few hours; signing out and in again fixes it',
      'GitHub calls made with my own token return 401 the next day',
    ],
    where: 'Template run log, GitHub-based frontend plugins',
    area: 'github-app',
    causes: [
      {
        cause:
          "Sign-in uses a GitHub App with user-to-server token expiration on (GitHub's default for new Apps): user access tokens expire after 8 hours and refresh tokens after 6 months, and each refresh token works once. A token that was handed to a template or plugin before it expired keeps being used, or a refresh races with another tab that already used the same refresh token.",
        fix: 'Reload the page or sign out and in to get a fresh session. If long sessions matter more than rotation, opt the App out of **User-to-server token expiration** (App settings, **Optional features**) and have users sign in again; otherwise keep expiry on and keep Backstage current.',
      },
      {
        cause:
          "The user revoked the App's authorization on GitHub, after which GitHub answers `401 Bad credentials`.",
        fix: 'Sign in again, which authorizes the App anew.',
      },
    ],
    preventedBy: [{ step: 10, anchor: '5-plan-for-expiry-and-rotation' }],
    appliesTo: 'all releases; refresh tokens are rotated correctly since PR 7617 (2021)',
    sources: [
      bb('issue', 6710, 'GitHub App user tokens expire after 8 hours, OAuth App tokens do not'),
      bb('issue', 6877),
      bb(
        'issue',
        30870,
        "Bad credentials from a template using the user's token; signing out and in fixes it",
      ),
      bb('pull', 7617, 'GitHub refresh tokens can be used once'),
      {
        kind: 'docs',
        url: 'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens',
        title: 'Refreshing user access tokens',
      },
      {
        kind: 'package',
        package: '@backstage/plugin-auth-backend-module-github-provider',
        version: '0.5.9',
        file: 'dist/authenticator.cjs.js',
      },
    ],
    related: ['github-app-sign-in-scopes', 'refresh-missing-session-cookie'],
  },
  {
    id: 'create-github-app-wrong-host',
    title: 'create-github-app on GitHub Enterprise Server',
    kind: 'message',
    messages: [
      {
        pattern:
          'GitHub organization {org} does not exist. Would you like to create a new Organization instead?',
        examples: [
          'GitHub organization platform-team does not exist. Would you like to create a new Organization instead?',
        ],
        printedBy: CREATE_GITHUB_APP,
      },
      {
        pattern: 'Warning: Unable to verify existence of GitHub organization.',
        examples: ['Warning: Unable to verify existence of GitHub organization.'],
        printedBy: CREATE_GITHUB_APP,
      },
    ],
    symptoms: [
      'create-github-app created the App on github.com instead of our GitHub Enterprise Server',
      'create-github-app opens a github.com page that returns 404',
    ],
    where: 'Terminal running `yarn backstage-cli create-github-app <org>`',
    area: 'github-app',
    causes: [
      {
        cause:
          'The command only knows github.com: it checks `https://api.github.com/orgs/<org>` and submits the App manifest to `https://github.com/organizations/<org>/settings/apps/new`. An organization that exists only on a GitHub Enterprise Server is reported as missing; one whose name also exists on github.com gets the App created there.',
        fix: "On GitHub Enterprise Server create the App by hand in the organization's **Settings → Developer settings → GitHub Apps**, generate a private key, and write the credentials file yourself (`appId`, `clientId`, `clientSecret`, `privateKey`, optionally `webhookSecret`) under the integration entry of that host.",
      },
      {
        cause:
          'The machine has no route to api.github.com (a proxy, an offline VM), so the organization check fails; the command also needs a local browser.',
        fix: 'Run the command on a machine with a browser and internet access, or create the App by hand as above.',
      },
    ],
    preventedBy: [
      { step: 9, anchor: '1-create-the-app' },
      { step: 10, anchor: 'github-enterprise-server' },
    ],
    appliesTo:
      '@backstage/cli 0.36 (cli-module-github 0.1.6) and earlier CLIs with the same command',
    sources: [
      bb(
        'issue',
        12895,
        'the command needs a local browser; a maintainer points to creating the App by hand',
      ),
      bb('pull', 3919, 'introduced the command'),
      CREATE_GITHUB_APP,
      {
        kind: 'package',
        package: '@backstage/cli-module-github',
        version: '0.1.6',
        file: 'dist/commands/create-github-app/GithubCreateAppServer.cjs.js',
      },
    ],
    related: ['app-integration-not-found'],
  },
  {
    id: 'no-emails-with-github-app',
    title: 'Users imported with a GitHub App have no email',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'after switching org import to a GitHub App, users have no email',
      'spec.profile.email disappeared from User entities',
      'email sign-in stopped working after moving to a GitHub App',
    ],
    where: 'Catalog (User entities), then sign-in with an email resolver',
    area: 'github-app',
    causes: [
      {
        cause:
          "The org import asks GitHub for each member's `email` only when it authenticates with a personal access token. With a GitHub App it receives the organization's verified-domain emails instead, and ignores them unless told otherwise.",
        fix: 'Set `defaultUserTransformer.useVerifiedEmails: true` on the `catalog.providers.githubOrg` entry (the provider then uses the first verified-domain email), or write a user transformer. Better still, sign in with `userIdMatchingUserEntityAnnotation`, which does not depend on emails.',
      },
      {
        cause:
          'The organization has no verified domain, so there are no verified-domain emails to use either.',
        fix: "Verify the organization's domain on GitHub, or keep the email out of sign-in by using the user ID resolver.",
      },
    ],
    preventedBy: [
      { step: 7, anchor: '4-decide-where-user-emails-come-from' },
      { step: 9, anchor: '6-update-the-org-import' },
    ],
    appliesTo:
      'releases with the `useVerifiedEmails` option, such as catalog-backend-module-github-org 0.3.26',
    sources: [
      bb('issue', 21359),
      bb('issue', 25556),
      bb('issue', 30916),
      {
        kind: 'package',
        package: '@backstage/plugin-catalog-backend-module-github',
        version: '0.14.0',
        file: 'dist/lib/github.cjs.js',
      },
      {
        kind: 'package',
        package: '@backstage/plugin-catalog-backend-module-github',
        version: '0.14.0',
        file: 'dist/lib/defaultTransformers.cjs.js',
      },
    ],
    related: ['profile-has-no-email', 'unable-to-resolve-user-identity'],
  },
];
