import type { Source, TroubleshootingEntry } from './types';

/*
 * GitHub's primary and secondary rate limits. GitHub's messages are quoted
 * from public threads; the limits and headers from GitHub's REST docs.
 * Backstage's URL reader marks a primary-limit failure itself (checked in
 * @backstage/backend-defaults 0.19.0 and @backstage/integration 2.2.0).
 */

const rateLimitDocs: Source = {
  kind: 'docs',
  url: 'https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api',
  title: 'GitHub Docs: Rate limits for the REST API',
};
const troubleshootingDocs: Source = {
  kind: 'docs',
  url: 'https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api',
  title: 'GitHub Docs: Troubleshooting the REST API (rate limit errors)',
};
const urlReader: Source = {
  kind: 'package',
  package: '@backstage/backend-defaults',
  version: '0.19.0',
  file: 'dist/entrypoints/urlReader/lib/GithubUrlReader.cjs.js',
};

/** Troubleshooting entries of the `rate-limits` area (see `types.ts`). */
export const rateLimitsEntries: readonly TroubleshootingEntry[] = [
  {
    id: 'rate-limit-exceeded',
    title: 'Rate limit exceeded while reading files',
    kind: 'message',
    messages: [
      {
        pattern: 'Request failed for {url}, {status} {statusText} (rate limit exceeded)',
        examples: [
          'Request failed for https://api.github.com/repos/acme/payments/contents/catalog-info.yaml?ref=main, 403 Forbidden (rate limit exceeded)',
          'Request failed for https://api.github.com/repos/acme/payments/contents/catalog-info.yaml?ref=main, 429 Too Many Requests (rate limit exceeded)',
        ],
        printedBy: urlReader,
        versions:
          '@backstage/backend-common 0.20 (Backstage 1.21) and later, now @backstage/backend-defaults',
      },
      {
        pattern: '{url} could not be read as {apiUrl}, {status} {statusText} (rate limit exceeded)',
        examples: [
          'https://github.com/acme/payments/blob/main/catalog-info.yaml could not be read as https://api.github.com/repos/acme/payments/contents/catalog-info.yaml?ref=main, 403 Forbidden (rate limit exceeded)',
        ],
        printedBy: {
          kind: 'package',
          package: '@backstage/backend-common',
          version: '0.19.10',
          file: 'dist/index.cjs.js',
        },
        versions: '@backstage/backend-common 0.19 and earlier (Backstage 1.20 and earlier)',
      },
    ],
    where:
      'Backend log and Location errors (`Unable to read url, Request failed for …`), TechDocs, template fetch steps',
    area: 'rate-limits',
    causes: [
      {
        cause:
          'The credential’s **primary** rate limit is used up. Backstage adds ` (rate limit exceeded)` when GitHub answers 429, or 403 with `x-ratelimit-remaining: 0`. The budget depends on the credential: 60 requests per hour without one (per IP address), 5,000 per hour for a personal access token (shared by everything that uses that user), and for a GitHub App installation 5,000 growing with the organization’s users and repositories up to 12,500 (15,000 on GitHub Enterprise Cloud).',
        fix: 'Read the response headers to see which budget: `curl -sI -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/rate_limit` shows `x-ratelimit-limit`, `x-ratelimit-remaining`, `x-ratelimit-used`, `x-ratelimit-reset` (UTC epoch seconds) and `x-ratelimit-resource`, and `GET /rate_limit` itself does not count. A limit of 60 means no token was sent: see [anonymous rate limit](/troubleshooting#rate-limit-anonymous).',
      },
      {
        cause:
          'Backstage makes more requests than the budget allows: every catalog entity from GitHub is re-read every 100 to 150 seconds by default, discovery lists every repository at each run, and the org import pages through members and teams.',
        fix: 'Slow the loops down: `catalog.processingInterval` (for example `{ minutes: 30 }`), the providers’ `schedule` (35 minutes with a 3-minute timeout is the Backstage docs’ suggestion for tokens), and use webhooks for prompt updates. Move the backend to a GitHub App for a larger budget ([step 9](/guide/github-app)).',
      },
      {
        cause:
          'A GitHub Enterprise Server administrator enabled rate limits (they are off by default there), or several Backstage environments share one token.',
        fix: 'Ask for the configured limits, and give each environment its own token or App.',
      },
    ],
    preventedBy: [
      { step: 6, anchor: '5-choose-a-schedule-that-fits-the-rate-limit' },
      { step: 9, anchor: 'why-an-app-instead-of-a-token' },
    ],
    appliesTo: 'all releases; wording changed with backend-common 0.20',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 3734,
        note: 'a large github-org location hits GitHub Enterprise rate limits',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 7628,
        note: '403 reads without rate-limit detail; the x-ratelimit headers',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 13531,
        note: 'RFC on rate limiting between Backstage and providers',
      },
      urlReader,
      {
        kind: 'package',
        package: '@backstage/integration',
        version: '2.2.0',
        file: 'dist/github/GithubIntegration.cjs.js',
      },
      rateLimitDocs,
      troubleshootingDocs,
    ],
    related: [
      'rate-limit-anonymous',
      'rate-limit-user',
      'rate-limit-installation',
      'secondary-rate-limit',
    ],
  },
  {
    id: 'rate-limit-anonymous',
    title: 'API rate limit exceeded for an IP address: Backstage calls GitHub without a token',
    kind: 'message',
    messages: [
      {
        pattern:
          "API rate limit exceeded for {ip}. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
        examples: [
          "API rate limit exceeded for 91.90.44.27. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
        ],
        printedBy: {
          kind: 'github',
          surface: 'REST API 403 response body (unauthenticated requests)',
        },
      },
    ],
    where: 'Backend log, template fetch steps, anything reading public github.com content',
    area: 'rate-limits',
    causes: [
      {
        cause:
          'No credential is sent, so the limit is 60 requests per hour per IP address, shared with everything else behind the same address. Most often `token: ${GITHUB_TOKEN}` is set but the variable is not exported: an unset variable removes the whole key, and Backstage goes anonymous without a warning.',
        fix: 'Export `GITHUB_TOKEN` in the environment of the backend ([step 3](/guide/give-token-to-backstage#1-export-github_token-in-the-shell-that-runs-yarn-start)) and check with `yarn backstage-cli config:print` that the key is there (shown as `<secret>`).',
      },
      {
        cause:
          'The token sits in an `integrations.github` entry for another host, or a GitHub App is configured but not installed on the owner, so this host falls back to anonymous access.',
        fix: 'Give each host its own entry with a credential; install the App on every owner it should read.',
      },
    ],
    preventedBy: [
      { step: 3, anchor: '1-export-github_token-in-the-shell-that-runs-yarn-start' },
      { step: 3, anchor: 'check-that-it-works' },
    ],
    appliesTo: 'all releases (GitHub.com)',
    sources: [
      {
        kind: 'issue',
        repo: 'IonicaBizau/github-profile-languages',
        number: 24,
        note: 'the unauthenticated rate limit message',
      },
      {
        kind: 'issue',
        repo: 'Justintime50/github-archive',
        number: 54,
        note: 'the same 403 with its documentation URL',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 13282,
        note: 'an App that is not installed makes Backstage call GitHub without credentials',
      },
      rateLimitDocs,
    ],
    related: ['rate-limit-exceeded', 'no-app-installation-found'],
  },
  {
    id: 'rate-limit-user',
    title: 'API rate limit exceeded for user ID: the personal access token’s budget',
    kind: 'message',
    messages: [
      {
        pattern:
          'API rate limit exceeded for user ID {userId}. If you reach out to GitHub Support for help, please include the request ID {requestId} and timestamp {timestamp}.',
        examples: [
          'API rate limit exceeded for user ID 9535539. If you reach out to GitHub Support for help, please include the request ID 1C45:12F767:6C7E73:D8C627:6814705C and timestamp 2025-05-02 07:12:28 UTC.',
        ],
        printedBy: { kind: 'github', surface: 'REST API 403 or 429 response body' },
        versions: 'GitHub.com responses since about 2024',
      },
      {
        pattern: 'API rate limit exceeded for user ID {userId}.',
        examples: ['API rate limit exceeded for user ID 12345678.'],
        printedBy: { kind: 'github', surface: 'REST API 403 response body' },
        versions: 'Older GitHub responses',
      },
      {
        pattern: 'API rate limit already exceeded for user ID {userId}.',
        examples: ['API rate limit already exceeded for user ID 95043299.'],
        printedBy: { kind: 'github', surface: 'GraphQL API error (discovery, org import)' },
      },
    ],
    where: 'Backend log (discovery, org import, catalog reads), template run log',
    area: 'rate-limits',
    causes: [
      {
        cause:
          'Backstage authenticates with a personal access token, whose user has 5,000 REST requests per hour and a separate GraphQL budget, shared by **all** of that user’s tokens and apps acting for the user. Discovery and the org import use GraphQL; file reads use REST.',
        fix: 'Check both budgets with `GET /rate_limit` (`resources.core` and `resources.graphql`), slow the schedules and `catalog.processingInterval`, and use a dedicated machine user or, better, a GitHub App ([step 9](/guide/github-app)).',
      },
      {
        cause: 'Several Backstage instances (local, staging, production) share one token.',
        fix: 'Give each instance its own credential.',
      },
    ],
    preventedBy: [
      { step: 6, anchor: '5-choose-a-schedule-that-fits-the-rate-limit' },
      { step: 9, anchor: 'why-an-app-instead-of-a-token' },
    ],
    appliesTo: 'all releases (a GitHub limit)',
    sources: [
      {
        kind: 'issue',
        repo: 'zerocracy/judges-action',
        number: 589,
        note: 'the current wording with request ID and timestamp',
      },
      {
        kind: 'issue',
        repo: 'ghuser-io/db',
        number: 2,
        note: 'the older short wording',
      },
      {
        kind: 'issue',
        repo: 'anuraghazra/github-readme-stats',
        number: 4439,
        note: 'the GraphQL "already exceeded" wording',
      },
      rateLimitDocs,
    ],
    related: ['rate-limit-exceeded', 'rate-limit-installation'],
  },
  {
    id: 'rate-limit-installation',
    title: 'API rate limit exceeded for installation ID: the GitHub App’s budget',
    kind: 'message',
    messages: [
      {
        pattern: 'API rate limit exceeded for installation ID {installationId}.',
        examples: ['API rate limit exceeded for installation ID 31415926.'],
        printedBy: {
          kind: 'github',
          surface: 'REST API 403 or 429 response body (installation token)',
        },
      },
    ],
    where: 'Backend log, template run log',
    area: 'rate-limits',
    causes: [
      {
        cause:
          'All of Backstage’s calls for an organization share that organization’s installation budget: at least 5,000 requests per hour, growing by 50 for each repository and each user beyond 20, up to 12,500 (15,000 on GitHub Enterprise Cloud).',
        fix: 'Slow the schedules and `catalog.processingInterval`, use webhooks for updates, and check `x-ratelimit-*` headers to see how fast the budget drains.',
      },
    ],
    preventedBy: [
      { step: 9, anchor: '4-give-backstage-the-apps-credentials' },
      { step: 6, anchor: '5-choose-a-schedule-that-fits-the-rate-limit' },
    ],
    appliesTo: 'all releases with a GitHub App integration',
    sources: [
      {
        kind: 'issue',
        repo: 'upptime/upptime',
        number: 786,
        note: 'the installation wording',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 33821,
        note: 'a GitHub App’s rate limit exhausted by a Backstage deployment',
      },
      rateLimitDocs,
    ],
    related: ['rate-limit-exceeded', 'rate-limit-user'],
  },
  {
    id: 'secondary-rate-limit',
    title: 'You have exceeded a secondary rate limit',
    kind: 'message',
    messages: [
      {
        pattern:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID {requestId}.',
        examples: [
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FEC8:1A8AD1:67128F1:CECF643:67CB890E.',
        ],
        printedBy: { kind: 'github', surface: 'REST API 403 or 429 response body' },
        versions: 'Current GitHub.com responses',
      },
      {
        pattern:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        examples: [
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        ],
        printedBy: { kind: 'github', surface: 'REST API 403 response body' },
        versions: 'Older GitHub responses (2022–2023 reports)',
      },
      {
        pattern:
          'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later.',
        examples: [
          'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later.',
        ],
        printedBy: {
          kind: 'github',
          surface: 'REST and GraphQL API error (content creation limit)',
        },
      },
    ],
    where:
      'Template run log, often as `Pull request creation failed; caused by HttpError: You have exceeded a secondary rate limit…`',
    area: 'rate-limits',
    causes: [
      {
        cause:
          '`publish:github:pull-request` with many files: the pull request is built through the API with one blob-creating request per file, and GitHub allows about 80 content-creating requests per minute and 500 per hour. The action turns Octokit’s throttling off, so nothing slows it down.',
        fix: 'Commit fewer files per pull request (narrow `sourcePath`, drop generated files from the workspace), and wait for the time in the `retry-after` header, or at least a minute, before running again.',
      },
      {
        cause:
          'Many requests at the same moment: more than 100 concurrent requests, or too many to one endpoint per minute, for example several templates running at once or a large discovery run overlapping with the org import.',
        fix: 'Spread the schedules (`initialDelay`, different `frequency`), run fewer tasks in parallel, and retry after `retry-after`. Secondary limits apply to any credential; a GitHub App does not lift them.',
      },
      {
        cause:
          'Backstage’s URL reader does not mark these failures: without `x-ratelimit-remaining: 0` a secondary limit shows as a plain `403 Forbidden`.',
        fix: 'If reads fail with 403 in bursts while `GET /rate_limit` shows budget left, treat it as a secondary limit and slow down.',
      },
    ],
    preventedBy: [
      { step: 8, anchor: '3-write-a-template-that-publishes-to-github' },
      { step: 6, anchor: '5-choose-a-schedule-that-fits-the-rate-limit' },
    ],
    appliesTo: 'all releases (a GitHub limit)',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 17188,
        note: 'publish:github:pull-request fails with HttpError: You have exceeded a secondary rate limit for a repository with many files',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 18866,
        note: 'request for graceful rate limit handling in the scaffolder',
      },
      {
        kind: 'pull',
        repo: 'RoadieHQ/marketing-site',
        number: 1164,
        note: 'the full Pull request creation failed; caused by … wording with the request ID',
      },
      {
        kind: 'issue',
        repo: 'mamertofabian/bolt-to-github',
        number: 25,
        note: 'the wording with a request ID',
      },
      {
        kind: 'issue',
        repo: 'pl-strflt/projects-migration',
        number: 2,
        note: 'the content creation wording',
      },
      {
        kind: 'package',
        package: '@backstage/plugin-scaffolder-backend-module-github',
        version: '0.10.4',
        file: 'dist/actions/githubPullRequest.cjs.js',
      },
      {
        kind: 'package',
        package: 'octokit-plugin-create-pull-request',
        version: '5.1.1',
        file: 'dist-node/index.js',
      },
      rateLimitDocs,
      troubleshootingDocs,
    ],
    related: ['rate-limit-exceeded', 'reference-already-exists'],
  },
];
