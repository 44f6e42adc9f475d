/**
 * What each Backstage feature needs from GitHub: fine-grained PAT permissions,
 * classic PAT scopes, GitHub App permissions and webhook events, each with the
 * reason and the source it was taken from. The token planner
 * (`src/lib/tokenPlan/`) and the permissions matrix (`<PermissionsMatrix />`)
 * both read this table, so the two can never disagree.
 *
 * Conventions:
 * - Permission names are GitHub's machine names: for fine-grained PATs the URL
 *   parameter names of `githubPatUrlPermissions.json`; for GitHub Apps the
 *   names of the `app-permissions` schema in GitHub's REST API description.
 *   Unit tests check every name and level against both tables.
 * - `Metadata: read` is never listed: GitHub adds it to every fine-grained PAT
 *   that has a repository permission, and the planner shows it as implied.
 * - `privateOnly` marks a need that exists only for private (or internal)
 *   repositories: GitHub documents that "Tokens always include read-only
 *   access to all public repositories", and a classic PAT with no scope can
 *   read public information.
 * - Sources name a Backstage docs page or the file of a published package that
 *   makes the API call (package@version and path inside the npm tarball).
 */

/** The Backstage features the planner offers, in the order the guide meets them. */
export const featureIds = [
  'catalog',
  'wildcardPaths',
  'discovery',
  'orgData',
  'createRepos',
  'workflows',
  'secrets',
  'variables',
  'environments',
  'pullRequests',
  'techdocs',
] as const;

export type FeatureId = (typeof featureIds)[number];

/** An access level as GitHub names it; `write` includes `read`, `admin` includes `write`. */
export type AccessLevel = 'read' | 'write' | 'admin';

/** Where a fine-grained permission lives in GitHub's token form. */
export type PermissionSection = 'repository' | 'organization';

/** Why something is needed, and where that fact comes from. */
export interface Reasoned {
  /** One sentence: what Backstage does that needs it. */
  readonly reason: string;
  /** A Backstage docs URL, a GitHub docs URL, or `package@version path: call`. */
  readonly source: string;
}

/** One fine-grained PAT permission a feature needs. */
export interface FineGrainedNeed extends Reasoned {
  /** URL parameter name, e.g. `contents` or `actions_variables`. */
  readonly permission: string;
  readonly section: PermissionSection;
  readonly level: AccessLevel;
  /** Needed only when Backstage works with private or internal repositories. */
  readonly privateOnly?: boolean;
}

/** One classic PAT scope a feature needs. */
export interface ClassicNeed extends Reasoned {
  /** The scope for private (and internal) repositories, e.g. `repo`. */
  readonly scope: string;
  /**
   * The scope when every repository is public: `null` when nothing is needed
   * then; omitted when the same `scope` applies.
   */
  readonly publicScope?: string | null;
}

/** One GitHub App permission a feature needs (names from the `app-permissions` schema). */
export interface AppNeed extends Reasoned {
  readonly permission: string;
  readonly level: AccessLevel;
}

/**
 * A GitHub App permission the App settings page offers but GitHub's REST API
 * description does not list, so a manifest cannot be checked to carry it:
 * the reader sets it by hand after registering the App.
 */
export interface AppManualNeed extends Reasoned {
  /** The label in GitHub's App settings, e.g. `Variables`. */
  readonly label: string;
  readonly level: AccessLevel;
}

/** One webhook event, subscribed only when the reader lets Backstage receive webhooks. */
export interface AppEventNeed extends Reasoned {
  readonly event: string;
}

/** Everything one Backstage feature needs. */
export interface TokenFeature {
  readonly id: FeatureId;
  /** Short label for a checkbox, starting with a verb. */
  readonly label: string;
  /** What Backstage does, naming the plugin or action. */
  readonly description: string;
  /** The guide step that sets the feature up (1-based), when there is one. */
  readonly guideStep?: number;
  readonly fineGrained: readonly FineGrainedNeed[];
  readonly classic: readonly ClassicNeed[];
  readonly app: readonly AppNeed[];
  readonly appManual?: readonly AppManualNeed[];
  readonly appEvents?: readonly AppEventNeed[];
  /** Caveats shown when the feature is chosen. */
  readonly notes?: readonly string[];
}

// Sources used more than once.
const bsAppPermissions =
  'https://backstage.io/docs/integrations/github/github-apps#app-permissions';
const bsTokenScopes = 'https://backstage.io/docs/integrations/github/locations#token-scopes';
const ghPublicRead =
  'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#creating-a-fine-grained-personal-access-token';
