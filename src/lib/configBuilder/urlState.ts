import { detectSecret } from '../secrets';
import { usersAndTeamsOrgs } from './organizations';
import { defaultPresetId, findPreset, presetState } from './presets';
import { applyParams, diffParams, LinkError, readableQuery } from './shareLink';
import type {
  BuilderState,
  ConfigBuilderPresetId,
  DiscoveryProviderState,
  GithubAppState,
  OrgState,
  SignInState,
} from './types';

/**
 * The builder's state in a link. Links carry only the non-secret form state:
 * the form refuses secrets, {@link encodeState} writes no link for a state that
 * holds one, and {@link decodeUrl} refuses any link that does.
 *
 * Formats, all still read:
 * - `?preset=<id>`: a preset as it is.
 * - Format 1 (`?v=1&s=<base64url of the state as JSON>`): what the builder wrote
 *   before format 2. Its state has no frontend choice (always the new frontend
 *   system) and lists its users-and-teams organizations itself.
 * - Format 2, readable (`?v=2&preset=<id>&<path>=<value>…`): the changes to a
 *   preset, see `shareLink.ts`. What {@link encodeState} writes.
 * - Format 2, JSON (`?v=2&preset=<id>&s=<base64url>`): the fallback for a state
 *   the readable form cannot carry exactly.
 */

/** Current link format. Bump it when `BuilderState` changes shape, and keep reading the old ones. */
export const urlStateVersion = 2;

/** A state format a link can hold. */
type StateVersion = 1 | 2;

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

