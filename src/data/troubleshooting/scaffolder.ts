import type { Source, TroubleshootingEntry } from './types';

/*
 * Software template (scaffolder) failures with GitHub. Backstage's wording is
 * checked in the published packages of Backstage 1.55:
 * plugin-scaffolder-backend 4.3.0, plugin-scaffolder-node 1.0.0 and
 * plugin-scaffolder-backend-module-github 0.10.4. Error texts of GitHub calls
 * go through Octokit: with @octokit/request 8.2.0 and later (any current
 * install) GitHub's documentation URL follows the message after " - ".
 */

const moduleGithub = '@backstage/plugin-scaffolder-backend-module-github';
const moduleGithubVersion = '0.10.4';

const helpers: Source = {
  kind: 'package',
  package: moduleGithub,
  version: moduleGithubVersion,
  file: 'dist/actions/helpers.cjs.js',
};
const util: Source = {
  kind: 'package',
  package: moduleGithub,
  version: moduleGithubVersion,
  file: 'dist/util.cjs.js',
};
const gitHelpers: Source = {
  kind: 'package',
  package: moduleGithub,
  version: moduleGithubVersion,
  file: 'dist/actions/gitHelpers.cjs.js',
};
const pullRequestAction: Source = {
  kind: 'package',
  package: moduleGithub,
  version: moduleGithubVersion,
  file: 'dist/actions/githubPullRequest.cjs.js',
};
const scaffolderNodeGit: Source = {
  kind: 'package',
  package: '@backstage/plugin-scaffolder-node',
  version: '1.0.0',
  file: 'dist/scm/git.cjs.js',
};
const appPermissionsDocs: Source = {
  kind: 'docs',
  url: 'https://backstage.io/docs/integrations/github/github-apps#app-permissions',
  title: 'Backstage docs: GitHub Apps, app permissions',
};