const urlReaderFile =
  '@backstage/backend-defaults@0.18.0 dist/entrypoints/urlReader/lib/GithubUrlReader.cjs.js';
const readUrl = `${urlReaderFile}: readUrl → GET /repos/{owner}/{repo}/contents/{path}`;
const repoDetails = `${urlReaderFile}: getRepoDetails → GET /repos/{owner}/{repo}/commits/{ref}/status`;
const scaffolderHelpers =
  '@backstage/plugin-scaffolder-backend-module-github@0.10.0 dist/actions/helpers.cjs.js';
const catalogGithub = '@backstage/plugin-catalog-backend-module-github@0.14.0';

/** The mapping, one entry per {@link FeatureId}, in {@link featureIds} order. */
export const tokenFeatures: readonly TokenFeature[] = [
  {
    id: 'catalog',
    label: 'Read catalog files',
    description:
      'The catalog reads catalog-info.yaml files that you register by URL (locations in app-config.yaml or the Register existing component page).',
    guideStep: 5,
    fineGrained: [
      {
        permission: 'contents',
        section: 'repository',
        level: 'read',
        privateOnly: true,
        reason:
          'The URL reader fetches each file through the repository contents API; public files need no permission, since tokens always read public repositories.',
        source: `${readUrl}; ${ghPublicRead}`,
      },
    ],
    classic: [
      {
        scope: 'repo',
        publicScope: null,
        reason:
          'Backstage documents repo for reading components; public files need no scope because any token reads public information.',
        source: bsTokenScopes,
      },
    ],
    app: [
      {
        permission: 'contents',
        level: 'read',
        reason: 'Backstage lists Contents: read for reading software components.',
        source: bsAppPermissions,
      },
    ],
  },
  {
    id: 'wildcardPaths',
    label: 'Find catalog files with wildcards',
    description:
      'A location or a discovery catalogPath with * or ** makes the URL reader search the repository tree instead of fetching one file.',
    guideStep: 6,
    fineGrained: [
      {
        permission: 'contents',
        section: 'repository',
        level: 'read',
        privateOnly: true,
        reason: 'The search lists the Git tree and downloads matching blobs.',
        source: `${urlReaderFile}: doSearch → trees_url, blobs`,
      },
      {
        permission: 'statuses',
        section: 'repository',
        level: 'read',
        privateOnly: true,
        reason:
          'Before searching, the reader asks the combined commit status endpoint for the latest commit SHA.',
        source: repoDetails,
      },
    ],
    classic: [
      {
        scope: 'repo',
        publicScope: null,
        reason: 'The same reads as for single files, on private repositories.',
        source: bsTokenScopes,
      },
    ],
    app: [
      {
        permission: 'contents',
        level: 'read',
        reason: 'The search lists the Git tree and downloads matching blobs.',
        source: `${urlReaderFile}: doSearch`,
      },
      {
        permission: 'statuses',
        level: 'read',
        reason:
          'The combined commit status endpoint answers 403 without it (Backstage lists Commit statuses: read for reading components).',
        source: `${repoDetails}; ${bsAppPermissions}`,
      },
    ],
  },
  {
    id: 'discovery',
    label: 'Discover repositories in an organization',
    description:
      'The GitHub entity provider (catalog.providers.github) lists the repositories of an owner and reads the catalog file of each one.',
    guideStep: 6,
    fineGrained: [
      {
        permission: 'contents',
        section: 'repository',
        level: 'read',
        privateOnly: true,
        reason:
          'The GraphQL repositories query reads the catalog file of each repository as a Git blob.',
        source: `${catalogGithub} dist/lib/github.cjs.js: getOrganizationRepositories (object(expression: $catalogPathRef))`,
      },
    ],
    classic: [
      {
        scope: 'repo',
        publicScope: null,
        reason:
          'Private repositories only appear in the listing, and their files only read, with repo.',
        source: bsTokenScopes,
      },
    ],
    app: [
      {
        permission: 'contents',
        level: 'read',
        reason: 'The GraphQL repositories query reads the catalog file of each repository.',
        source: `${catalogGithub} dist/lib/github.cjs.js: getOrganizationRepositories`,
      },
    ],
    appEvents: [
      {
        event: 'push',
        reason: 'The provider refreshes a repository when its catalog file changes.',
        source: `${catalogGithub} dist/providers/GithubEntityProvider.cjs.js: EVENT_TOPICS github.push`,
      },
      {
        event: 'repository',
        reason: 'The provider adds, renames and removes repositories as they change.',
        source: `${catalogGithub} dist/providers/GithubEntityProvider.cjs.js: EVENT_TOPICS github.repository`,
      },
    ],
    notes: [
      'A fine-grained PAT reaches one resource owner only: discovering two organizations needs two tokens (or a GitHub App).',
      'Give the token access to All repositories, or newly created repositories will not be discovered.',
    ],
  },
  {
    id: 'orgData',
    label: 'Import users and teams',
    description:
      'The GitHub org entity provider (catalog.providers.githubOrg) reads organization members and teams through GraphQL.',
    guideStep: 7,
    fineGrained: [
      {
        permission: 'members',
        section: 'organization',
        level: 'read',
        reason: 'The membersWithRole and teams queries read the organization’s people and teams.',
        source: `${catalogGithub} dist/lib/github.cjs.js: getOrganizationUsers, getOrganizationTeams`,
      },
    ],
    classic: [
      {
        scope: 'read:org',
        reason: 'Reads organization membership and team membership.',
        source: bsTokenScopes,
      },
      {
        scope: 'read:user',
        reason: 'Reads the profile data of each member.',
        source: bsTokenScopes,
      },
      {
        scope: 'user:email',
        reason:
          'With a PAT the users query asks for each member’s email, which fills the User entity’s profile email.',
        source: `${bsTokenScopes}; ${catalogGithub} dist/lib/github.cjs.js: email @include(if: tokenType === "token")`,
      },
    ],
    app: [
      {
        permission: 'members',
        level: 'read',
        reason: 'Backstage lists Members: read for organization data.',
        source: bsAppPermissions,
      },
    ],
    appEvents: [
      {
        event: 'organization',
        reason: 'The provider adds and removes users when members join or leave.',
        source: `${catalogGithub} dist/providers/GithubMultiOrgEntityProvider.cjs.js: EVENT_TOPICS github.organization`,
      },
      {
        event: 'team',
        reason: 'The provider updates groups when teams change.',
        source: `${catalogGithub} dist/providers/GithubMultiOrgEntityProvider.cjs.js: EVENT_TOPICS github.team`,
      },
      {
        event: 'membership',
        reason: 'The provider updates group members when team membership changes.',
        source: `${catalogGithub} dist/providers/GithubMultiOrgEntityProvider.cjs.js: EVENT_TOPICS github.membership`,
      },
    ],
    notes: [
      'Organization permissions exist only on a fine-grained PAT whose resource owner is the organization.',
      'With a GitHub App, members’ emails are not read: set defaultUserTransformer.useVerifiedEmails or use a transformer.',
    ],
  },
  {
    id: 'createRepos',
    label: 'Create repositories from templates',
    description:
      'The scaffolder actions publish:github and github:repo:create create a repository, push the first commit and protect the default branch.',
    guideStep: 8,
    fineGrained: [
      {
        permission: 'administration',
        section: 'repository',
        level: 'write',
        reason:
          'Creating the repository, setting its topics and protecting its default branch are administration calls.',
        source: `${scaffolderHelpers}: repos.createInOrg / repos.createForAuthenticatedUser; dist/actions/gitHelpers.cjs.js: repos.updateBranchProtection`,
      },
      {
        permission: 'contents',
        section: 'repository',
        level: 'write',
        reason: 'The first commit is pushed over Git with the token.',
        source: `${scaffolderHelpers}: git push as x-access-token`,
      },
      {
        permission: 'statuses',
        section: 'repository',
        level: 'read',
        privateOnly: true,
        reason:
          'fetch:template reads the template’s skeleton folder as a tree, which first asks the combined commit status endpoint.',
        source: repoDetails,
      },
    ],
    classic: [
      {
        scope: 'repo',
        publicScope: 'public_repo',
        reason: 'Creating repositories and pushing to them; public_repo is enough for public ones.',
        source: bsTokenScopes,
      },
    ],
    app: [
      {
        permission: 'administration',
        level: 'write',
        reason: 'Backstage lists Administration: read and write for creating repositories.',
        source: `${bsAppPermissions}; ${scaffolderHelpers}: repos.createInOrg`,
      },
      {
        permission: 'contents',
        level: 'write',
        reason: 'The first commit is pushed over Git with the installation token.',
        source: bsAppPermissions,
      },
      {
        permission: 'statuses',
        level: 'read',
        reason: 'fetch:template reads the skeleton folder as a tree.',
        source: repoDetails,
      },
    ],
    notes: [
      'publish:github creates private repositories unless the template sets repoVisibility.',
      'A fine-grained PAT needs All repositories access to create repositories: a new repository is never part of a fixed selection.',
      'An organization may restrict who can create repositories; the token’s user must be allowed to.',
      'A GitHub App installation token creates repositories in organizations only, not in a personal account.',
    ],
  },
  {
    id: 'workflows',
    label: 'Commit GitHub Actions workflow files',
    description:
      'A template whose skeleton contains files under .github/workflows pushes them to the new or existing repository.',
    guideStep: 8,
    fineGrained: [
      {
        permission: 'workflows',
        section: 'repository',
        level: 'write',
        reason: 'GitHub refuses pushes that add or change workflow files without it.',
        source: bsAppPermissions,
      },
      {
        permission: 'contents',
        section: 'repository',
        level: 'write',
        reason: 'Workflow files arrive in a commit like any other file.',
        source: `${scaffolderHelpers}: git push as x-access-token`,
      },
    ],
    classic: [
      {
        scope: 'workflow',
        reason: 'Adds and updates GitHub Actions workflow files.',
        source: bsTokenScopes,
      },
      {
        scope: 'repo',
        publicScope: 'public_repo',
        reason: 'The push itself needs write access to the repository.',
        source: bsTokenScopes,
      },
    ],
    app: [
      {
        permission: 'workflows',
        level: 'write',
        reason: 'Backstage lists Workflows: read and write when templates include workflows.',
        source: bsAppPermissions,
      },
      {
        permission: 'contents',
        level: 'write',
        reason: 'Workflow files arrive in a commit like any other file.',
        source: bsAppPermissions,
      },
    ],
  },
  {
    id: 'secrets',
    label: 'Set repository secrets',
    description:
      'publish:github and github:repo:create accept secrets, which they encrypt with the repository’s public key and store as Actions secrets.',
    guideStep: 8,
    fineGrained: [
      {
        permission: 'secrets',
        section: 'repository',
        level: 'write',
        reason: 'Reading the repository public key and writing each secret.',
        source: `${scaffolderHelpers}: actions.getRepoPublicKey, actions.createOrUpdateRepoSecret`,
      },
    ],
    classic: [
      {
        scope: 'repo',
        publicScope: 'public_repo',
        reason: 'Actions secrets are managed with repository access.',
        source: bsTokenScopes,
      },
    ],
    app: [
      {
        permission: 'secrets',
        level: 'write',
        reason: 'Backstage lists Secrets: read and write when templates set them.',
        source: `${bsAppPermissions}; ${scaffolderHelpers}: actions.createOrUpdateRepoSecret`,
      },
    ],
  },
  {
    id: 'variables',
    label: 'Set repository variables',
    description:
      'publish:github and github:repo:create accept repoVariables, which they store as Actions variables.',
    guideStep: 8,
    fineGrained: [
      {
        permission: 'actions_variables',
        section: 'repository',
        level: 'write',
        reason: 'Creating each Actions variable.',
        source: `${scaffolderHelpers}: actions.createRepoVariable`,
      },
    ],
    classic: [
      {
        scope: 'repo',
        publicScope: 'public_repo',
        reason: 'Actions variables are managed with repository access.',
        source: bsTokenScopes,
      },
    ],
    app: [],
    appManual: [
      {
        label: 'Variables',
        level: 'write',
        reason:
          'Backstage lists Variables: read and write, but GitHub’s app-permissions schema has no such name (github/rest-api-description#5437), so the manifest cannot carry it.',
        source: `${bsAppPermissions}; https://github.com/github/rest-api-description/issues/5437`,
      },
    ],
  },
  {
    id: 'environments',
    label: 'Create deployment environments',
    description:
      'github:environment:create creates an environment with its branch policies, variables and secrets.',
    guideStep: 8,
    fineGrained: [
      {
        permission: 'administration',
        section: 'repository',
        level: 'write',
        reason: 'Creating the environment and its deployment branch policies.',
        source:
          '@backstage/plugin-scaffolder-backend-module-github@0.10.0 dist/actions/githubEnvironment.cjs.js: repos.createOrUpdateEnvironment, repos.createDeploymentBranchPolicy',
      },
      {
        permission: 'environments',
        section: 'repository',
        level: 'write',
        reason: 'Writing environment variables and secrets.',
        source:
          '@backstage/plugin-scaffolder-backend-module-github@0.10.0 dist/actions/githubEnvironment.cjs.js: actions.createEnvironmentVariable, actions.createOrUpdateEnvironmentSecret',
      },
    ],
    classic: [
      {
        scope: 'repo',
        publicScope: 'public_repo',
        reason: 'Environments are managed with repository access.',
        source: bsTokenScopes,
      },
    ],
    app: [
      {
        permission: 'administration',
        level: 'write',
        reason: 'Creating the environment and its deployment branch policies.',
        source:
          '@backstage/plugin-scaffolder-backend-module-github@0.10.0 dist/actions/githubEnvironment.cjs.js: repos.createOrUpdateEnvironment',
      },
      {
        permission: 'environments',
        level: 'write',
        reason: 'Backstage lists Environments: read and write when templates use them.',
        source: bsAppPermissions,
      },
    ],
    notes: [
      'Environment secrets also need Secrets: read and write (choose “Set repository secrets”).',
    ],
  },
  {
    id: 'pullRequests',
    label: 'Open pull requests',
    description:
      'publish:github:pull-request pushes a branch to an existing repository and opens a pull request from it.',
    guideStep: 8,
    fineGrained: [
      {
        permission: 'pull_requests',
        section: 'repository',
        level: 'write',
        reason: 'Opening the pull request, and adding reviewers or assignees when asked.',
        source:
          '@backstage/plugin-scaffolder-backend-module-github@0.10.0 dist/actions/githubPullRequest.cjs.js: createPullRequest, pulls.requestReviewers',
      },
      {
        permission: 'contents',
        section: 'repository',
        level: 'write',
        reason: 'Creating the branch and its commit.',
        source:
          '@backstage/plugin-scaffolder-backend-module-github@0.10.0 dist/actions/githubPullRequest.cjs.js: createPullRequest',
      },
    ],
    classic: [
      {
        scope: 'repo',
        publicScope: 'public_repo',
        reason: 'Pushing a branch and opening a pull request need repository write access.',
        source: bsTokenScopes,
      },
    ],
    app: [
      {
        permission: 'pull_requests',
        level: 'write',
        reason: 'Backstage lists Pull requests: read and write for publishing templates.',
        source: bsAppPermissions,
      },
      {
        permission: 'contents',
        level: 'write',
        reason: 'Creating the branch and its commit.',
        source: bsAppPermissions,
      },
    ],
  },
  {
    id: 'techdocs',
    label: 'Build TechDocs from repositories',
    description:
      'The TechDocs backend downloads the documentation folder of a component (readTree) to build or refresh its site.',
    fineGrained: [
      {
        permission: 'contents',
        section: 'repository',
        level: 'read',
        privateOnly: true,
        reason: 'The documentation folder is downloaded as a tarball of the repository.',
        source: `${urlReaderFile}: readTree → archive_url (tarball)`,
      },
      {
        permission: 'statuses',
        section: 'repository',
        level: 'read',
        privateOnly: true,
        reason:
          'readTree first asks the combined commit status endpoint for the latest commit SHA.',
        source: repoDetails,
      },
    ],
    classic: [
      {
        scope: 'repo',
        publicScope: null,
        reason: 'Reading private repositories.',
        source: bsTokenScopes,
      },
    ],
    app: [
      {
        permission: 'contents',
        level: 'read',
        reason: 'The documentation folder is downloaded as a tarball of the repository.',
        source: `${urlReaderFile}: readTree`,
      },
      {
        permission: 'statuses',
        level: 'read',
        reason:
          'Without it the status request answers 403 and the build fails (backstage/backstage#17465).',
        source: `${repoDetails}; ${bsAppPermissions}`,
      },
    ],
  },
];

