import { newDiscoveryProvider, newGithubApp } from './presets';
import type {
  BuilderState,
  DiscoveryProviderState,
  GithubAppState,
  OrgState,
  SignInState,
} from './types';

/**
 * The readable part of link format 2: a state written as the changes it makes
 * to a preset, one query parameter per changed value, named by the same dotted
 * path validation uses (`discovery.0.organization`). For example
 * `v=2&preset=org-discovery-pat&discovery.0.organization=acme`.
 *
 * Values: strings as typed; booleans `true`/`false`; numbers in decimal; lists
 * of names comma-separated (`signIn.resolvers=a,b`, empty for none). An array
 * of Apps or providers whose length differs from the preset's gives its new
 * length (`discovery=2`); added items are compared with the item the form adds.
 *
 * `urlState.ts` wraps this in the versioned link and falls back to a JSON form
 * for the rare state this cannot carry exactly (a list item with a comma or a
 * space, which the form never produces).
 */

/** A value in a readable link, as the URL holds it (already decoded). */
type Params = ReadonlyArray<readonly [string, string]>;

/** Thrown while reading a readable link; the caller turns it into a notice. */
export class LinkError extends Error {}

type FieldKind =
  | { kind: 'string' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'list'; values?: readonly string[] };

const text: FieldKind = { kind: 'string' };
const number: FieldKind = { kind: 'number' };
const boolean: FieldKind = { kind: 'boolean' };
const list: FieldKind = { kind: 'list' };
const oneOf = (...values: string[]): FieldKind => ({ kind: 'enum', values });
const listOf = (...values: string[]): FieldKind => ({ kind: 'list', values });

/** Every field of each part of the state, with how its value is written. */
const topFields = {
  hostKind: oneOf('github.com', 'ghes'),
  ghesHost: text,
  apiBaseUrl: text,
  rawBaseUrl: text,
  credential: oneOf('none', 'pat', 'app'),
  tokenVar: text,
} satisfies Partial<Record<keyof BuilderState, FieldKind>>;

const appFields = {
  name: text,
  source: oneOf('include', 'env'),
  appIdVar: text,
  clientIdVar: text,
  clientSecretVar: text,
  privateKeyVar: text,
  webhookSecret: boolean,
  webhookSecretVar: text,
  allowedInstallationOwners: list,
} satisfies Record<keyof GithubAppState, FieldKind>;

const signInFields = {
  enabled: boolean,
  environment: text,
  clientIdVar: text,
  clientSecretVar: text,
  resolvers: listOf(
    'userIdMatchingUserEntityAnnotation',
    'emailMatchingUserEntityProfileEmail',
    'emailLocalPartMatchingUserEntityName',
    'usernameMatchingUserEntityName',
  ),
  frontend: oneOf('new', 'legacy'),
} satisfies Record<keyof SignInState, FieldKind>;

const providerFields = {
  id: text,
  organization: text,
  catalogPath: text,
  branch: text,
  repositoryPattern: text,
  topicInclude: list,
  topicExclude: list,
  visibility: listOf('public', 'private', 'internal'),
  allowForks: boolean,
  allowArchived: boolean,
  frequencyMinutes: number,
  timeoutMinutes: number,
} satisfies Record<keyof DiscoveryProviderState, FieldKind>;

const orgFields = {
  enabled: boolean,
  id: text,
  separateOrgs: boolean,
  orgs: list,
  frequencyMinutes: number,
  timeoutMinutes: number,
  useVerifiedEmails: boolean,
} satisfies Record<keyof OrgState, FieldKind>;

/** The most Apps or discovery providers a link may ask for (the form offers three). */
const maxItems = 5;

/** The App the form adds at position `index` (0-based). */
export function addedApp(index: number): GithubAppState {
  return newGithubApp(`backstage-${index + 1}`);
}

/** The discovery provider the form adds at position `index` (0-based). */
export function addedProvider(index: number): DiscoveryProviderState {
  return newDiscoveryProvider(index === 0 ? 'main' : `provider${index + 1}`);
}

type Value = string | number | boolean | readonly string[];

function write(value: Value): string {
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

function read(raw: string, field: FieldKind, at: string): Value {
  switch (field.kind) {
    case 'string':
      return raw;
    case 'number':
      if (!/^\d{1,9}(?:\.\d{1,9})?$/.test(raw)) throw new LinkError(at);
      return Number(raw);
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') throw new LinkError(at);
      return raw === 'true';
    case 'enum':
      if (!field.values.includes(raw)) throw new LinkError(at);
      return raw;
    case 'list': {
      const items = raw === '' ? [] : raw.split(',');
      if (items.length > 20) throw new LinkError(at);
      if (field.values && items.some((item) => !field.values!.includes(item))) {
        throw new LinkError(at);
      }
      return items;
    }
  }
}

function same(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => item === b[i]);
  }
  return a === b;
}

type Fields = Readonly<Record<string, FieldKind>>;
type Record_ = Record<string, unknown>;

