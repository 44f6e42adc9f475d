import {
  validateAppName,
  validateConfigKey,
  validateEnvVarName,
  validateHostName,
  validateOwnerName,
} from '../githubNames';
import { detectSecret, secretWarning } from '../secrets';
import { checkConfigRules, workingGithubResolvers } from './rules';
import { buildConfig } from './config';
import { orgsFollowDiscovery } from './organizations';
import type { BuilderState, FieldError } from './types';

export { validateAppName, validateConfigKey } from '../githubNames';

/**
 * Field validation and cross-field rules for {@link BuilderState}.
 * Every check returns messages; nothing here throws.
 */

/**
 * GitHub topics: lowercase letters, numbers and hyphens, starting with a
 * letter or number, at most 50 characters.
 * Source: GitHub Docs, "Classifying your repository with topics".
 */
const topicPattern = /^[a-z0-9][a-z0-9-]{0,49}$/;

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f]/;

/** Largest schedule accepted, in minutes (one week). */
export const maxMinutes = 7 * 24 * 60;

/**
 * Validates a repository regular expression as Backstage uses it
 * (`filters.repository`, anchored as `^…$`).
 * @returns `undefined` if it compiles, else a message with the engine's reason.
 */
export function validateRepositoryPattern(pattern: string): string | undefined {
  if (pattern.length === 0) return undefined;
  try {
    new RegExp(`^(?:${pattern})$`);
    new RegExp(pattern);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `This regular expression does not compile: ${reason}`;
  }
  return undefined;
}

/**
 * Validates a branch name for `filters.branch` (Backstage forbids `/`;
 * the rest follows `git check-ref-format`).
 */