/**
 * Looks a feature up by id.
 * @throws RangeError for an unknown id (a programming error, not user input).
 */
export function tokenFeature(id: FeatureId): TokenFeature {
  const found = tokenFeatures.find((f) => f.id === id);
  if (!found) throw new RangeError(`Unknown token feature: ${id}`);
  return found;
}

/**
 * Webhook events a GitHub App can only subscribe to when it holds a
 * permission: event → the permission that unlocks it.
 * Source: GitHub Docs, "Webhook events and payloads" (each event's
 * "Availability" and required permission): push needs Contents, repository
 * needs Metadata, organization/team/membership need Members.
 */
export const eventPermission: Readonly<Record<string, string>> = {
  push: 'contents',
  repository: 'metadata',
  organization: 'members',
  team: 'members',
  membership: 'members',
};

/**
 * What Backstage's own `backstage-cli create-github-app` asks for, to show the
 * gap against repository creation. Source:
 * `@backstage/cli-module-github@0.1.4 dist/commands/create-github-app/GithubCreateAppServer.cjs.js`
 * (all three prompts ticked: read, members, write).
 */
export const createGithubAppPermissions: Readonly<Record<string, AccessLevel>> = {
  metadata: 'read',
  members: 'read',
  contents: 'write',
  checks: 'read',
  actions: 'write',
};