/** What a URL asked for. */
export interface DecodedUrl {
  state: BuilderState;
  /**
   * The preset the state came from: for a preset link (or a fallback) the
   * state is exactly that preset; for a link with changes, the preset it changes.
   */
  presetId?: ConfigBuilderPresetId;
  /** Whether the state is the preset unchanged. */
  unchanged?: boolean;
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

function readSignIn(value: unknown, at: string, version: StateVersion): SignInState {
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
    // Format 1 had no choice: its sign-in page was always for the new frontend system.
    frontend:
      version === 1 ? 'new' : oneOf(o.frontend, ['new', 'legacy'] as const, `${at}.frontend`),
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

function readOrg(value: unknown, at: string, version: StateVersion): OrgState {
  const o = obj(value, at);
  return {
    enabled: bool(o.enabled, `${at}.enabled`),
    id: str(o.id, `${at}.id`),
    // Format 1 always listed its own organizations; migrateOrgs() below links them
    // to discovery when they are exactly discovery's.
    separateOrgs: version === 1 ? true : bool(o.separateOrgs, `${at}.separateOrgs`),
    orgs: list(o.orgs, `${at}.orgs`, str),
    frequencyMinutes: num(o.frequencyMinutes, `${at}.frequencyMinutes`),
    timeoutMinutes: num(o.timeoutMinutes, `${at}.timeoutMinutes`),
    useVerifiedEmails: bool(o.useVerifiedEmails, `${at}.useVerifiedEmails`),
  };
}

/**
 * Checks that an unknown JSON value has the shape of a {@link BuilderState}
 * in link format `version` and copies exactly the known keys (unknown keys are
 * dropped). A format 1 state gets the fields format 2 added: the new frontend
 * system, and users and teams that follow discovery when its organizations are
 * exactly discovery's (so the generated files stay the same).
 *
 * @returns the state, or `undefined` when any field is missing or has the wrong type.
 *   Field values are not validated here (that is `validateState`'s job).
 */
export function parseState(value: unknown, version: StateVersion = 2): BuilderState | undefined {
  try {
    const o = obj(value, '');
    const state: BuilderState = {
      hostKind: oneOf(o.hostKind, ['github.com', 'ghes'] as const, 'hostKind'),
      ghesHost: str(o.ghesHost, 'ghesHost'),
      apiBaseUrl: str(o.apiBaseUrl, 'apiBaseUrl'),
      rawBaseUrl: str(o.rawBaseUrl, 'rawBaseUrl'),
      credential: oneOf(o.credential, ['none', 'pat', 'app'] as const, 'credential'),
      tokenVar: str(o.tokenVar, 'tokenVar'),
      apps: list(o.apps, 'apps', readApp, 5),
      signIn: readSignIn(o.signIn, 'signIn', version),
      discovery: list(o.discovery, 'discovery', readProvider, 5),
      org: readOrg(o.org, 'org', version),
    };
    if (version === 1) {
      const linked = { ...state, org: { ...state.org, separateOrgs: false } };
      const follows =
        state.discovery.length > 0 &&
        JSON.stringify(usersAndTeamsOrgs(linked)) === JSON.stringify(state.org.orgs);
      if (follows) return linked;
    }
    return state;
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

/** Deep equality of two JSON values (object key order ignored). */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => jsonEqual(item, b[i]))
    );
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * Writes a state as URL search parameters, in format 2: readable when that
 * carries the state exactly, else as JSON.
 *
 * @param state the form state
 * @param presetId the preset the link names as its base (the one the reader
 *   started from); the default preset when omitted
 * @returns e.g. `v=2&preset=org-discovery-pat&discovery.0.organization=acme`
 *   (no leading `?`), or `undefined` when any value in the state looks like a
 *   token or private key: such a state never becomes a link.
 */
export function encodeState(
  state: BuilderState,
  presetId: ConfigBuilderPresetId = defaultPresetId,
): string | undefined {
  if (containsSecret(state)) return undefined;
  const head: Array<[string, string]> = [
    ['v', String(urlStateVersion)],
    ['preset', presetId],
  ];
  const readable = readableQuery([...head, ...diffParams(state, presetState(presetId))]);
  const decoded = decodeUrl(readable);
  if (decoded.notice === undefined && jsonEqual(decoded.state, state)) return readable;
  return readableQuery([...head, ['s', toBase64Url(JSON.stringify(state))]]);
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
  const fallbackLabel = findPreset(presetId)?.label ?? presetId;
  const asPreset = (message?: string): DecodedUrl => ({
    state: presetState(presetId),
    presetId,
    unchanged: true,
    ...(message ? { notice: message } : {}),
  });
  const damaged = `This link is damaged or out of date, so the builder could not read it. Showing the preset “${fallbackLabel}” instead.`;
  const secret = `This link contains something that looks like a token or private key, so it was not loaded. Showing the preset “${fallbackLabel}” instead.`;
  const version = params.get('v');
  const encoded = params.get('s');
  if (notice) return asPreset(notice);
  if (encoded === null && version !== '2') return asPreset();
  if (version !== '1' && version !== '2') {
    return asPreset(
      `This link was made by ${version === null ? 'an unknown' : `another (v${version.slice(0, 10)})`} version of the builder and cannot be read. Showing the preset “${fallbackLabel}” instead.`,
    );
  }
  if (encoded !== null) {
    let json: unknown;
    try {
      json = JSON.parse(fromBase64Url(encoded));
    } catch {
      json = undefined;
    }
    if (containsSecret(json)) return asPreset(secret);
    const state = parseState(json, version === '1' ? 1 : 2);
    if (!state) return asPreset(damaged);
    return { state, presetId, unchanged: false };
  }
  const entries = [...params.entries()];
  if (entries.some(([, value]) => detectSecret(value) !== undefined)) return asPreset(secret);
  try {
    const state = applyParams(entries, presetState(presetId));
    return { state, presetId, unchanged: jsonEqual(state, presetState(presetId)) };
  } catch (error) {
    if (error instanceof LinkError) {
      return asPreset(
        `Part of this link (“${error.message.slice(0, 60)}”) could not be read, so the builder ignored the link. Showing the preset “${fallbackLabel}” instead.`,
      );
    }
    throw error;
  }
}
