import type { Source, TroubleshootingEntry } from './types';

/*
 * Catalog, discovery, org data and GitHub events. Backstage's own messages are
 * checked in the named files of the published packages (Backstage 1.55:
 * plugin-catalog-backend 4.0.5, plugin-catalog-backend-module-github 0.14.0,
 * plugin-catalog-backend-module-github-org 0.3.26, plugin-events-backend 0.6.6,
 * plugin-events-backend-module-github 0.4.16, backend-defaults 0.19.0,
 * config 1.3.11).
 */

const catalogGithub = '@backstage/plugin-catalog-backend-module-github';
const catalogGithubVersion = '0.14.0';
const catalogBackend = '@backstage/plugin-catalog-backend';
const catalogBackendVersion = '4.0.5';

const providerConfig: Source = {
  kind: 'package',
  package: catalogGithub,
  version: catalogGithubVersion,
  file: 'dist/providers/GithubEntityProviderConfig.cjs.js',
};
const entityProvider: Source = {
  kind: 'package',
  package: catalogGithub,
  version: catalogGithubVersion,
  file: 'dist/providers/GithubEntityProvider.cjs.js',
};
const urlReaderProcessor: Source = {
  kind: 'package',
  package: catalogBackend,
  version: catalogBackendVersion,
  file: 'dist/processors/UrlReaderProcessor.cjs.js',
};
const urlReader: Source = {
  kind: 'package',
  package: '@backstage/backend-defaults',
  version: '0.19.0',
  file: 'dist/entrypoints/urlReader/lib/GithubUrlReader.cjs.js',
};
const configReader: Source = {
  kind: 'package',
  package: '@backstage/config',
  version: '1.3.11',
  file: 'dist/reader.cjs.js',
};
const eventsValidator: Source = {
  kind: 'package',
  package: '@backstage/plugin-events-backend-module-github',
  version: '0.4.16',
  file: 'dist/http/createGithubSignatureValidator.cjs.js',
};
const eventsWebhookModule: Source = {
  kind: 'package',
  package: '@backstage/plugin-events-backend-module-github',
  version: '0.4.16',
  file: 'dist/service/eventsModuleGithubWebhook.cjs.js',
};
const httpIngress: Source = {
  kind: 'package',
  package: '@backstage/plugin-events-backend',
  version: '0.6.6',
  file: 'dist/service/http/HttpPostIngressEventPublisher.cjs.js',
};
const discoveryDocs: Source = {
  kind: 'docs',
  url: 'https://backstage.io/docs/integrations/github/discovery',
  title: 'Backstage docs: GitHub Discovery',
};