function diffFields(
  fields: Fields,
  value: Record_,
  base: Record_,
  prefix: string,
  out: Array<[string, string]>,
): void {
  for (const key of Object.keys(fields)) {
    const v = value[key] as Value;
    if (!same(v, base[key] as Value)) out.push([prefix + key, write(v)]);
  }
}

function diffItems<T extends object>(
  name: string,
  fields: Fields,
  items: readonly T[],
  baseItems: readonly T[],
  added: (index: number) => T,
  out: Array<[string, string]>,
): void {
  if (items.length !== baseItems.length) out.push([name, String(items.length)]);
  items.forEach((item, i) => {
    diffFields(
      fields,
      item as Record_,
      (baseItems[i] ?? added(i)) as Record_,
      `${name}.${i}.`,
      out,
    );
  });
}

/**
 * The parameters that turn `base` into `state`, in a stable order.
 *
 * @param state the form state to write (any state `parseState` accepts)
 * @param base the preset state the link names
 * @returns `[name, value]` pairs; empty when `state` equals `base`.
 */
export function diffParams(state: BuilderState, base: BuilderState): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  diffFields(topFields, state as unknown as Record_, base as unknown as Record_, '', out);
  diffItems('apps', appFields, state.apps, base.apps, addedApp, out);
  diffFields(
    signInFields,
    state.signIn as unknown as Record_,
    base.signIn as unknown as Record_,
    'signIn.',
    out,
  );
  diffItems('discovery', providerFields, state.discovery, base.discovery, addedProvider, out);
  diffFields(
    orgFields,
    state.org as unknown as Record_,
    base.org as unknown as Record_,
    'org.',
    out,
  );
  return out;
}

/** Parameter names that belong to the state; anything else in a link is ignored. */
const roots = new Set([...Object.keys(topFields), 'apps', 'signIn', 'discovery', 'org']);

function resize<T>(items: T[], raw: string, added: (i: number) => T, at: string): T[] {
  if (!/^\d$/.test(raw) || Number(raw) > maxItems) throw new LinkError(at);
  const length = Number(raw);
  const next = items.slice(0, length);
  for (let i = next.length; i < length; i++) next.push(added(i));
  return next;
}

function setField(target: Record_, fields: Fields, key: string, raw: string, at: string): void {
  const field = fields[key];
  if (!field) throw new LinkError(at);
  target[key] = read(raw, field, at);
}

/**
 * Applies readable parameters to a copy of `base`.
 *
 * @param params decoded `[name, value]` pairs (`v` and `preset` are skipped;
 *   names outside the state, such as tracking parameters, are ignored)
 * @param base the preset state the link names (not changed)
 * @returns the state the link describes (field values are not validated here)
 * @throws LinkError naming the first parameter that cannot be read: an unknown
 *   field of the state, a repeated parameter, a value of the wrong type, or an
 *   index beyond the number of items.
 */
export function applyParams(params: Params, base: BuilderState): BuilderState {
  const state = structuredClone(base);
  const seen = new Set<string>();
  const fieldParams: Array<readonly [string, string]> = [];
  for (const [name, raw] of params) {
    const root = name.split('.')[0] ?? '';
    if (!roots.has(root)) continue;
    if (seen.has(name)) throw new LinkError(name);
    seen.add(name);
    // Lengths first, so that item fields land in items that exist.
    if (name === 'apps') state.apps = resize(state.apps, raw, addedApp, name);
    else if (name === 'discovery') {
      state.discovery = resize(state.discovery, raw, addedProvider, name);
    } else fieldParams.push([name, raw]);
  }
  for (const [name, raw] of fieldParams) {
    const parts = name.split('.');
    const [root, second, third] = parts;
    if (parts.length === 1 && root) {
      setField(state as unknown as Record_, topFields, root, raw, name);
    } else if (parts.length === 2 && root === 'signIn' && second) {
      setField(state.signIn as unknown as Record_, signInFields, second, raw, name);
    } else if (parts.length === 2 && root === 'org' && second) {
      setField(state.org as unknown as Record_, orgFields, second, raw, name);
    } else if (parts.length === 3 && (root === 'apps' || root === 'discovery') && second && third) {
      if (!/^\d$/.test(second)) throw new LinkError(name);
      const items: unknown[] = root === 'apps' ? state.apps : state.discovery;
      const item = items[Number(second)];
      if (item === undefined) throw new LinkError(name);
      setField(item as Record_, root === 'apps' ? appFields : providerFields, third, raw, name);
    } else {
      throw new LinkError(name);
    }
  }
  return state;
}

/**
 * Writes parameters as a query string, leaving `,` `:` `/` and `@` readable
 * (RFC 3986 allows them in a query; `URLSearchParams` reads them back as is).
 */
export function readableQuery(params: ReadonlyArray<readonly [string, string]>): string {
  const encode = (part: string): string =>
    encodeURIComponent(part)
      .replace(/%2C/g, ',')
      .replace(/%3A/g, ':')
      .replace(/%2F/g, '/')
      .replace(/%40/g, '@');
  return params.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
}
