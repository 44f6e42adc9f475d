import { detectSecret } from '../secrets';
import { defaultPresetId, findPreset, presetState } from './presets';
import type {
  BuilderState,
  ConfigBuilderPresetId,
  DiscoveryProviderState,
  GithubAppState,
  OrgState,
  SignInState,
} from './types';

/**
 * The builder's state in a URL: `?v=1&s=<base64url of the state as JSON>`,
 * or `?preset=<id>` for a preset. Links carry only the non-secret form state
 * (the form refuses secrets, and decoding refuses any link that holds one).
 */

/** Current link format. Bump it when `BuilderState` changes shape. */
export const urlStateVersion = 1;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw new Error('not base64url');
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * Encodes a state as URL search parameters.
 * @returns e.g. `v=1&s=eyJo…` (no leading `?`)
 */
export function encodeState(state: BuilderState): string {
  const params = new URLSearchParams({
    v: String(urlStateVersion),
    s: toBase64Url(JSON.stringify(state)),
  });
  return params.toString();
}

/** What a URL asked for. */
export interface DecodedUrl {
  state: BuilderState;
  /** The preset the state came from, when the URL named one (or fell back to one). */
  presetId?: ConfigBuilderPresetId;
  /** Set when the link could not be used as it is: a message for the reader. */
  notice?: string;
}

class ShapeError extends Error {}

type Reader = Record<string, unknown>;

function obj(value: unknown, at: string): Reader {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeError(at);
  return value as Reader;
}
function str(value: unknown, at: string): string {
  if (typeof value !== 'string' || value.length > 500) throw new ShapeError(at);
  return value;
}
function bool(value: unknown, at: string): boolean {
  if (typeof value !== 'boolean') throw new ShapeError(at);
  return value;
}
function num(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(at);
  return value;
}
function oneOf<T extends string>(value: unknown, allowed: readonly T[], at: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw new ShapeError(at);
  return value as T;
}
function list<T>(value: unknown, at: string, item: (v: unknown, at: string) => T, max = 20): T[] {
  if (!Array.isArray(value) || value.length > max) throw new ShapeError(at);
  return value.map((v, i) => item(v, `${at}.${i}`));
}

function readApp(value: unknown, at: string): GithubAppState {
  const o = obj(value, at);
  return {
    name: str(o.name, `${at}.name`),
    source: oneOf(o.source, ['include', 'env'] as const, `${at}.source`),
    appIdVar: str(o.appIdVar, `${at}.appIdVar`),
    clientIdVar: str(o.clientIdVar, `${at}.clientIdVar`),
    clientSecretVar: str(o.clientSecretVar, `${at}.clientSecretVar`),
    privateKeyVar: str(o.privateKeyVar, `${at}.privateKeyVar`),
    webhookSecret: bool(o.webhookSecret, `${at}.webhookSecret`),
    webhookSecretVar: str(o.webhookSecretVar, `${at}.webhookSecretVar`),
    allowedInstallationOwners: list(
      o.allowedInstallationOwners,
      `${at}.allowedInstallationOwners`,
      str,
    ),
  };
}

function readSignIn(value: unknown, at: string): SignInState {
  const o = obj(value, at);
  return {
    enabled: bool(o.enabled, `${at}.enabled`),
    environment: str(o.environment, `${at}.environment`),
    clientIdVar: str(o.clientIdVar, `${at}.clientIdVar`),
    clientSecretVar: str(o.clientSecretVar, `${at}.clientSecretVar`),
    resolvers: list(o.resolvers, `${at}.resolvers`, (v, a) =>
      oneOf(
        v,
        [
          'userIdMatchingUserEntityAnnotation',
          'emailMatchingUserEntityProfileEmail',
          'emailLocalPartMatchingUserEntityName',
          'usernameMatchingUserEntityName',
        ] as const,
        a,
      ),
    ),
  };
}

function readProvider(value: unknown, at: string): DiscoveryProviderState {
  const o = obj(value, at);
  return {
    id: str(o.id, `${at}.id`),
    organization: str(o.organization, `${at}.organization`),
    catalogPath: str(o.catalogPath, `${at}.catalogPath`),
    branch: str(o.branch, `${at}.branch`),
    repositoryPattern: str(o.repositoryPattern, `${at}.repositoryPattern`),
    topicInclude: list(o.topicInclude, `${at}.topicInclude`, str),
    topicExclude: list(o.topicExclude, `${at}.topicExclude`, str),
    visibility: list(o.visibility, `${at}.visibility`, (v, a) =>
      oneOf(v, ['public', 'private', 'internal'] as const, a),
    ),
    allowForks: bool(o.allowForks, `${at}.allowForks`),
    allowArchived: bool(o.allowArchived, `${at}.allowArchived`),
    frequencyMinutes: num(o.frequencyMinutes, `${at}.frequencyMinutes`),
    timeoutMinutes: num(o.timeoutMinutes, `${at}.timeoutMinutes`),
  };
}

