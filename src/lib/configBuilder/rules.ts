/**
 * Rules Backstage enforces at runtime that its config schemas do not express.
 * They run on a config object (the parsed `app-config.yaml` fragment), so
 * they check the generator's output itself, not only the form.
 *
 * Sources (each rule cites its own):
 * - `@backstage/plugin-catalog-backend-module-github@0.14.0`
 *   `dist/providers/GithubEntityProviderConfig.cjs.js` and
 *   `dist/providers/GithubMultiOrgEntityProvider.cjs.js`
 * - `@backstage/plugin-catalog-backend-module-github-org@0.3.26` `dist/module.cjs.js`
 * - `@backstage/backend-defaults@0.18.0` `dist/entrypoints/urlReader/lib/GithubUrlReader.cjs.js`
 * - `@backstage/plugin-auth-node@0.7.6` `dist/sign-in/readDeclarativeSignInResolver.cjs.js`
 * - `@backstage/plugin-events-backend@0.6.6` `dist/service/http/HttpPostIngressEventPublisher.cjs.js`
 *   and `@backstage/plugin-events-backend-module-github@0.4.16`
 *   `dist/service/eventsModuleGithubWebhook.cjs.js`, `dist/http/createGithubSignatureValidator.cjs.js`
 */

/** Resolvers registered for the GitHub auth provider at runtime. See `SignInResolverId`. */
export const workingGithubResolvers: ReadonlySet<string> = new Set([
  'usernameMatchingUserEntityName',
  'userIdMatchingUserEntityAnnotation',
  'emailMatchingUserEntityProfileEmail',
  'emailLocalPartMatchingUserEntityName',
]);

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function get(value: Json, ...path: string[]): Json {
  let current = value;
  for (const key of path) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

function asArray(value: Json): Json[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Checks the runtime rules on a config object.
 *
 * @param config a parsed app-config (any JSON value; malformed parts are reported, never thrown)
 * @returns one message per broken rule; empty when the config passes:
 *   1. every `catalog.providers.github.*` host (default `github.com`) matches an
 *      `integrations.github[].host` (github.com is always added by Backstage);
 *   2. `catalog.providers.githubOrg[].githubUrl` matches an integration host;
 *   3. a githubOrg entry without `orgs` needs an integration with `apps`;
 *   4. each non-github.com integration has `apiBaseUrl`;
 *   5. no GitHub sign-in resolver that fails at runtime;
 *   6. no topic under `events.http.topics` (see {@link openWebhookTopics}).
 */
export function checkConfigRules(config: Json): string[] {
  const problems: string[] = [];
  const integrations = asArray(get(config, 'integrations', 'github')).filter(isObject);
  const hosts = new Set(integrations.map((i) => String(i.host ?? 'github.com').toLowerCase()));
  // @backstage/integration@2.1.2 dist/github/config.cjs.js: readGithubIntegrationConfigs
  // always appends a github.com entry when none is listed.
  hosts.add('github.com');

  for (const integration of integrations) {
    const host = String(integration.host ?? 'github.com');
    if (host.toLowerCase() !== 'github.com' && typeof integration.apiBaseUrl !== 'string') {
      problems.push(
        `The integration for ${host} has no apiBaseUrl: Backstage cannot read from a GitHub Enterprise Server host without it.`,
      );
    }
  }

  const providers = get(config, 'catalog', 'providers', 'github');
  if (isObject(providers)) {
    for (const [id, provider] of Object.entries(providers)) {
      const host = String(get(provider, 'host') ?? 'github.com');
      if (!hosts.has(host.toLowerCase())) {
        problems.push(
          `Discovery provider ${id} uses host ${host}, but no integration is configured for that host.`,
        );
      }
    }
  }

  const hasApp = integrations.some((i) => Array.isArray(i.apps) && i.apps.length > 0);
  for (const org of asArray(get(config, 'catalog', 'providers', 'githubOrg'))) {
    const url = get(org, 'githubUrl');
    let host: string | undefined;
    try {
      host = typeof url === 'string' ? new URL(url).host.toLowerCase() : undefined;
    } catch {
      host = undefined;
    }
    if (host === undefined || !hosts.has(host)) {
      problems.push(
        `githubOrg.githubUrl ${String(url)} does not match any GitHub integration host.`,
      );
    }
    const orgs = get(org, 'orgs');
    if ((!Array.isArray(orgs) || orgs.length === 0) && !hasApp) {
      problems.push(
        'githubOrg without orgs reads every organization a GitHub App is installed in, so it needs an integration with a GitHub App.',
      );
    }
  }

  const environments = get(config, 'auth', 'providers', 'github');
  if (isObject(environments)) {
    for (const [env, settings] of Object.entries(environments)) {
      for (const entry of asArray(get(settings, 'signIn', 'resolvers'))) {
        const name = get(entry, 'resolver');
        if (typeof name !== 'string' || !workingGithubResolvers.has(name)) {
          problems.push(
            `Sign-in resolver ${String(name)} (environment ${env}) is not available for GitHub and fails at startup.`,
          );
        }
      }
    }
  }
  for (const topic of openWebhookTopics(config)) {
    problems.push(
      topic === 'github'
        ? 'events.http.topics lists github: the events backend then accepts POSTs to /api/events/http/github without checking their signature whenever no webhook secret reaches the GitHub events module (an unset ${GITHUB_WEBHOOK_SECRET} is enough). Leave the topic out: with a secret set, the module opens that endpoint itself, with signature validation.'
        : `events.http.topics lists ${topic}: the events backend accepts POSTs to /api/events/http/${topic} without any validation unless a module registers a validator for that topic.`,
    );
  }
  return problems;
}

/**
 * The topics a config lists under `events.http.topics`. The events backend
 * (`HttpPostIngressEventPublisher.fromConfig`) opens `/api/events/http/<topic>`
 * for each of them and adds no validator of its own: only an ingress a module
 * registered for the same topic carries one. The GitHub events module registers
 * its `github` ingress, with signature validation, only when
 * `events.modules.github.webhookSecret` or an `integrations.github[].apps[].webhookSecret`
 * has a value; otherwise a listed `github` topic is an endpoint that accepts
 * any POST. Listing no topic is therefore the safe configuration.
 *
 * @param config a parsed app-config (any JSON value)
 * @returns the listed topics as strings, in order
 */
export function openWebhookTopics(config: Json): string[] {
  return asArray(get(config, 'events', 'http', 'topics')).map(String);
}