/** Troubleshooting entries of the `catalog` area (see `types.ts`). */
export const catalogEntries: readonly TroubleshootingEntry[] = [
  {
    id: 'users-and-groups-wiped',
    title: 'Users and groups disappear from the catalog',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'users and groups vanished from the catalog',
      'all User and Group entities deleted after a restart',
      'org import emptied the catalog',
      'groups gone after renaming the provider id',
      'Found 1 orphaned entity provider(s) in the log',
    ],
    where: 'Catalog (Kind: User, Group); backend log at start-up',
    area: 'catalog',
    causes: [
      {
        cause:
          'The provider’s `id` changed, or its block was removed or renamed. Since `@backstage/plugin-catalog-backend` 3.0.0, `catalog.orphanProviderStrategy` defaults to `delete`: at start-up the catalog removes every entity of a provider that is no longer configured, and logs `Found 1 orphaned entity provider(s)` with the names. The renamed provider adds them back only at its first run.',
        fix: 'Keep `catalog.providers.githubOrg.id` stable once users are imported. If you must rename it, expect a gap until the first run of the new id (its `schedule.initialDelay`), or set `catalog.orphanProviderStrategy: keep` during the migration and remove the old entities afterwards.',
      },
      {
        cause:
          'You moved from the old org provider to `@backstage/plugin-catalog-backend-module-github-org`. For every definition the module also registers a cleaner provider named `GithubOrgEntityProvider:<id>` that empties what the old provider of that name had written, so the entities are replaced by those of `GithubMultiOrgEntityProvider:<id>`; until its first run they are missing.',
        fix: 'Nothing to fix beyond waiting for the first run (or lowering `schedule.initialDelay`); make sure the new definition has a `schedule`, which the module requires.',
      },
      {
        cause:
          'Older releases ran the org import even when no credential was available for the organization, received an empty member list and replaced all users and groups with nothing.',
        fix: 'Upgrade: current releases stop the run with [No GitHub credentials available for org](/troubleshooting#no-github-credentials-for-org) instead of deleting. Then give the organization a credential (install the App or set a token).',
      },
      {
        cause:
          'Two provider definitions cover the same organization or the same users, and each one’s full update replaces the other’s.',
        fix: 'Keep one definition per organization, and put several organizations into one definition’s `orgs` list so users are merged; see [conflicting entity refs](/troubleshooting#conflicting-entity-refs).',
      },
    ],
    preventedBy: [
      { step: 7, anchor: '3-configure-the-org-provider' },
      { step: 7, anchor: '6-know-the-safety-stop' },
    ],
    appliesTo:
      'Deletion of orphaned providers’ entities by default: plugin-catalog-backend 3.0.0 and later; the cleaner provider: module-github-org on the new backend system',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 22222,
        note: 'users and groups wiped after an ingestion without credentials',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 23968,
        note: 'conflicts after migrating to the new backend; a maintainer explains the cleaner provider (#24700)',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 16523,
        note: 'stale refresh_state rows of an old provider block users and groups',
      },
      {
        kind: 'package',
        package: catalogBackend,
        version: catalogBackendVersion,
        file: 'dist/processing/evictEntitiesFromOrphanedProviders.cjs.js',
      },
      {
        kind: 'package',
        package: '@backstage/plugin-catalog-backend-module-github-org',
        version: '0.3.26',
        file: 'dist/GithubOrgEntityCleanerProvider.cjs.js',
      },
    ],
    related: ['no-github-credentials-for-org', 'conflicting-entity-refs', 'orphaned-entities'],
  },
  {
    id: 'conflicting-entity-refs',
    title: 'Detected conflicting entityRef: two sources emit the same entity',
    kind: 'message',
    messages: [
      {
        pattern:
          'Source {source} detected conflicting entityRef {entityRef} already referenced by {existingKey} and now also {newKey}',
        examples: [
          'Source GithubMultiOrgEntityProvider:production detected conflicting entityRef group:default/xxx already referenced by github-org-provider:production and now also github-multi-org-provider:production',
        ],
        printedBy: {
          kind: 'package',
          package: catalogBackend,
          version: catalogBackendVersion,
          file: 'dist/database/DefaultProviderDatabase.cjs.js',
        },
        versions: 'Entities from entity providers (discovery, org import)',
      },
      {
        pattern:
          'Detected conflicting entityRef {entityRef} already referenced by {existingKey} and now also {newKey}',
        examples: [
          'Detected conflicting entityRef user:default/jdoe already referenced by github-org:https://github.com/acme-one and now also github-org:https://github.com/acme-two',
        ],
        printedBy: {
          kind: 'package',
          package: catalogBackend,
          version: catalogBackendVersion,
          file: 'dist/database/DefaultProcessingDatabase.cjs.js',
        },
        versions: 'Entities read from locations (catalog-info.yaml files, processors)',
      },
    ],
    where: 'Backend log (warn, catalog); the second entity never appears',
    area: 'catalog',
    causes: [
      {
        cause:
          'Users in several organizations: the org import puts every user in the `default` namespace (groups get the organization’s name as namespace once more than one organization is imported). Two separate `githubOrg` definitions, one per organization, therefore emit the same `user:default/<login>`, and the second loses.',
        fix: 'Import the organizations from **one** definition, `orgs: [acme-one, acme-two]`: a single provider merges each user and their memberships across organizations.',
      },
      {
        cause:
          'Leftovers of an old provider: the old name (`github-org-provider:<id>`, `GithubOrgEntityProvider:<id>`) still owns the entities in the database after a migration.',
        fix: 'On current releases the github-org module cleans these up at start-up; on older ones a maintainer-suggested workaround was deleting the old provider’s rows from `refresh_state` (see the threads).',
      },
      {
        cause:
          'The same `catalog-info.yaml` is registered twice under different location keys: registered by hand and found by discovery, found by two discovery providers with overlapping organizations or filters, or registered once with a `blob` and once with a `tree` URL.',
        fix: 'The first location keeps the entity. Unregister the duplicate location (open the Location entity in the catalog and unregister it), or narrow the providers’ `organization` and `filters` so each repository is scanned once.',
      },
      {
        cause:
          'Two different files declare the same kind, namespace and name, for example a copied template that kept `metadata.name`.',
        fix: 'Rename one of the entities, or give it another `metadata.namespace`.',
      },
    ],
    preventedBy: [
      { step: 7, anchor: 'which-namespace-users-and-groups-land-in' },
      { step: 6, anchor: '3-configure-an-entity-provider' },
    ],
    appliesTo: 'all releases of the current catalog',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 8401,
        note: 'users in teams of two organizations conflict (user name replaced here)',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 23968,
        note: 'the Source … detected conflicting entityRef warning after migrating to the new backend',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 23197,
        note: 'the same template found by two providers',
      },
      {
        kind: 'package',
        package: catalogGithub,
        version: catalogGithubVersion,
        file: 'dist/providers/GithubMultiOrgEntityProvider.cjs.js',
      },
    ],
    related: ['users-and-groups-wiped', 'location-already-exists'],
  },
  {
    id: 'discovery-imported-nothing',
    title: 'Discovery ran and imported nothing',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'discovery ran but imported nothing',
      'Read 42 GitHub repositories (0 matching the pattern)',
      'only Location entities appear, no components',
      'catalog stays empty after adding catalog.providers.github',
      'no github-provider lines in the backend log',
      'some repositories are missing from discovery without any error',
    ],
    where: 'Catalog; backend log lines from `github-provider:<id>`',
    area: 'catalog',
    causes: [
      {
        cause:
          'The provider never runs: the module `@backstage/plugin-catalog-backend-module-github` is not added to the backend, the block is not under `catalog.providers.github.<id>`, or the first run has not happened yet (without `schedule` the provider runs every 3 hours; `{ trigger: manual }` never runs by itself). A running provider logs `Read <n> GitHub repositories (<m> matching the pattern)` after each run.',
        fix: "Add `backend.add(import('@backstage/plugin-catalog-backend-module-github'))`, check the config path, and give the provider a `schedule` with a short `initialDelay` while you test.",
      },
      {
        cause:
          'The filters drop every repository (the second number in the log line is 0). `filters.repository` is wrapped in `^…$`, so `api` matches only a repository named exactly `api`; `topic.include` keeps only tagged repositories; archived repositories are skipped unless `allowArchived: true`; empty repositories (no default branch) are always skipped.',
        fix: 'Remove the filters, confirm the count, then add them back one at a time (use `api.*` rather than `api`).',
      },
      {
        cause:
          'Repositories pass the filters but their files are not found. Discovery registers each file as an **optional** `url` location, and a file that reads as 404 is skipped without any error: `catalogPath` does not match (`catalog-info.yml` vs `.yaml`, a subfolder without a glob), `filters.branch` names a branch that the repository does not have, or the default branch name contains `/`.',
        fix: 'Check one Location entity’s `target` URL in the browser. Fix `catalogPath` (a glob such as `/**/catalog-info.yaml` for monorepos) or `filters.branch`; see [branch names with a slash](/troubleshooting#branch-with-slash).',
      },
      {
        cause:
          'The credential cannot read the files: the token does not cover private repositories (a 404, silent as above), a fine-grained token belongs to another owner or is pending approval, or a GitHub App is not installed on the organization and Backstage fell back to a weaker credential.',
        fix: 'Read one private file with the token as in [step 3](/guide/give-token-to-backstage#check-that-it-works); see [pending approval](/troubleshooting#fine-grained-pat-pending-approval) and [wrong resource owner](/troubleshooting#fine-grained-pat-wrong-resource-owner).',
      },
      {
        cause:
          'The files are read but the entities are rejected: `catalog.rules` only allows some kinds (a new app allows Component, System, API, Resource and Location), so a discovered Template, User or Group fails with `… is not of an allowed kind for that location` on its Location, and nothing else of that file is added.',
        fix: 'Allow the kinds you need in `catalog.rules` ([step 5](/guide/private-repositories#5-allow-the-kinds-you-need-with-catalogrules)).',
      },
    ],
    preventedBy: [
      { step: 6, anchor: '3-configure-an-entity-provider' },
      { step: 6, anchor: '4-narrow-the-scan-with-filters' },
      { step: 6, anchor: 'check-that-it-works' },
    ],
    appliesTo: 'GitHub entity provider (all releases of the new backend system)',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 23197,
        note: 'the Read … GitHub repositories (… matching the pattern) log line while filtering',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 12992,
        note: 'discovery finds the repository, then nothing happens: catalogPath with a wildcard',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 16403,
        note: 'a default branch with a slash: only the Location appears',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 33375,
        note: 'validateLocationsExist checked HEAD instead of filters.branch (fixed in #33601)',
      },
      entityProvider,
      urlReaderProcessor,
      {
        kind: 'package',
        package: catalogBackend,
        version: catalogBackendVersion,
        file: 'dist/processing/DefaultCatalogProcessingOrchestrator.cjs.js',
      },
      discoveryDocs,
    ],
    related: [
      'branch-with-slash',
      'fine-grained-pat-pending-approval',
      'unable-to-read-url',
      'no-app-installation-found',
    ],
  },
  {
    id: 'register-existing-component-opens-pull-request',
    title: 'Register existing component opens a pull request instead of importing the file',
    kind: 'message',
    messages: [
      {
        pattern: "Couldn't search repository for metadata file, {error}",
        examples: [
          'Couldn\'t search repository for metadata file, HttpError: Validation Failed: {"message":"The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.","resource":"Search","field":"q","code":"invalid"}',
        ],
        printedBy: {
          kind: 'package',
          package: catalogGithub,
          version: catalogGithubVersion,
          file: 'dist/analyzers/GithubLocationAnalyzer.cjs.js',
        },
        versions: 'The GitHub location analyzer of the catalog GitHub module (current releases)',
      },
      {
        pattern:
          "Couldn't search repository for metadata file., received http response status code {status}: {details}",
        examples: [
          'Couldn\'t search repository for metadata file., received http response status code 422: Validation Failed: {"message":"The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.","resource":"Search","field":"q","code":"invalid"}',
        ],
        printedBy: {
          kind: 'browser',
          surface: 'Register an existing component page (older releases)',
        },
        versions: 'Older releases (reported in 2022)',
      },
    ],
    symptoms: [
      'Register existing component always creates a pull request',
      'catalog import wants to add catalog-info.yaml although the file exists',
      'repository URL import does not find catalog-info.yaml',
      'import works with the file URL but not with the repository URL',
    ],
    where: '`/catalog-import` (Register an existing component)',
    area: 'catalog',
    causes: [
      {
        cause:
          'The catalog GitHub module is not installed. Given a repository URL (not a `.yaml` URL), the import page asks the backend to analyze it; the GitHub location analyzer that searches the repository for existing files is registered by `@backstage/plugin-catalog-backend-module-github`. Without it the catalog generates a new Component and the page offers a pull request.',
        fix: 'Add the module to the backend ([step 6](/guide/discover-repositories#2-register-the-module-in-the-backend)), or paste the **full URL of the file** (`…/blob/main/catalog-info.yaml`), which skips the analysis.',
      },
      {
        cause:
          'The analyzer searched and found nothing. It uses GitHub’s code search (`filename:catalog-info.yaml repo:owner/name`), which looks only at the default branch and may not have indexed a new repository yet; a file with another name is only found if `catalog.import.entityFilename` names it.',
        fix: 'Paste the file URL; set `catalog.import.entityFilename` if your files have another name.',
      },
      {
        cause:
          'The search itself failed (the message above): code search needs an authenticated request, and the credential for that repository cannot see it (App not installed on the owner, token of another owner).',
        fix: 'Give the integration a credential that can read the repository ([step 3](/guide/give-token-to-backstage)); the file URL still works once reads work.',
      },
    ],
    preventedBy: [
      { step: 5, anchor: 'option-a-through-the-ui' },
      { step: 6, anchor: '2-register-the-module-in-the-backend' },
    ],
    appliesTo:
      'all releases since the analyzer moved into the catalog GitHub module (Backstage 1.7)',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 22162,
        note: 'maintainers: expected behaviour when the GitHub analyzer is not registered',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 10603,
        note: 'the older search error with 422 Validation Failed',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 25509,
        note: 'the code search query the analyzer uses',
      },
      {
        kind: 'package',
        package: '@backstage/plugin-catalog-import',
        version: '0.13.20',
        file: 'dist/api/CatalogImportClient.esm.js',
      },
      {
        kind: 'package',
        package: catalogBackend,
        version: catalogBackendVersion,
        file: 'dist/ingestion/LocationAnalyzer.cjs.js',
      },
      {
        kind: 'docs',
        url: 'https://docs.github.com/en/rest/search/search#search-code',
        title: 'GitHub Docs: Search code (REST)',
      },
    ],
    related: ['location-already-exists'],
  },
  {
    id: 'branch-with-slash',
    title: 'Branch names with a slash',
    kind: 'message',
    messages: [
      {
        pattern:
          'Error while processing GitHub provider config. Slash characters (/) are not allowed in filters.branch',
        examples: [
          'Error while processing GitHub provider config. Slash characters (/) are not allowed in filters.branch',
        ],
        printedBy: providerConfig,
      },
    ],
    symptoms: [
      'catalog-info.yaml on a branch like release/v3 is not found',
      'default branch with a slash: only the Location entity appears',
      '404 for a blob URL whose branch contains a slash',
    ],
    where: 'Backend start-up (config); catalog (silent 404s)',
    area: 'catalog',
    causes: [
      {
        cause:
          '`filters.branch` contains `/`. The provider refuses it at start-up because the location URL it builds, `…/blob/<branch>/<catalogPath>`, cannot tell branch from path.',
        fix: 'Use a branch without `/` for catalog files, or leave `filters.branch` out so each repository’s default branch is read.',
      },
      {
        cause:
          'A repository’s **default** branch contains `/` (`release/v3`). Discovery builds `…/blob/release/v3/catalog-info.yaml`; when the backend reads it through the API (a token or App is set), the URL is split after the first segment, so it asks for `v3/catalog-info.yaml` on branch `release` and gets 404, which discovery skips silently. A manually registered URL fails the same way, with an error.',
        fix: 'Rename the default branch, or point a manual location at a branch or tag without a slash. There is no way to escape the slash in the URL.',
      },
    ],
    preventedBy: [{ step: 6, anchor: '4-narrow-the-scan-with-filters' }],
    appliesTo: 'all releases of the GitHub entity provider and URL reader',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 16403,
        note: 'a default branch release/production is read as ref release',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 19668,
        note: 'the same split for a registered blob URL (404)',
      },
      {
        kind: 'pull',
        repo: 'backstage/backstage',
        number: 29424,
        note: 'documents the branch naming caveat for discovery',
      },
      providerConfig,
      {
        kind: 'package',
        package: '@backstage/integration',
        version: '2.2.0',
        file: 'dist/github/core.cjs.js',
      },
    ],
    related: ['discovery-imported-nothing', 'commit-status-forbidden'],
  },
  {
    id: 'commit-status-forbidden',
    title: 'Request failed for …/commits/<ref>/status: 403 or 404',
    kind: 'message',
    messages: [
      {
        pattern:
          'Request failed for {apiBaseUrl}/repos/{repository}/commits/{ref}/status?per_page=0, {status} {statusText}',
        examples: [
          'Request failed for https://api.github.com/repos/acme/payments/commits/main/status?per_page=0, 403 Forbidden',
          'Request failed for https://api.github.com/repos/acme/payments/commits/release/status?per_page=0, 404 Not Found',
        ],
        printedBy: urlReader,
      },
    ],
    where:
      'Catalog (wildcard `catalogPath`, Location errors), TechDocs builds, `fetch:template` and `fetch:plain` in templates',
    area: 'catalog',
    causes: [
      {
        cause:
          'Backstage’s GitHub reader asks the **combined commit status** endpoint for the latest commit before it reads a whole tree or searches a wildcard path. A GitHub App (or fine-grained token) without **Commit statuses: Read** gets 403 there, even though it may read the files.',
        fix: 'Add **Commit statuses: Read** to the App or token. For an App already installed, an organization owner must accept the new permission on the installation before it applies.',
      },
      {
        cause:
          'The `ref` in the URL does not exist: a branch name with `/` cut at the first segment, a renamed default branch, or a typo in a location URL.',
        fix: 'Compare the `ref` in the message with the repository’s branches; see [branch names with a slash](/troubleshooting#branch-with-slash).',
      },
      {
        cause:
          'The credential cannot see the repository at all, which GitHub reports as 404 for private repositories. A 404 has also been reported for branches that never had a commit status.',
        fix: 'Check which credential is used ([credential explorer](/tools/credential-explorer)) and that it can read the repository; if it can, report your case in the linked thread.',
      },
    ],
    preventedBy: [
      { step: 2, anchor: 'create-the-token' },
      { step: 9, anchor: '2-set-the-apps-permissions' },
    ],
    appliesTo: 'Backstage 1.13 and later (the reader asks the commit status endpoint)',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 17465,
        note: 'scaffolder fetch actions fail with 403 on the commit status endpoint after 1.13',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 24441,
        note: 'create-github-app does not request Commit statuses; TechDocs fails the same way',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 34268,
        note: 'a report of 403 and 404 from the endpoint in discovery',
      },
      {
        kind: 'pull',
        repo: 'backstage/backstage',
        number: 17472,
        note: 'Backstage docs list Commit statuses: Read for GitHub Apps',
      },
      urlReader,
    ],
    related: ['branch-with-slash', 'rate-limit-exceeded'],
  },
  {
    id: 'webhook-secret-unset',
    title: 'No webhook listener: events.modules.github.webhookSecret is unset',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'GitHub webhook deliveries get 404 from Backstage',
      'POST /api/events/http/github returns 404',
      'Registered /api/events/http/github to receive events is missing from the log',
      'webhook endpoint accepts any request without a signature',
    ],
    where: 'GitHub webhook settings → Recent Deliveries; backend log at start-up',
    area: 'catalog',
    causes: [
      {
        cause:
          'The GitHub events module adds its validated `github` endpoint only when `events.modules.github.webhookSecret` (or a GitHub App’s `webhookSecret` under `integrations.github[].apps`) has a value. A `${GITHUB_WEBHOOK_SECRET}` that is not exported removes the key, so no endpoint is registered and GitHub gets 404.',
        fix: 'Export the variable in the environment of the backend, restart, and look for `Registered /api/events/http/github to receive events` in the log.',
      },
      {
        cause:
          'The opposite trap: `events.http.topics: [github]` is set while the secret is unset. The events backend then opens `/api/events/http/github` **without any signature check**, and anyone who can reach it can publish events.',
        fix: 'Remove `github` from `events.http.topics` (the GitHub module registers the topic itself) and set the secret.',
      },
      {
        cause:
          'The events backend plugin, which serves `/api/events/http/…`, is not added to the backend, or GitHub cannot reach the URL (a `localhost` backend, a firewall).',
        fix: 'Add `@backstage/plugin-events-backend` and `@backstage/plugin-events-backend-module-github` to the backend, and use a URL GitHub can reach; the delivery page shows GitHub’s side of the error.',
      },
    ],
    preventedBy: [{ step: 6, anchor: '6-optional-react-to-pushes-with-webhooks' }],
    appliesTo: 'plugin-events-backend-module-github on the new backend system',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 26750,
        note: 'webhook setup with webhookSecret and http topics that does not refresh the catalog',
      },
      {
        kind: 'pull',
        repo: 'backstage/backstage',
        number: 30044,
        note: 'docs: the payload URL and the module configuration for GitHub discovery events',
      },
      eventsWebhookModule,
      eventsValidator,
      httpIngress,
      {
        kind: 'package',
        package: '@backstage/plugin-events-backend-module-github',
        version: '0.4.16',
        file: 'config.schema.json',
      },
    ],
    related: ['webhook-delivery-rejected', 'events-not-refreshing-catalog'],
  },
  {
    id: 'webhook-delivery-rejected',
    title: 'GitHub webhook deliveries rejected: invalid signature or unsupported media type',
    kind: 'message',
    messages: [
      {
        pattern: '{{"message":"invalid signature"}}',
        examples: ['{"message":"invalid signature"}'],
        printedBy: eventsValidator,
        versions: 'Response body with status 403',
      },
      {
        pattern:
          'Unsupported media type: {mediaType}. You need to provide a custom body parser for this media type using the EventsExtensionPoint.',
        examples: [
          'Unsupported media type: application/x-www-form-urlencoded. You need to provide a custom body parser for this media type using the EventsExtensionPoint.',
        ],
        printedBy: {
          kind: 'package',
          package: '@backstage/plugin-events-backend',
          version: '0.6.6',
          file: 'dist/service/http/errors.cjs.js',
        },
        versions: 'Response with status 415',
      },
    ],
    where: 'GitHub webhook settings → Recent Deliveries → Response',
    area: 'catalog',
    causes: [
      {
        cause:
          'The secret in the GitHub webhook differs from `events.modules.github.webhookSecret`: a typo, a trailing newline from a secret store, or a different value per environment. Requests without an `x-hub-signature-256` header are rejected too.',
        fix: 'Set the same value on both sides (**Edit** the webhook on GitHub and paste it again), restart the backend, then **Redeliver** a delivery.',
      },
      {
        cause:
          'The webhook belongs to a GitHub App, whose deliveries are signed with the App’s webhook secret. Backstage checks them against `integrations.github[].apps[].webhookSecret` of the App it finds through the installation, and otherwise against `events.modules.github.webhookSecret`.',
        fix: 'Put the App’s webhook secret into its `apps` entry (or make the module secret equal to it).',
      },
      {
        cause:
          'The webhook’s **Content type** is `application/x-www-form-urlencoded`, GitHub’s form default; the events backend only parses `application/json`.',
        fix: 'Edit the webhook and choose **application/json**.',
      },
      {
        cause:
          'A proxy in front of Backstage rewrites the body (re-encoding, changing line endings), so the signature no longer matches.',
        fix: 'Let the body pass through unchanged for `/api/events/http/github`.',
      },
    ],
    preventedBy: [{ step: 6, anchor: '6-optional-react-to-pushes-with-webhooks' }],
    appliesTo: 'plugin-events-backend-module-github (signature checks since late 2022)',
    sources: [
      {
        kind: 'pull',
        repo: 'backstage/backstage',
        number: 14689,
        note: 'adds the signature check for the github topic',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 26750,
        note: 'testing the endpoint by hand with a self-made signature',
      },
      eventsValidator,
      httpIngress,
      {
        kind: 'docs',
        url: 'https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries',
        title: 'GitHub Docs: Validating webhook deliveries',
      },
    ],
    related: ['webhook-secret-unset', 'events-not-refreshing-catalog'],
  },
  {
    id: 'events-not-refreshing-catalog',
    title: 'Webhook deliveries succeed, but the catalog does not change',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'webhook returns 202 accepted but nothing refreshes',
      'events arrive but the catalog is not updated',
      'new repository appears only after the next scheduled run',
      'push to catalog-info.yaml not picked up by the webhook',
    ],
    where: 'Catalog; GitHub shows `{"status":"accepted"}` for the deliveries',
    area: 'catalog',
    causes: [
      {
        cause:
          'The entities were registered by hand or by a template, not found by discovery. The GitHub entity provider reacts only to events for its own locations; refreshing, moving and unregistering any other location on GitHub events is done by the catalog’s SCM event handling, which `@backstage/plugin-catalog-backend` 3.4.0 introduced switched **off**.',
        fix: 'Set `catalog.scmEvents: true` (or pick `refresh`, `unregister` and `move` under it) with a current catalog GitHub module, which feeds the `github` topic into it.',
      },
      {
        cause:
          'Nothing turns the `github` topic into `github.push` and `github.repository`, the topics the discovery provider subscribes to. The router that does it ships in `@backstage/plugin-events-backend-module-github`; an endpoint opened only through `events.http.topics: [github]` publishes events the provider never sees.',
        fix: 'Add `@backstage/plugin-events-backend-module-github` to the backend (it registers the router and the validated endpoint).',
      },
      {
        cause:
          'The push is ignored on purpose: it is not on the branch the provider reads (`filters.branch`, else the default branch), the repository does not pass the provider’s filters, or it belongs to a user account or an organization that is not the provider’s `organization`. The provider logs these skips at debug level.',
        fix: 'Push to the branch the provider reads; start the backend with debug logging for the catalog to see `skipping push event …` lines.',
      },
      {
        cause:
          'A push only refreshes the locations of the files it modified, and adds or removes files matching `catalogPath`. A change elsewhere (or a new repository created without a catalog file) refreshes nothing until the next scheduled run.',
        fix: 'Keep a `schedule` on the provider as a safety net.',
      },
      {
        cause: 'The webhook does not send the events: it needs **Pushes** and **Repositories**.',
        fix: 'Edit the webhook and select those events.',
      },
    ],
    preventedBy: [{ step: 6, anchor: '6-optional-react-to-pushes-with-webhooks' }],
    appliesTo: 'GitHub entity provider with events (new backend system)',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 24734,
        note: 'event-based discovery did not create or update entities',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 26750,
        note: 'the endpoint answers accepted, but no catalog refresh',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 16084,
        note: 'what a push event refreshes immediately and what waits for the schedule',
      },
      entityProvider,
      {
        kind: 'package',
        package: '@backstage/plugin-events-backend-module-github',
        version: '0.4.16',
        file: 'dist/router/GithubEventRouter.cjs.js',
      },
      {
        kind: 'package',
        package: catalogGithub,
        version: catalogGithubVersion,
        file: 'dist/events/GithubScmEventsBridge.cjs.js',
      },
      {
        kind: 'package',
        package: catalogBackend,
        version: catalogBackendVersion,
        file: 'dist/util/readScmEventHandlingConfig.cjs.js',
      },
    ],
    related: ['webhook-secret-unset', 'entities-not-refreshing'],
  },
  {
    id: 'topic-filter-not-an-object',
    title: 'filters.topic written as a string',
    kind: 'message',
    messages: [
      {
        pattern:
          "Invalid type in config for key 'catalog.providers.github.{providerId}.filters.topic' in '{file}', got string, wanted object",
        examples: [
          "Invalid type in config for key 'catalog.providers.github.myOrgRepos.filters.topic' in 'app-config.yaml', got string, wanted object",
        ],
        printedBy: configReader,
      },
      {
        pattern:
          "Invalid type in config for key 'catalog.providers.github.{providerId}.filters.topic.{list}' in '{file}', got string, wanted string-array",
        examples: [
          "Invalid type in config for key 'catalog.providers.github.myOrgRepos.filters.topic.include' in 'app-config.yaml', got string, wanted string-array",
        ],
        printedBy: configReader,
      },
    ],
    where: 'Backend start-up (the catalog fails to start)',
    area: 'catalog',
    causes: [
      {
        cause:
          "`filters.topic` is a string, as in an example on the Backstage discovery page (`topic: 'backstage-exclude'`). The provider reads `filters.topic.include` and `filters.topic.exclude`, lists of topics.",
        fix: 'Write `topic: { exclude: [backstage-exclude] }` (or `include`).',
      },
      {
        cause: '`include` or `exclude` holds a single string instead of a list.',
        fix: 'Use a list even for one topic: `include: [backstage]`.',
      },
    ],
    preventedBy: [{ step: 6, anchor: '4-narrow-the-scan-with-filters' }],
    appliesTo: 'all releases with topic filters',
    sources: [
      {
        kind: 'pull',
        repo: 'backstage/backstage',
        number: 1363,
        note: 'introduces this TypeError wording with the key and the file',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 22240,
        note: 'the same TypeError for another key, backend.listen',
      },
      configReader,
      providerConfig,
      discoveryDocs,
    ],
    related: ['validate-locations-exist-with-glob'],
  },
  {
    id: 'validate-locations-exist-with-glob',
    title: 'validateLocationsExist with a wildcard catalogPath',
    kind: 'message',
    messages: [
      {
        pattern:
          'Error while processing GitHub provider config. The catalog path {catalogPath} contains a wildcard, which is incompatible with validation of locations existing before emitting them. Ensure that validateLocationsExist is set to false.',
        examples: [
          'Error while processing GitHub provider config. The catalog path /**/catalog-info.yaml contains a wildcard, which is incompatible with validation of locations existing before emitting them. Ensure that validateLocationsExist is set to false.',
        ],
        printedBy: providerConfig,
      },
    ],
    where: 'Backend start-up',
    area: 'catalog',
    causes: [
      {
        cause:
          '`validateLocationsExist: true` asks GitHub, during the repository listing, whether the file at `catalogPath` exists; that lookup takes one exact path, so any `*` in `catalogPath` is refused.',
        fix: 'Choose one: keep the glob and set `validateLocationsExist: false` (missing files are skipped silently anyway, since the locations are optional), or keep the validation and use an exact path such as `/catalog-info.yaml`.',
      },
    ],
    preventedBy: [{ step: 6, anchor: '3-configure-an-entity-provider' }],
    appliesTo: 'GitHub entity provider with validateLocationsExist',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 15810,
        note: 'a maintainer explains validateLocationsExist',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 12992,
        note: 'wildcard catalogPath support in the GitHub entity provider',
      },
      providerConfig,
      {
        kind: 'package',
        package: catalogGithub,
        version: catalogGithubVersion,
        file: 'dist/lib/github.cjs.js',
      },
    ],
    related: ['topic-filter-not-an-object', 'discovery-imported-nothing'],
  },
  {
    id: 'location-already-exists',
    title: 'Location … already exists',
    kind: 'message',
    messages: [
      {
        pattern: 'Location {type}:{target} already exists',
        examples: [
          'Location url:https://github.com/Navdeep-12/Backstage/blob/main/catalog-info.yaml already exists',
        ],
        printedBy: {
          kind: 'package',
          package: catalogBackend,
          version: catalogBackendVersion,
          file: 'dist/providers/DefaultLocationStore.cjs.js',
        },
        versions: 'ConflictError, HTTP 409 from POST /api/catalog/locations',
      },
    ],
    where: 'Register an existing component page, `catalog:register` in templates',
    area: 'catalog',
    causes: [
      {
        cause:
          'The exact URL is already registered as a location: someone registered it before, or a template’s `catalog:register` step ran for a repository that is already in the catalog.',
        fix: 'Nothing needs registering: find the Location entity in the catalog (**Kind: Location**) and use **Schedule entity refresh** on it, or unregister it first if you want to register it again.',
      },
    ],
    preventedBy: [{ step: 5, anchor: '2-register-it' }],
    appliesTo: 'all releases of the current catalog',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 22669,
        note: 'the ConflictError on the review step of Register an existing component',
      },
    ],
    related: ['conflicting-entity-refs', 'register-existing-component-opens-pull-request'],
  },
  {
    id: 'orphaned-entities',
    title: 'Entities left orphaned, or deleted as orphans',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'entity shows backstage.io/orphan',
      'removed catalog-info.yaml but the entity is still in the catalog',
      'entities disappeared after moving or renaming catalog-info.yaml',
      'Deleted 3 orphaned entities in the log',
      'entity registered from a feature branch breaks after the branch is deleted',
    ],
    where: 'Catalog (entity page banner, `backstage.io/orphan` annotation); backend log',
    area: 'catalog',
    causes: [
      {
        cause:
          "The file was moved, renamed or deleted, or discovery stopped listing the repository (filters changed, repository archived or transferred). The entity is no longer emitted by any location and becomes an orphan. Since `@backstage/plugin-catalog-backend` 3.0.0, `catalog.orphanStrategy` defaults to `delete` and a cleanup task removes orphans (`Deleted <n> orphaned entities`); with `keep` they stay, annotated `backstage.io/orphan: 'true'`.",
        fix: 'To keep the entity, register its new location (or widen the filters). To remove a kept orphan, use **Unregister entity** on its page. Choose `catalog.orphanStrategy` explicitly so upgrades do not surprise you.',
      },
      {
        cause:
          'A template registered the new component with a URL on a temporary branch; after the branch is deleted, reads fail and the entity keeps its last data with an error instead of updating.',
        fix: 'Register the URL on the default branch (`…/blob/main/catalog-info.yaml`) and unregister the old location.',
      },
    ],
    preventedBy: [
      { step: 5, anchor: '2-register-it' },
      { step: 6, anchor: '3-configure-an-entity-provider' },
    ],
    appliesTo:
      'Deletion by default: plugin-catalog-backend 3.0.0 and later; `keep` was the default before',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 23919,
        note: 'an entity registered from a branch that was deleted afterwards',
      },
      {
        kind: 'package',
        package: catalogBackend,
        version: catalogBackendVersion,
        file: 'dist/processing/DefaultCatalogProcessingEngine.cjs.js',
      },
      {
        kind: 'docs',
        url: 'https://backstage.io/docs/features/software-catalog/life-of-an-entity/#orphaning',
        title: 'Backstage docs: The Life of an Entity, orphaning',
      },
    ],
    related: ['users-and-groups-wiped', 'entities-not-refreshing'],
  },
  {
    id: 'entities-not-refreshing',
    title: 'Entities do not pick up changes to catalog-info.yaml',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'changes to catalog-info.yaml are not showing',
      'Schedule entity refresh does nothing',
      'entity data is stale',
      'catalog updates take hours',
    ],
    where: 'Catalog entity pages',
    area: 'catalog',
    causes: [
      {
        cause:
          'The edit is on another branch than the one the location reads: a registered URL names its branch (`…/blob/main/…`), discovery reads the default branch or `filters.branch`.',
        fix: 'Open the Location’s `target` URL and check that it shows your change; merge to that branch.',
      },
      {
        cause:
          'The entity has a processing error, so the catalog keeps the last good version: invalid YAML, a kind not allowed by `catalog.rules`, a read that now fails (the entity page shows such errors in a panel above the overview).',
        fix: 'Fix the error shown there; the next processing run applies the file.',
      },
      {
        cause:
          'The processing loop is behind. Every entity is reprocessed every 100 to 150 seconds by default (`catalog.processingInterval`); with many entities and rate limits the queue falls behind and changes take much longer.',
        fix: 'Give the catalog more time per cycle (`catalog.processingInterval: { hours: 1 }`, as a maintainer suggests), add replicas, and use GitHub events for prompt updates ([step 6](/guide/discover-repositories#6-optional-react-to-pushes-with-webhooks)).',
      },
    ],
    preventedBy: [
      { step: 5, anchor: 'check-that-it-works' },
      { step: 6, anchor: '6-optional-react-to-pushes-with-webhooks' },
    ],
    appliesTo: 'all releases of the current catalog',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 21820,
        note: 'Schedule entity refresh shows stale data',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 29448,
        note: 'a maintainer: the processing queue is behind; raise catalog.processingInterval, use events',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 12333,
        note: 'an invalid catalog-info.yaml keeps failing until fixed',
      },
      {
        kind: 'package',
        package: catalogBackend,
        version: catalogBackendVersion,
        file: 'dist/service/CatalogBuilder.cjs.js',
      },
    ],
    related: ['events-not-refreshing-catalog', 'orphaned-entities'],
  },
];