function readOrg(value: unknown, at: string): OrgState {
  const o = obj(value, at);
  return {
    enabled: bool(o.enabled, `${at}.enabled`),
    id: str(o.id, `${at}.id`),
    orgs: list(o.orgs, `${at}.orgs`, str),
    frequencyMinutes: num(o.frequencyMinutes, `${at}.frequencyMinutes`),
    timeoutMinutes: num(o.timeoutMinutes, `${at}.timeoutMinutes`),
    useVerifiedEmails: bool(o.useVerifiedEmails, `${at}.useVerifiedEmails`),
  };
}

/**
 * Checks that an unknown JSON value has the shape of a {@link BuilderState}
 * and copies exactly the known keys (unknown keys are dropped).
 *
 * @returns the state, or `undefined` when any field is missing or has the wrong type.
 *   Field values are not validated here (that is `validateState`'s job).
 */
export function parseState(value: unknown): BuilderState | undefined {
  try {
    const o = obj(value, '');
    return {
      hostKind: oneOf(o.hostKind, ['github.com', 'ghes'] as const, 'hostKind'),
      ghesHost: str(o.ghesHost, 'ghesHost'),
      apiBaseUrl: str(o.apiBaseUrl, 'apiBaseUrl'),
      rawBaseUrl: str(o.rawBaseUrl, 'rawBaseUrl'),
      credential: oneOf(o.credential, ['none', 'pat', 'app'] as const, 'credential'),
      tokenVar: str(o.tokenVar, 'tokenVar'),
      apps: list(o.apps, 'apps', readApp, 5),
      signIn: readSignIn(o.signIn, 'signIn'),
      discovery: list(o.discovery, 'discovery', readProvider, 5),
      org: readOrg(o.org, 'org'),
    };
  } catch (error) {
    if (error instanceof ShapeError) return undefined;
    throw error;
  }
}

function containsSecret(value: unknown): boolean {
  if (typeof value === 'string') return detectSecret(value) !== undefined;
  if (Array.isArray(value)) return value.some(containsSecret);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(containsSecret);
  return false;
}

/**
 * Reads the builder's state from a URL's search string. Never throws: a bad,
 * outdated or tampered link falls back to a preset with a `notice`.
 *
 * @param search `location.search` (with or without the leading `?`)
 * @param fallback preset to use when the URL names none (the component's `preset` prop)
 */
export function decodeUrl(
  search: string,
  fallback: ConfigBuilderPresetId = defaultPresetId,
): DecodedUrl {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const presetParam = params.get('preset');
  let presetId = fallback;
  let notice: string | undefined;
  if (presetParam !== null) {
    const preset = findPreset(presetParam);
    if (preset) presetId = preset.id;
    else
      notice = `This link asks for a preset the builder does not have (“${presetParam.slice(0, 40)}”). Showing “${findPreset(fallback)?.label ?? fallback}” instead.`;
  }
  const encoded = params.get('s');
  if (encoded === null) {
    return { state: presetState(presetId), presetId, ...(notice ? { notice } : {}) };
  }
  const fallbackLabel = findPreset(presetId)?.label ?? presetId;
  const version = params.get('v');
  if (version !== String(urlStateVersion)) {
    return {
      state: presetState(presetId),
      presetId,
      notice: `This link was made by ${version === null ? 'an unknown' : `another (v${version.slice(0, 10)})`} version of the builder and cannot be read. Showing the preset “${fallbackLabel}” instead.`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(encoded));
  } catch {
    json = undefined;
  }
  if (containsSecret(json)) {
    return {
      state: presetState(presetId),
      presetId,
      notice: `This link contains something that looks like a token or private key, so it was not loaded. Showing the preset “${fallbackLabel}” instead.`,
    };
  }
  const state = parseState(json);
  if (!state) {
    return {
      state: presetState(presetId),
      presetId,
      notice: `This link is damaged or out of date, so the builder could not read it. Showing the preset “${fallbackLabel}” instead.`,
    };
  }
  return { state };
}
