import { usersAndTeamsOrgs } from './organizations';
import { guideStepFor } from './steps';
import type { BuilderState, GithubAppState } from './types';

/**
 * Builds the `app-config.yaml` fragment as a plain object, plus the comments
 * to attach to its keys. Pure; assumes a valid state (see `validateState`).
 *
 * Key names and shapes, with sources:
 * - `integrations.github[]`: `@backstage/integration@2.1.2` `config.schema.json`
 *   (host, token, apiBaseUrl, rawBaseUrl, apps[].{appId, clientId, clientSecret,
 *   privateKey, webhookSecret, allowedInstallationOwners}); `appId` may be a
 *   string such as `${VAR}` ("string for environment variables").
 * - `$include` must have no adjacent keys (`@backstage/config-loader@1.11.3`
 *   `dist/sources/transform/include.cjs.js`), so `allowedInstallationOwners`
 *   of an included App goes into the credentials file.
 * - `auth.providers.github.<env>`: `@backstage/plugin-auth-backend-module-github-provider@0.5.7`
 *   `config.schema.json`; `auth.environment`: `@backstage/plugin-auth-backend@0.30.1`.
 * - `catalog.providers.github.<id>`: `@backstage/plugin-catalog-backend-module-github@0.14.0`
 *   `config.schema.json` and `dist/providers/GithubEntityProviderConfig.cjs.js`.
 * - `catalog.providers.githubOrg`: `@backstage/plugin-catalog-backend-module-github-org@0.3.26`
 *   `dist/module.cjs.js` (no schema shipped; `schedule` is required).
 */

/** A comment to put above the key at `path` (object keys and array indexes). */
export interface KeyComment {
  path: ReadonlyArray<string | number>;
  comment: string;
}

/** `${NAME}`: a reference Backstage substitutes from the environment. */
export function envRef(name: string): string {
  return '${' + name + '}';
}

/** The credentials file an App includes. */
export function appCredentialsPath(app: GithubAppState): string {
  return `github-app-${app.name}-credentials.yaml`;
}

/** `https://<host>` for a host name. */
export function hostUrl(host: string): string {
  return `https://${host}`;
}

type JsonObject = { [key: string]: unknown };

/**
 * @param state a valid state
 * @returns `config`: the fragment as plain JSON; `comments`: explanations keyed by path.
 */