export function validateBranch(branch: string): string | undefined {
  if (branch.length === 0) return undefined;
  if (branch.includes('/')) return 'Backstage does not accept a / in the branch filter.';
  if (
    /[\s~^:?*[\\]/.test(branch) ||
    controlCharacters.test(branch) ||
    branch.includes('..') ||
    branch.includes('@{')
  ) {
    return 'Git branch names cannot contain spaces, ~ ^ : ? * [ \\, "..", or "@{".';
  }
  if (
    branch.startsWith('-') ||
    branch.startsWith('.') ||
    branch.endsWith('.') ||
    branch.endsWith('.lock')
  ) {
    return 'Git branch names cannot start with - or ., or end with . or .lock.';
  }
  return undefined;
}

/** Validates the `catalogPath` (a path or minimatch glob inside each repository). */
export function validateCatalogPath(path: string): string | undefined {
  if (path.trim().length === 0)
    return 'Enter the path of the catalog file, for example /catalog-info.yaml.';
  if (controlCharacters.test(path))
    return 'The path cannot contain line breaks or control characters.';
  if (path !== path.trim()) return 'Remove the spaces at the start or end of the path.';
  return undefined;
}

/** Validates a free-text identifier such as the githubOrg `id`. */
export function validateFreeText(value: string, what: string): string | undefined {
  if (value.trim().length === 0) return `Enter ${what}.`;
  if (controlCharacters.test(value))
    return `${capitalise(what)} cannot contain line breaks or control characters.`;
  if (value !== value.trim()) return 'Remove the spaces at the start or end.';
  if (value.length > 100) return 'Keep it to 100 characters or fewer.';
  return undefined;
}

/** Validates a GitHub topic. */
export function validateTopic(topic: string): string | undefined {
  if (!topicPattern.test(topic)) {
    return `“${topic}” is not a GitHub topic: topics use lowercase letters, digits and hyphens, start with a letter or digit, and have at most 50 characters.`;
  }
  return undefined;
}

/** Validates an `http(s)://` base URL such as `https://github.example.com/api/v3`. */
export function validateBaseUrl(url: string, what: string): string | undefined {
  if (url.length === 0) return `Enter ${what}.`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `Enter a full URL starting with https://, for example https://github.example.com/api/v3.`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'Use an https:// URL.';
  if (parsed.search || parsed.hash) return 'Leave out any ? query or # fragment.';
  if (/\s/.test(url)) return 'A URL cannot contain spaces.';
  return undefined;
}

/** Validates whole minutes for a schedule. */
export function validateMinutes(value: number): string | undefined {
  if (!Number.isFinite(value) || !Number.isInteger(value) || value <= 0) {
    return 'Enter a positive whole number of minutes.';
  }
  if (value > maxMinutes) return `Use at most ${maxMinutes} minutes (one week).`;
  return undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The host the integration uses (`github.com` or the GHES host name). */
export function integrationHost(state: BuilderState): string {
  return state.hostKind === 'ghes' ? state.ghesHost : 'github.com';
}

/** Every string in a JSON value, for the secret scan. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) {
    for (const [i, item] of value.entries())
      yield* strings(item, path ? `${path}.${i}` : String(i));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      yield* strings(item, path ? `${path}.${key}` : key);
  }
}

/**
 * Validates a whole state: every field that is in use, then the cross-field
 * rules (on the state and on the config it generates).
 *
 * @param state the form state
 * @returns every problem found; an empty array means the state is valid and
 *   {@link generateFiles} will succeed. Never throws.
 */
export function validateState(state: BuilderState): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string | undefined): void => {
    if (message !== undefined) errors.push({ field, message });
  };

  // Secrets must never be in a state, whatever field they came through.
  for (const [path, value] of strings(state, '')) {
    const kind = detectSecret(value);
    if (kind) add(path, secretWarning(kind));
  }

  // Host.
  if (state.hostKind === 'ghes') {
    add('ghesHost', validateHostName(state.ghesHost));
    if (state.ghesHost.toLowerCase() === 'github.com') {
      add(
        'ghesHost',
        'github.com is not a GitHub Enterprise Server host: choose github.com above instead.',
      );
    }
    // Rule: a GHES host needs apiBaseUrl (GithubUrlReader throws without it;
    // @backstage/backend-defaults@0.18.0 dist/entrypoints/urlReader/lib/GithubUrlReader.cjs.js).
    add(
      'apiBaseUrl',
      validateBaseUrl(state.apiBaseUrl, 'the API base URL (required for GitHub Enterprise Server)'),
    );
    if (state.rawBaseUrl.length > 0)
      add('rawBaseUrl', validateBaseUrl(state.rawBaseUrl, 'the raw base URL'));
  }

  // Environment variable names: valid and each used once.
  const envVars: Array<[string, string]> = [];
  if (state.credential === 'pat') envVars.push(['tokenVar', state.tokenVar]);
  if (state.credential === 'app') {
    if (state.apps.length === 0)
      add('apps', 'Add at least one GitHub App, or choose a personal access token.');
    if (state.apps.length > 3) add('apps', 'The builder supports up to three GitHub Apps.');
    const names = new Set<string>();
    state.apps.forEach((app, i) => {
      add(`apps.${i}.name`, validateAppName(app.name));
      if (names.has(app.name)) add(`apps.${i}.name`, 'Each App needs its own name.');
      names.add(app.name);
      if (app.source === 'env') {
        envVars.push([`apps.${i}.appIdVar`, app.appIdVar]);
        envVars.push([`apps.${i}.clientIdVar`, app.clientIdVar]);
        envVars.push([`apps.${i}.clientSecretVar`, app.clientSecretVar]);
        envVars.push([`apps.${i}.privateKeyVar`, app.privateKeyVar]);
        if (app.webhookSecret) envVars.push([`apps.${i}.webhookSecretVar`, app.webhookSecretVar]);
      }
      const owners = new Set<string>();
      for (const owner of app.allowedInstallationOwners) {
        const message = validateOwnerName(owner);
        if (message) add(`apps.${i}.allowedInstallationOwners`, `“${owner}”: ${message}`);
        if (owners.has(owner.toLowerCase())) {
          add(`apps.${i}.allowedInstallationOwners`, `“${owner}” is listed twice.`);
        }
        owners.add(owner.toLowerCase());
      }
    });
  }

  if (state.signIn.enabled) {
    add('signIn.environment', validateConfigKey(state.signIn.environment, 'an environment name'));
    envVars.push(['signIn.clientIdVar', state.signIn.clientIdVar]);
    envVars.push(['signIn.clientSecretVar', state.signIn.clientSecretVar]);
    if (state.signIn.resolvers.length === 0)
      add('signIn.resolvers', 'Choose at least one sign-in resolver.');
    for (const resolver of state.signIn.resolvers) {
      if (!workingGithubResolvers.has(resolver)) {
        add(
          'signIn.resolvers',
          `${resolver} is not available for GitHub sign-in and fails at startup.`,
        );
      }
    }
    if (new Set(state.signIn.resolvers).size !== state.signIn.resolvers.length) {
      add('signIn.resolvers', 'Each resolver can be listed once.');
    }
  }

  const seenVars = new Map<string, string>();
  for (const [field, name] of envVars) {
    add(field, validateEnvVarName(name));
    if (seenVars.has(name))
      add(field, `${name} is already used for another value: give each value its own variable.`);
    else seenVars.set(name, field);
  }

  // Discovery providers.
  if (state.discovery.length > 0 && state.credential === 'none') {
    add(
      'discovery',
      'Discovery needs credentials: choose a personal access token or a GitHub App.',
    );
  }
  if (state.discovery.length > 3)
    add('discovery', 'The builder supports up to three discovery providers.');
  const ids = new Set<string>();
  state.discovery.forEach((p, i) => {
    const f = (name: string): string => `discovery.${i}.${name}`;
    add(f('id'), validateConfigKey(p.id, 'a provider id'));
    if (ids.has(p.id)) add(f('id'), 'Each provider needs its own id.');
    ids.add(p.id);
    add(f('organization'), validateOwnerName(p.organization));
    add(f('catalogPath'), validateCatalogPath(p.catalogPath));
    add(f('branch'), validateBranch(p.branch));
    add(f('repositoryPattern'), validateRepositoryPattern(p.repositoryPattern));
    for (const topic of p.topicInclude) add(f('topicInclude'), validateTopic(topic));
    for (const topic of p.topicExclude) add(f('topicExclude'), validateTopic(topic));
    if (new Set(p.visibility).size !== p.visibility.length)
      add(f('visibility'), 'Each visibility can be listed once.');
    add(f('frequencyMinutes'), validateMinutes(p.frequencyMinutes));
    add(f('timeoutMinutes'), validateMinutes(p.timeoutMinutes));
  });

  // Users and teams.
  if (state.org.enabled) {
    if (state.credential === 'none') {
      add(
        'org',
        'Importing users and teams needs credentials: choose a personal access token or a GitHub App.',
      );
    }
    add('org.id', validateFreeText(state.org.id, 'an id for this provider'));
    // Organizations that follow discovery are checked on the discovery fields.
    const following = orgsFollowDiscovery(state);
    if (!following) {
      const orgs = new Set<string>();
      for (const org of state.org.orgs) {
        const message = validateOwnerName(org);
        if (message) add('org.orgs', `“${org}”: ${message}`);
        if (orgs.has(org.toLowerCase())) add('org.orgs', `“${org}” is listed twice.`);
        orgs.add(org.toLowerCase());
      }
    }
    // Rule: without orgs the provider lists the App's installations; PATs are
    // not supported (@backstage/plugin-catalog-backend-module-github-org@0.3.26 dist/module.cjs.js).
    // (Organizations that follow discovery are never empty once the discovery fields are valid.)
    if (!following && state.org.orgs.length === 0 && state.credential !== 'app') {
      add(
        'org.orgs',
        'List at least one organization: reading every installation only works with a GitHub App.',
      );
    }
    add('org.frequencyMinutes', validateMinutes(state.org.frequencyMinutes));
    add('org.timeoutMinutes', validateMinutes(state.org.timeoutMinutes));
  }

  // Cross-field rules on the generated config, as a second line of defence.
  if (errors.length === 0) {
    for (const message of checkConfigRules(buildConfig(state).config)) add('config', message);
  }
  return errors;
}
