/**
 * The app-config builder's data model: the whole non-secret form state, the
 * errors validation reports, and the files the generators produce.
 *
 * Every type here is plain JSON (no functions, no classes, no `undefined`
 * values), so a state can be put in a URL, compared with `JSON.stringify`
 * and produced by fast-check.
 */

/** Preset ids the guide steps embed (`<ConfigBuilder preset="…" />`). */
export type ConfigBuilderPresetId =
  'local-pat' | 'sign-in-only' | 'org-discovery-pat' | 'production-app' | 'ghes';

/**
 * Sign-in resolvers that really work with the GitHub auth provider.
 *
 * Source: `@backstage/plugin-auth-backend-module-github-provider@0.5.7`
 * `dist/module.cjs.js` registers `createGithubProviderSignInResolvers()` plus
 * `commonSignInResolvers` from `@backstage/plugin-auth-node@0.7.6`.
 * - `userIdMatchingUserEntityAnnotation`: recommended (matches the GitHub
 *   `node_id` against the `github.com/user-id` annotation).
 * - `emailMatchingUserEntityProfileEmail`: in the schema and registered.
 * - `emailLocalPartMatchingUserEntityName`: registered at runtime (a common
 *   resolver) but MISSING from the provider's `config.schema.json` enum, so a
 *   strict schema check rejects it although Backstage accepts it.
 * - `usernameMatchingUserEntityName`: works, deprecated in 0.5.7 (changelog 211a61a).
 * `preferredUsernameMatchingUserEntityName` is in the schema but is NOT
 * registered for GitHub and throws "Sign-in resolver … is not available"
 * (`@backstage/plugin-auth-node@0.7.6` `dist/sign-in/readDeclarativeSignInResolver.cjs.js`),
 * so it is not offered.
 */
export type SignInResolverId =
  | 'userIdMatchingUserEntityAnnotation'
  | 'emailMatchingUserEntityProfileEmail'
  | 'emailLocalPartMatchingUserEntityName'
  | 'usernameMatchingUserEntityName';

/** Repository visibility values for `filters.visibility` (schema enum). */
export type RepoVisibility = 'public' | 'private' | 'internal';

/** Where the integration's credentials come from. */
export type CredentialKind = 'none' | 'pat' | 'app';

/** One GitHub App under `integrations.github[].apps`. */
export interface GithubAppState {
  /** Short name (lowercase letters, digits, single hyphens); names the credentials file `github-app-<name>-credentials.yaml`. */
  name: string;
  /** `include`: an `$include` of a credentials file; `env`: each value from an environment variable. */
  source: 'include' | 'env';
  /** Environment variable names (used when `source` is `env`). */
  appIdVar: string;
  clientIdVar: string;
  clientSecretVar: string;
  privateKeyVar: string;
  /** Whether the App has a webhook secret (optional in `@backstage/integration@2.1.2`). */
  webhookSecret: boolean;
  webhookSecretVar: string;
  /** GitHub owners this App may act for; empty means every installation. */
  allowedInstallationOwners: string[];
}

/** GitHub sign-in: `auth.providers.github.<environment>`. */
export interface SignInState {
  enabled: boolean;
  /** Auth environment key, e.g. `development` (the frontend's default). */
  environment: string;
  clientIdVar: string;
  clientSecretVar: string;
  /** Resolvers in the order Backstage tries them; at least one. */
  resolvers: SignInResolverId[];
  /**
   * Which `packages/app/src/App.tsx` the sign-in page goes into: `new` for the
   * new frontend system (create-app's default template since 0.8.0), `legacy`
   * for an app created with `--legacy` (create-app 0.9.2 `templates/legacy-app`).
   */
  frontend: FrontendSystem;
}

/** The frontend system of the reader's app (create-app 0.9.2: `default-app` or `legacy-app`). */
export type FrontendSystem = 'new' | 'legacy';

/** One entity provider under `catalog.providers.github.<id>`. */
export interface DiscoveryProviderState {
  id: string;
  organization: string;
  catalogPath: string;
  /** Empty: each repository's default branch. */
  branch: string;
  /** Empty: every repository. A JavaScript regular expression, anchored by Backstage. */
  repositoryPattern: string;
  topicInclude: string[];
  topicExclude: string[];
  /** Empty: every visibility. */
  visibility: RepoVisibility[];
  allowForks: boolean;
  allowArchived: boolean;
  /** Whole minutes, > 0. */
  frequencyMinutes: number;
  timeoutMinutes: number;
}

/** Users and teams: `catalog.providers.githubOrg`. */
export interface OrgState {
  enabled: boolean;
  id: string;
  /**
   * `false`: import users and teams from the organizations discovery scans
   * (one organization field feeds both); `true`: from {@link OrgState.orgs}.
   * Without discovery providers `orgs` is always used.
   */
  separateOrgs: boolean;
  /** Used when `separateOrgs` is true (or there is no discovery). Empty: every organization where the GitHub App is installed (App only). */
  orgs: string[];
  frequencyMinutes: number;
  timeoutMinutes: number;
  /** `defaultUserTransformer.useVerifiedEmails`; only emitted when a GitHub App is used. */
  useVerifiedEmails: boolean;
}

/** The whole non-secret form state. */
export interface BuilderState {
  hostKind: 'github.com' | 'ghes';
  /** GitHub Enterprise Server host name, e.g. `github.example.com` (used when `hostKind` is `ghes`). */
  ghesHost: string;
  apiBaseUrl: string;
  rawBaseUrl: string;
  credential: CredentialKind;
  /** Environment variable that holds the PAT (when `credential` is `pat`). */
  tokenVar: string;
  /** 1–3 Apps when `credential` is `app`; ignored otherwise. */
  apps: GithubAppState[];
  signIn: SignInState;
  discovery: DiscoveryProviderState[];
  org: OrgState;
}

/** One validation problem. `field` is a dotted path into {@link BuilderState}, e.g. `discovery.0.organization`. */
export interface FieldError {
  field: string;
  message: string;
}

/** One generated file (or snippet of a file) the reader must touch. */
export interface GeneratedFile {
  /** File path relative to the Backstage app root, or `Terminal` for commands. */
  path: string;
  language: 'yaml' | 'ts' | 'tsx' | 'bash' | 'dotenv';
  content: string;
  /** The guide step that explains this file (see `src/data/guideSteps.ts`). */
  guideStep: number;
  /** One or two sentences: why the reader needs this file. */
  why: string;
}