/** Troubleshooting entries of the `scaffolder` area (see `types.ts`). */
export const scaffolderEntries: readonly TroubleshootingEntry[] = [
  {
    id: 'resource-not-accessible',
    title: 'Resource not accessible by integration',
    kind: 'message',
    messages: [
      {
        pattern:
          'Failed to create the Organization repository {owner}/{repo}, Resource not accessible by integration - {docsUrl}',
        examples: [
          'Failed to create the Organization repository acme/payments-service, Resource not accessible by integration - https://docs.github.com/rest/repos/repos#create-an-organization-repository',
        ],
        printedBy: helpers,
        versions: 'publish:github and github:repo:create with @octokit/request 8.2.0 and later',
      },
      {
        pattern:
          'Failed to create the Organization repository {owner}/{repo}, Resource not accessible by integration',
        examples: [
          'Failed to create the Organization repository acme/payments-service, Resource not accessible by integration',
        ],
        printedBy: helpers,
        versions: 'with @octokit/request before 8.2.0',
      },
      {
        pattern:
          'The GitHub app or token provided may not have the required permissions to create the Organization repository {owner}/{repo}.',
        examples: [
          'The GitHub app or token provided may not have the required permissions to create the Organization repository acme/payments-service.',
        ],
        printedBy: helpers,
        versions:
          'Logged only when GitHub’s message arrives bare, that is with @octokit/request before 8.2.0; current installs append the documentation URL and skip this hint',
      },
      {
        pattern: 'Resource not accessible by integration - {docsUrl}',
        examples: [
          'Resource not accessible by integration - https://docs.github.com/rest/deployments/environments#create-or-update-an-environment',
        ],
        printedBy: {
          kind: 'github',
          surface: 'REST API 403 response body, formatted by @octokit/request 8.2 and later',
        },
        versions: 'Other GitHub actions of templates on a current install',
      },
      {
        pattern: 'Resource not accessible by integration',
        examples: ['Resource not accessible by integration'],
        printedBy: { kind: 'github', surface: 'REST API 403 response body' },
      },
    ],
    where: 'Template run log (the failing step), backend log',
    area: 'scaffolder',
    causes: [
      {
        cause:
          'The GitHub App lacks **Administration: Read and write**. Creating a repository is an Administration call, and so are the other repository settings the GitHub actions make: collaborators and team access, branch protection and rulesets (`github:branch-protection:create`, `github:repo:rulesets:create`), autolinks, deploy keys, and **creating deployment environments** with their branch policies (`github:environment:create`). An App made with `backstage-cli create-github-app` does not request Administration at all.',
        fix: 'In the App’s settings, **Permissions & events**, set Administration to Read and write. An organization owner must then **accept the new permissions** on the installation; until then the old ones apply. Run the template again.',
      },
      {
        cause:
          'Another permission is missing for what the step does: pushing the generated files needs **Contents: Read and write** (plus **Workflows: write** for files under `.github/workflows/`); `publish:github:pull-request` needs **Pull requests: Read and write**; `github:issues:*` **Issues**; `repoVariables` **Variables**; `secrets` **Secrets** (and `github:deployKey:create` stores its key as a secret); environment variables and secrets **Environments**; `github:actions:dispatch` **Actions**; `github:webhook` **Webhooks**; `github:pages:enable` **Pages**. `fetch:template` reading a template folder from GitHub also needs **Commit statuses: Read**.',
        fix: 'Grant the permission named for the failing step; the documentation URL in the message names the endpoint, and the response header `x-accepted-github-permissions` the permission it accepts. The [permissions matrix](/reference/permissions) lists each feature.',
      },
      {
        cause:
          'The owner in `repoUrl` is a **user account**, not an organization: installation tokens cannot create repositories there.',
        fix: 'See [publishing to a personal account](/troubleshooting#publish-to-user-account).',
      },
      {
        cause:
          'The credential is a personal access token, not the App (the App is not installed for that owner, or the template passes `token`). Classic tokens get other errors; a fine-grained token gets `Resource not accessible by personal access token`.',
        fix: 'See [Resource not accessible by personal access token](/troubleshooting#resource-not-accessible-by-pat); a classic token can do no more than its user, who must be allowed to create repositories in the organization.',
      },
    ],
    preventedBy: [
      { step: 8, anchor: '2-grant-the-permissions-repository-creation-needs' },
      { step: 9, anchor: '2-set-the-apps-permissions' },
    ],
    appliesTo: 'all releases; the hint line only with @octokit/request before 8.2.0',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 25689,
        note: 'publish:github fails with Resource not accessible by integration',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 30530,
        note: 'create-github-app does not request the permissions templates need',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 24441,
        note: 'create-github-app permissions, commit statuses',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 2386,
        note: 'a personal token whose user may not create repositories in the organization',
      },
      helpers,
      {
        kind: 'package',
        package: moduleGithub,
        version: moduleGithubVersion,
        file: 'dist/actions/githubEnvironment.cjs.js',
      },
      appPermissionsDocs,
      {
        kind: 'docs',
        url: 'https://docs.github.com/en/rest/authentication/permissions-required-for-github-apps',
        title: 'GitHub Docs: Permissions required for GitHub Apps',
      },
    ],
    related: [
      'resource-not-accessible-by-pat',
      'publish-to-user-account',
      'workflow-push-refused',
      'app-has-no-access-to-repository',
    ],
  },
  {
    id: 'action-not-registered',
    title: 'Template action with ID … is not registered',
    kind: 'message',
    messages: [
      {
        pattern:
          "Template action with ID '{actionId}' is not registered. See https://backstage.io/docs/features/software-templates/builtin-actions/ on how to add a new action module.",
        examples: [
          "Template action with ID 'publish:github' is not registered. See https://backstage.io/docs/features/software-templates/builtin-actions/ on how to add a new action module.",
        ],
        printedBy: {
          kind: 'package',
          package: '@backstage/plugin-scaffolder-backend',
          version: '4.3.0',
          file: 'dist/scaffolder/actions/TemplateActionRegistry.cjs.js',
        },
        versions: 'plugin-scaffolder-backend 1.29.0 and later (around Backstage 1.35)',
      },
      {
        pattern: "Template action with ID '{actionId}' is not registered.",
        examples: ["Template action with ID 'publish:github' is not registered."],
        printedBy: {
          kind: 'package',
          package: '@backstage/plugin-scaffolder-backend',
          version: '1.26.3',
          file: 'dist/scaffolder/actions/TemplateActionRegistry.cjs.js',
        },
        versions: 'plugin-scaffolder-backend 1.26 and earlier',
      },
    ],
    where: 'Template run log, at the step that uses the action',
    area: 'scaffolder',
    causes: [
      {
        cause:
          'The backend does not load the module that provides the action. The GitHub actions (`publish:github`, `github:*`) live in `@backstage/plugin-scaffolder-backend-module-github`; apps created before create-app added it (late 2024), and apps where the line was removed, do not have them.',
        fix: "Run `yarn --cwd packages/backend add @backstage/plugin-scaffolder-backend-module-github`, add `backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));` to `packages/backend/src/index.ts`, and restart.",
      },
      {
        cause:
          'The action id is misspelled or belongs to a newer module version (for example `github:repo:rulesets:create`, added in 0.10.2).',
        fix: 'Open `/create/actions` in Backstage: it lists every installed action with its inputs. Fix the id or upgrade the module.',
      },
    ],
    preventedBy: [{ step: 8, anchor: '1-confirm-the-scaffolder-github-module-is-installed' }],
    appliesTo: 'all releases of the new backend system',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 23820,
        note: 'the example template fails on publish:github; a maintainer: add the GitHub module',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 23824,
        note: 'the same error after following the tutorial; the missing backend.add line',
      },
      {
        kind: 'pull',
        repo: 'backstage/backstage',
        number: 27983,
        note: 'adds the GitHub module to create-app and the docs link to the message',
      },
    ],
  },
  {
    id: 'repository-not-found-after-creation',
    title: 'Push to the new repository fails with 404 right after it was created',
    kind: 'message',
    messages: [
      {
        pattern: 'Git push failed (attempt {attempt}/{attempts}), retrying in {delay}ms: {error}',
        examples: ['Git push failed (attempt 1/6), retrying in 2131ms: HTTP Error: 404 Not Found'],
        printedBy: scaffolderNodeGit,
        versions: 'plugin-scaffolder-node 0.13.4 and later retry the push up to five times',
      },
      {
        pattern: 'HTTP Error: 404 Not Found',
        examples: ['HTTP Error: 404 Not Found'],
        printedBy: {
          kind: 'package',
          package: 'isomorphic-git',
          version: '1.44.19',
          file: 'index.cjs (HttpError)',
        },
        versions: 'The final error, and the only one before plugin-scaffolder-node 0.13.4',
      },
    ],
    symptoms: [
      'repository created but empty',
      'publish:github creates the repository, then the push fails',
      'template fails only sometimes right after creating the repository',
    ],
    where: 'Template run log (publish:github, github:repo:push)',
    area: 'scaffolder',
    causes: [
      {
        cause:
          'GitHub confirms the new repository before its Git endpoint accepts pushes, so a push that follows at once can get 404. Older releases pushed once and failed, leaving an empty repository behind.',
        fix: 'Upgrade: plugin-scaffolder-node 0.13.4 and later retry the push with growing delays (the warning lines above), and fail at once only on authentication errors. On older releases, split the step into `github:repo:create`, a `debug:wait` step of a few seconds, and `github:repo:push`; delete the empty repository before rerunning.',
      },
      {
        cause:
          'Steps that act on the new repository later hit the same delay; `github:environment:create` waits two seconds before it starts, and branch protection is retried once when GitHub reports `Branch not found`.',
        fix: 'Put such steps after the push; the built-in waits cover the usual case.',
      },
      {
        cause:
          'The 404 stays after every retry: the credential that pushes cannot see the repository, for example a fine-grained token limited to selected repositories, or a user token without access to the new repository.',
        fix: 'Use a credential with access to all repositories of the owner ([step 8](/guide/software-templates#2-grant-the-permissions-repository-creation-needs)).',
      },
    ],
    preventedBy: [{ step: 8, anchor: 'check-that-it-works' }],
    appliesTo: 'all releases; automatic retries since plugin-scaffolder-node 0.13.4',
    sources: [
      {
        kind: 'pull',
        repo: 'backstage/backstage',
        number: 34295,
        note: 'adds the retry with backoff to Git.push() for repositories not yet provisioned',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 25821,
        note: 'the race after repository creation; a maintainer cites GitHub’s advice to wait',
      },
      scaffolderNodeGit,
      gitHelpers,
      {
        kind: 'package',
        package: moduleGithub,
        version: moduleGithubVersion,
        file: 'dist/actions/githubEnvironment.cjs.js',
      },
    ],
    related: ['repository-already-exists', 'git-push-connection-reset'],
  },
  {
    id: 'publish-to-user-account',
    title: 'Publishing to a personal account owner',
    kind: 'message',
    messages: [
      {
        pattern:
          'Failed to create the User repository {owner}/{repo}, Resource not accessible by integration - {docsUrl}',
        examples: [
          'Failed to create the User repository jdoe/playground, Resource not accessible by integration - https://docs.github.com/rest/repos/repos#create-a-repository-for-the-authenticated-user',
        ],
        printedBy: helpers,
        versions: '@octokit/request 8.2.0 and later',
      },
      {
        pattern:
          'The GitHub app or token provided may not have the required permissions to create the User repository {owner}/{repo}.',
        examples: [
          'The GitHub app or token provided may not have the required permissions to create the User repository jdoe/playground.',
        ],
        printedBy: helpers,
        versions: 'Logged only with @octokit/request before 8.2.0',
      },
    ],
    symptoms: [
      'repository was created under the wrong user account',
      'template created the repository in the token owner’s account instead of mine',
      'GitHub App cannot create repositories in my personal account',
    ],
    where: 'Template run log (publish:github, github:repo:create)',
    area: 'scaffolder',
    causes: [
      {
        cause:
          'The owner in `repoUrl` is a user, and the credential is a GitHub App installation token. For a user owner, `publish:github` calls GitHub’s “create a repository for the authenticated user” endpoint, which installation tokens cannot use: GitHub answers 403.',
        fix: 'Create the repository in an organization where the App is installed, or let the user’s own token create it ([step 8, task 4](/guide/software-templates#4-optional-act-with-the-users-own-token)), or keep a personal access token for personal repositories.',
      },
      {
        cause:
          'The credential is a personal access token and the owner picked in the form is another user. The same endpoint always creates the repository for the token’s owner, so it silently lands in the token owner’s account (or fails with `name already exists on this account`).',
        fix: 'With a personal access token, only pick the token owner’s login; for everyone else, use the user’s own token (`requestUserCredentials`) or an organization.',
      },
    ],
    preventedBy: [{ step: 8, anchor: '5-organization-or-personal-account' }],
    appliesTo: 'all releases (publish:github chooses the endpoint by owner type)',
    sources: [
      {
        kind: 'issue',
        repo: 'gr2m/helpdesk',
        number: 64,
        note: 'a GitHub App gets 403 Resource not accessible by integration from create-a-repository-for-the-authenticated-user',
      },
      {
        kind: 'pull',
        repo: 'kortix-ai/suna',
        number: 7445,
        note: 'installation tokens are accepted by POST /orgs/{org}/repos but not by POST /user/repos',
      },
      helpers,
      {
        kind: 'docs',
        url: 'https://docs.github.com/en/rest/authentication/endpoints-available-for-github-app-installation-access-tokens',
        title: 'GitHub Docs: Endpoints available for GitHub App installation access tokens',
      },
    ],
    related: ['resource-not-accessible', 'user-token-not-used', 'repository-already-exists'],
  },
  {
    id: 'user-token-not-used',
    title: 'The template does not act with the user’s own token',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'template still uses the integration token although requestUserCredentials is set',
      'repository created by the bot account instead of me',
      'secrets.USER_OAUTH_TOKEN is empty',
      'additionalScopes workflow is not requested on sign-in',
    ],
    where: 'Template run log; GitHub shows the integration’s account or App as the actor',
    area: 'scaffolder',
    causes: [
      {
        cause:
          'The step does not pass the token. `RepoUrlPicker` with `requestUserCredentials` only stores the user’s token as a secret; an action uses it only when its `token` input is set, and otherwise falls back to the integration without saying so.',
        fix: 'Add `token: ${{ secrets.USER_OAUTH_TOKEN }}` to every GitHub step (and to `fetch:*` steps that read from GitHub), with the same name as `secretsKey`. To make a forgotten `token` an error, set `scaffolder.requireScmUserCredentials: true`.',
      },
      {
        cause:
          'The secret is empty: `secretsKey` differs from the name used in the step, or the form never fetched a token because host, owner and repository were not all filled in.',
        fix: 'Use one name in both places and check the step’s input in the task’s log.',
      },
      {
        cause:
          'Sign-in uses a GitHub App: `additionalScopes` has no effect, because an App’s user token has the App’s permissions. A session created before you added a scope may also still hold a token without it.',
        fix: 'Grant the App the permissions the template needs (for example **Workflows**); with an OAuth App, sign out of GitHub in Backstage and sign in again after changing `additionalScopes`.',
      },
    ],
    preventedBy: [{ step: 8, anchor: '4-optional-act-with-the-users-own-token' }],
    appliesTo: 'all releases with requestUserCredentials',
    sources: [
      {
        kind: 'pull',
        repo: 'backstage/backstage',
        number: 9168,
        note: 'introduces requestUserCredentials and templating of secrets into inputs',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 28700,
        note: 'the GitHub authenticator does not refresh credentials when scopes change (OAuth Apps)',
      },
      util,
      {
        kind: 'package',
        package: '@backstage/plugin-scaffolder',
        version: '1.41.0',
        file: 'dist/index.d.ts',
      },
    ],
    related: ['require-scm-user-credentials', 'workflow-push-refused', 'bad-credentials'],
  },
  {
    id: 'workflow-push-refused',
    title: 'Refusing to allow … to create or update workflow',
    kind: 'message',
    messages: [
      {
        pattern:
          'refusing to allow an OAuth App to create or update workflow `{path}` without `workflow` scope',
        examples: [
          'refusing to allow an OAuth App to create or update workflow `.github/workflows/ci.yml` without `workflow` scope',
        ],
        printedBy: { kind: 'github', surface: 'Git push rejection (user token of an OAuth App)' },
      },
      {
        pattern:
          'refusing to allow a Personal Access Token to create or update workflow `{path}` without `workflow` scope',
        examples: [
          'refusing to allow a Personal Access Token to create or update workflow `.github/workflows/something.yaml` without `workflow` scope',
        ],
        printedBy: {
          kind: 'github',
          surface: 'Git push rejection (classic personal access token)',
        },
      },
      {
        pattern:
          'refusing to allow a GitHub App to create or update workflow `{path}` without `workflows` permission',
        examples: [
          'refusing to allow a GitHub App to create or update workflow `.github/workflows/dlc.yml` without `workflows` permission',
        ],
        printedBy: {
          kind: 'github',
          surface: 'Git push rejection (installation token or user token of a GitHub App)',
        },
      },
    ],
    where:
      'Template run log; the scaffolder reports it as `One or more branches were not updated:` followed by the branch and GitHub’s reason',
    area: 'scaffolder',
    causes: [
      {
        cause:
          'The template skeleton contains files under `.github/workflows/`, and GitHub refuses any push that adds or changes them unless the credential may write workflows. A classic token needs the `workflow` scope; a fine-grained token or a GitHub App the **Workflows** permission (write is its only level).',
        fix: 'Add `workflow` to the classic token, or **Workflows** to the fine-grained token or App (an organization owner must accept new App permissions on the installation).',
      },
      {
        cause:
          'The push uses the **user’s** token (`requestUserCredentials`) and the sign-in OAuth App was not asked for `workflow`.',
        fix: 'Add `additionalScopes: { github: [workflow] }` to the `RepoUrlPicker`, then have users sign out of GitHub in Backstage and sign in again so the new scope is granted.',
      },
    ],
    preventedBy: [
      { step: 2, anchor: 'create-the-token' },
      { step: 8, anchor: '2-grant-the-permissions-repository-creation-needs' },
      { step: 8, anchor: '4-optional-act-with-the-users-own-token' },
    ],
    appliesTo: 'all releases (a GitHub rule)',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 28700,
        note: 'a template pushing a workflow with the user’s OAuth token after the scopes changed',
      },
      {
        kind: 'pull',
        repo: 'backstage/backstage',
        number: 10239,
        note: 'the scope is workflow, not workflow:write',
      },
      {
        kind: 'issue',
        repo: 'gitpod-io/gitpod',
        number: 1188,
        note: 'the OAuth App wording',
      },
      {
        kind: 'pull',
        repo: 'kbrashears5/github-action-file-sync',
        number: 18,
        note: 'the Personal Access Token wording',
      },
      {
        kind: 'issue',
        repo: 'repo-sync/github-sync',
        number: 23,
        note: 'the GitHub App wording',
      },
      {
        kind: 'package',
        package: 'isomorphic-git',
        version: '1.44.19',
        file: 'index.cjs (GitPushError: One or more branches were not updated)',
      },
    ],
    related: ['user-token-not-used', 'resource-not-accessible'],
  },
  {
    id: 'no-integration-for-host',
    title: 'No integration for host',
    kind: 'message',
    messages: [
      {
        pattern: 'No integration for host {host}',
        examples: ['No integration for host gitlab.example.com'],
        printedBy: util,
      },
      {
        pattern:
          'No matching integration configuration for host {host}, please check your integrations config',
        examples: [
          'No matching integration configuration for host ghe.example.net, please check your integrations config',
        ],
        printedBy: {
          kind: 'package',
          package: '@backstage/plugin-scaffolder-node',
          version: '1.0.0',
          file: 'dist/actions/util.cjs.js',
        },
      },
    ],
    where: 'Template run log, at the first step that uses `repoUrl`',
    area: 'scaffolder',
    causes: [
      {
        cause:
          'The host in `repoUrl` has no entry under `integrations` at all, typically a GitHub Enterprise Server host that was never added (`github.com` is added automatically, other hosts are not).',
        fix: 'Add `integrations.github: [{ host: ghe.example.net, apiBaseUrl: https://ghe.example.net/api/v3, token: … }]` ([step 10](/guide/production#github-enterprise-server)).',
      },
      {
        cause:
          'The host is configured, but for another provider (for example under `integrations.gitlab`), while the step uses a GitHub action such as `publish:github`.',
        fix: 'Use the action for that provider (`publish:gitlab`), or fix the host the form produces.',
      },
      {
        cause: '`RepoUrlPicker` offers a host in `allowedHosts` that the backend does not know.',
        fix: 'Keep `allowedHosts` to hosts that have an integration entry.',
      },
    ],
    preventedBy: [
      { step: 8, anchor: '3-write-a-template-that-publishes-to-github' },
      { step: 10, anchor: 'github-enterprise-server' },
    ],
    appliesTo: 'all releases of the GitHub scaffolder module',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/software-templates',
        number: 24,
        note: 'InputError: No integration for host when the host is configured as GitLab',
      },
      util,
      {
        kind: 'package',
        package: '@backstage/plugin-scaffolder-node',
        version: '1.0.0',
        file: 'dist/actions/util.cjs.js',
      },
    ],
    related: ['no-token-available', 'no-integration-matches'],
  },
  {
    id: 'require-scm-user-credentials',
    title: 'No user credentials provided for host … requireScmUserCredentials is enabled',
    kind: 'message',
    messages: [
      {
        pattern:
          'No user credentials provided for host {host}, but scaffolder.requireScmUserCredentials is enabled',
        examples: [
          'No user credentials provided for host github.com, but scaffolder.requireScmUserCredentials is enabled',
        ],
        printedBy: util,
        versions:
          'plugin-scaffolder-backend-module-github 0.10.0 and later; the fetch actions of plugin-scaffolder-backend 4.2.0 and later print the same text',
      },
    ],
    where: 'Template run log',
    area: 'scaffolder',
    causes: [
      {
        cause:
          '`scaffolder.requireScmUserCredentials: true` is set and a GitHub step has no `token` input, so it may not fall back to the integration’s credential.',
        fix: 'Request the user’s token with `RepoUrlPicker` `requestUserCredentials` and pass `token: ${{ secrets.<secretsKey> }}` to the step.',
      },
      {
        cause:
          'The failing step is a `fetch:template` or `fetch:plain` that reads the template or skeleton from GitHub: with the option on, reads from GitHub and GitLab need the user’s token too (plugin-scaffolder-backend 4.3.0 checks the host the fetch URL resolves to).',
        fix: 'Pass the same `token` to the fetch steps, or keep templates in the backend’s file system.',
      },
    ],
    preventedBy: [{ step: 8, anchor: '4-optional-act-with-the-users-own-token' }],
    appliesTo: 'plugin-scaffolder-backend-module-github 0.10.0 and later',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 22867,
        note: 'the request for an option that forces user tokens in scaffolder actions',
      },
      util,
      pullRequestAction,
      {
        kind: 'package',
        package: '@backstage/plugin-scaffolder-backend',
        version: '4.3.0',
        file: 'dist/scaffolder/actions/builtin/fetch/assertScmUserCredentials.cjs.js',
      },
    ],
    related: ['user-token-not-used'],
  },
  {
    id: 'reference-already-exists',
    title: 'Rerunning publish:github:pull-request: pull request or reference already exists',
    kind: 'message',
    messages: [
      {
        pattern:
          '[octokit-plugin-create-pull-request] Pull request already exists: {url}. Set update=true to enable updating',
        examples: [
          '[octokit-plugin-create-pull-request] Pull request already exists: https://github.com/acme/infrastructure/pull/42. Set update=true to enable updating',
        ],
        printedBy: {
          kind: 'package',
          package: 'octokit-plugin-create-pull-request',
          version: '5.1.1',
          file: 'dist-node/index.js',
        },
        versions: 'octokit-plugin-create-pull-request 3.12 and later (module-github uses ^5)',
      },
      {
        pattern: 'Reference already exists - {docsUrl}',
        examples: [
          'Reference already exists - https://docs.github.com/rest/git/refs#create-a-reference',
        ],
        printedBy: {
          kind: 'github',
          surface: 'REST API 422 response body, formatted by @octokit/request 8.2 and later',
        },
      },
      {
        pattern: 'Reference already exists',
        examples: ['Reference already exists'],
        printedBy: { kind: 'github', surface: 'REST API 422 response body' },
        versions:
          'octokit-plugin-create-pull-request before 3.12 tried to create the branch even when it existed',
      },
    ],
    where: 'Template run log, wrapped as `Pull request creation failed; caused by …`',
    area: 'scaffolder',
    causes: [
      {
        cause:
          'The template ran before with the same `branchName` and its pull request is still open. Current releases refuse to touch it unless asked to.',
        fix: 'Set `update: true` on the `publish:github:pull-request` step to update the open pull request, or make `branchName` unique per run (for example include a parameter or `${{ context.task.id }}`).',
      },
      {
        cause:
          'Older releases created the branch without checking, so any existing branch of that name failed with `Reference already exists`.',
        fix: 'Upgrade, or delete the stale branch, or use a unique `branchName`.',
      },
    ],
    preventedBy: [{ step: 8, anchor: '3-write-a-template-that-publishes-to-github' }],
    appliesTo: 'publish:github:pull-request',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 17911,
        note: 'Pull request already exists when rerunning a template; no way to set update',
      },
      {
        kind: 'issue',
        repo: 'gr2m/octokit-plugin-create-pull-request',
        number: 59,
        note: 'the plugin failing with Reference already exists on an existing branch',
      },
      pullRequestAction,
    ],
    related: ['secondary-rate-limit'],
  },
  {
    id: 'branch-protection-requires-pro',
    title: 'Branch protection needs GitHub Pro for private repositories',
    kind: 'message',
    messages: [
      {
        pattern:
          'Branch protection was not enabled as it requires GitHub Pro for private repositories',
        examples: [
          'Branch protection was not enabled as it requires GitHub Pro for private repositories',
        ],
        printedBy: gitHelpers,
        versions: 'A warning: the repository is created, unprotected',
      },
      {
        pattern: 'Upgrade to GitHub Pro or make this repository public to enable this feature.',
        examples: ['Upgrade to GitHub Pro or make this repository public to enable this feature.'],
        printedBy: {
          kind: 'github',
          surface: 'REST API 403 response body (branch protection, rulesets)',
        },
      },
    ],
    symptoms: ['private repository created without branch protection'],
    where: 'Template run log',
    area: 'scaffolder',
    causes: [
      {
        cause:
          'The owner is on GitHub Free and the new repository is private: GitHub offers branch protection and rulesets for private repositories only on paid plans. `publish:github` protects the default branch by default, so it logs the warning and carries on without protection.',
        fix: 'Make the repository public, move it to an organization on a paid plan, or set `protectDefaultBranch: false` to state that you do not expect protection.',
      },
      {
        cause:
          '`github:repo:rulesets:create` on such a repository fails with GitHub’s 403 instead of a warning.',
        fix: 'Remove the step for private repositories on free plans.',
      },
    ],
    preventedBy: [{ step: 8, anchor: '3-write-a-template-that-publishes-to-github' }],
    appliesTo: 'all releases (a GitHub plan limit)',
    sources: [
      {
        kind: 'issue',
        repo: 'OpenDigitalProductFactory/opendigitalproductfactory',
        number: 103,
        note: 'HTTP 403 Upgrade to GitHub Pro … when protecting a private repository on GitHub Free',
      },
      {
        kind: 'issue',
        repo: 'SoftEtherApp/SoftEther-Web',
        number: 37,
        note: 'rulesets refused with the same 403 on a private repository',
      },
      gitHelpers,
      {
        kind: 'package',
        package: moduleGithub,
        version: moduleGithubVersion,
        file: 'dist/actions/githubRulesets.cjs.js',
      },
    ],
  },
  {
    id: 'repository-already-exists',
    title: 'Repository creation failed: name already exists on this account',
    kind: 'message',
    messages: [
      {
        pattern:
          'Failed to create the {ownerType} repository {owner}/{repo}, Repository creation failed.: {{"resource":"Repository","code":"custom","field":"name","message":"name already exists on this account"}} - {docsUrl}',
        examples: [
          'Failed to create the Organization repository acme/payments-service, Repository creation failed.: {"resource":"Repository","code":"custom","field":"name","message":"name already exists on this account"} - https://docs.github.com/rest/repos/repos#create-an-organization-repository',
        ],
        printedBy: helpers,
        versions: '@octokit/request 8.2.0 and later',
      },
      {
        pattern:
          'Failed to create the {ownerType} repository {owner}/{repo}, Repository creation failed.: {{"resource":"Repository","code":"custom","field":"name","message":"name already exists on this account"}}',
        examples: [
          'Failed to create the User repository jdoe/playground, Repository creation failed.: {"resource":"Repository","code":"custom","field":"name","message":"name already exists on this account"}',
        ],
        printedBy: helpers,
        versions: 'with @octokit/request before 8.2.0',
      },
    ],
    where: 'Template run log (publish:github, github:repo:create)',
    area: 'scaffolder',
    causes: [
      {
        cause:
          'A repository with that name exists: the template ran before, or an earlier run created the repository and then failed (at the push, for example), leaving it empty.',
        fix: 'Choose another name, or delete the empty repository and run the template again. To retry a failed run, use the task’s retry, which skips steps it already completed, instead of starting a new run.',
      },
      {
        cause:
          'The owner is a user and the credential is a personal access token: the repository is created in the token owner’s account, where the name may already be taken.',
        fix: 'See [publishing to a personal account](/troubleshooting#publish-to-user-account).',
      },
    ],
    preventedBy: [{ step: 8, anchor: 'check-that-it-works' }],
    appliesTo: 'all releases',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 4778,
        note: 'a maintainer: the repository already exists (empty), hence name already exists on this account',
      },
      {
        kind: 'issue',
        repo: 'dyad-sh/dyad',
        number: 1601,
        note: 'the full 422 body GitHub returns',
      },
      helpers,
    ],
    related: ['repository-not-found-after-creation', 'publish-to-user-account'],
  },
];