export function buildConfig(state: BuilderState): { config: JsonObject; comments: KeyComment[] } {
  const config: JsonObject = {};
  const comments: KeyComment[] = [];
  const host = state.hostKind === 'ghes' ? state.ghesHost : 'github.com';
  const ghes = state.hostKind === 'ghes';

  // integrations.github
  if (state.credential !== 'none') {
    const integration: JsonObject = { host };
    if (ghes) {
      integration.apiBaseUrl = state.apiBaseUrl;
      if (state.rawBaseUrl) integration.rawBaseUrl = state.rawBaseUrl;
    }
    if (state.credential === 'pat') {
      integration.token = envRef(state.tokenVar);
    } else {
      integration.apps = state.apps.map((app) => {
        if (app.source === 'include') return { $include: appCredentialsPath(app) };
        const entry: JsonObject = {
          appId: envRef(app.appIdVar),
          clientId: envRef(app.clientIdVar),
          clientSecret: envRef(app.clientSecretVar),
          privateKey: envRef(app.privateKeyVar),
        };
        if (app.webhookSecret) entry.webhookSecret = envRef(app.webhookSecretVar);
        if (app.allowedInstallationOwners.length > 0) {
          entry.allowedInstallationOwners = [...app.allowedInstallationOwners];
        }
        return entry;
      });
    }
    config.integrations = { github: [integration] };
    comments.push({
      path: ['integrations'],
      comment:
        state.credential === 'pat'
          ? ` How Backstage reads from GitHub (guide step ${guideStepFor.integrationPat}). The token comes from the environment: never paste it here.`
          : ` How Backstage reads from GitHub (guide step ${guideStepFor.integrationApp}). App secrets stay in the credentials file or the environment.`,
    });
    if (ghes) {
      comments.push({
        path: ['integrations', 'github', 0, 'apiBaseUrl'],
        comment:
          ' GitHub Enterprise Server has no default API URL: Backstage needs it spelled out.',
      });
    }
  }

  // auth.providers.github
  if (state.signIn.enabled) {
    const env = state.signIn.environment;
    const settings: JsonObject = {
      clientId: envRef(state.signIn.clientIdVar),
      clientSecret: envRef(state.signIn.clientSecretVar),
    };
    if (ghes) settings.enterpriseInstanceUrl = hostUrl(host);
    settings.signIn = { resolvers: state.signIn.resolvers.map((resolver) => ({ resolver })) };
    const auth: JsonObject = {};
    // The frontend asks for the `development` environment unless auth.environment says otherwise
    // (@backstage/core-app-api@1.20.5 GithubAuth; @backstage/app-defaults@1.7.12 apis).
    if (env !== 'development') auth.environment = env;
    auth.providers = { github: { [env]: settings } };
    config.auth = auth;
    comments.push({
      path: ['auth'],
      comment: ` GitHub sign-in (guide step ${guideStepFor.signIn}): the client ID and secret of your OAuth app or GitHub App.`,
    });
    comments.push({
      path: ['auth', 'providers', 'github', env, 'signIn'],
      comment: ' Tried in order; each needs a matching User entity in the catalog.',
    });
  }

  // catalog.providers
  const providers: JsonObject = {};
  if (state.discovery.length > 0) {
    const github: JsonObject = {};
    for (const p of state.discovery) {
      const provider: JsonObject = {
        host,
        organization: p.organization,
        catalogPath: p.catalogPath,
      };
      const filters: JsonObject = {};
      if (p.branch) filters.branch = p.branch;
      if (p.repositoryPattern) filters.repository = p.repositoryPattern;
      if (p.topicInclude.length > 0 || p.topicExclude.length > 0) {
        const topic: JsonObject = {};
        if (p.topicInclude.length > 0) topic.include = [...p.topicInclude];
        if (p.topicExclude.length > 0) topic.exclude = [...p.topicExclude];
        filters.topic = topic;
      }
      if (p.visibility.length > 0) filters.visibility = [...p.visibility];
      filters.allowForks = p.allowForks;
      filters.allowArchived = p.allowArchived;
      provider.filters = filters;
      provider.schedule = {
        frequency: { minutes: p.frequencyMinutes },
        timeout: { minutes: p.timeoutMinutes },
      };
      github[p.id] = provider;
    }
    providers.github = github;
    comments.push({
      path: ['catalog', 'providers', 'github'],
      comment: ` Discovery (guide step ${guideStepFor.discovery}): finds catalog files in the organization's repositories.`,
    });
  }
  if (state.org.enabled) {
    const orgs = usersAndTeamsOrgs(state);
    const org: JsonObject = { id: state.org.id, githubUrl: hostUrl(host) };
    if (orgs.length > 0) org.orgs = orgs;
    org.schedule = {
      frequency: { minutes: state.org.frequencyMinutes },
      timeout: { minutes: state.org.timeoutMinutes },
    };
    if (state.credential === 'app' && state.org.useVerifiedEmails) {
      org.defaultUserTransformer = { useVerifiedEmails: true };
    }
    providers.githubOrg = org;
    comments.push({
      path: ['catalog', 'providers', 'githubOrg'],
      comment:
        ` Users and teams (guide step ${guideStepFor.org}).` +
        (orgs.length === 0 ? ' No orgs: every organization the GitHub App is installed in.' : ''),
    });
    if (state.credential === 'app' && state.org.useVerifiedEmails) {
      comments.push({
        path: ['catalog', 'providers', 'githubOrg', 'defaultUserTransformer'],
        comment:
          ' With an App, GitHub returns only verified-domain emails; without this users get no email.',
      });
    }
  }
  if (Object.keys(providers).length > 0) config.catalog = { providers };
  return { config, comments };
}
