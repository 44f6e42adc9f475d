import {
  eventPermission,
  featureIds,
  tokenFeatures,
  type AccessLevel,
  type FeatureId,
  type PermissionSection,
} from '../../data/tokenFeatures';
import { validateHostName, validateOwnerName } from '../githubNames';
import { detectSecret, secretWarning } from '../secrets';
import { buildManifest, type AppManifest } from './manifest';
import { urlPermissions } from './urlPermissions';
import { classicTokenUrl, fineGrainedTokenUrl } from './urls';

/**
 * The token planner's logic: from the Backstage features a reader chooses to
 * the minimal fine-grained PAT permissions, classic PAT scopes and GitHub App
 * permissions, with the links and manifest that create them. Pure: no DOM, no
 * network. Facts come from `src/data/tokenFeatures.ts` (each entry has its
 * source) and GitHub Docs as cited below.
 */

/** Repositories Backstage works with. */
export type Visibility = 'public' | 'private';
/** Who owns a fine-grained PAT (its resource owner) or a GitHub App. */
export type OwnerType = 'user' | 'organization';

/** What the reader typed and chose; strings are raw form values. */
export interface PlanInput {
  readonly features: readonly FeatureId[];
  readonly visibility: Visibility;
  readonly ownerType: OwnerType;
  /** GitHub login of the user or organization; may be empty for a user (the token's own account). */
  readonly ownerName: string;
  /** `github.com`, a GHE.com host (`octocorp.ghe.com`) or a GitHub Enterprise Server host. */
  readonly host: string;
  /** Days until the token expires, as typed (`"90"`). Ignored when `noExpiration`. */
  readonly expiresInDays: string;
  readonly noExpiration: boolean;
  /** The token's display name (also the App's name). */
  readonly tokenName: string;
  /** Subscribe the App to webhook events (Backstage's events module receives them). */
  readonly webhooks: boolean;
  /** Backstage's public URL, for the App's homepage and webhook URL. */
  readonly backstageUrl: string;
}

/** The fields a validation message can belong to. */
export type PlanField =
  'features' | 'ownerType' | 'ownerName' | 'host' | 'expiresInDays' | 'tokenName' | 'backstageUrl';

export interface FieldError {
  readonly field: PlanField;
  readonly message: string;
}

/** Why a feature needs a row of the output. */
export interface RowReason {
  readonly feature: FeatureId;
  readonly featureLabel: string;
  readonly reason: string;
  readonly source: string;
}

/** One permission in an output table. */
export interface PermissionRow {
  /** Machine name: URL parameter (fine-grained) or app-permissions name (App). */
  readonly name: string;
  /** GitHub's label, e.g. `Commit statuses`. */
  readonly title: string;
  readonly section: PermissionSection;
  readonly level: AccessLevel;
  /** Added by GitHub rather than chosen (Metadata: read). */
  readonly implied: boolean;
  readonly reasons: readonly RowReason[];
}

/** One classic scope in the output. */
export interface ScopeRow {
  readonly scope: string;
  readonly reasons: readonly RowReason[];
}

/** An App permission the manifest cannot carry, to set by hand. */
export interface ManualAppRow {
  readonly label: string;
  readonly level: AccessLevel;
  readonly reasons: readonly RowReason[];
}

/** One webhook event in the manifest. */
export interface EventRow {
  readonly event: string;
  readonly reasons: readonly RowReason[];
}

/** Where GitHub is and what its token pages accept. */
export interface HostInfo {
  /** Lower-cased host as typed. */
  readonly host: string;
  /** `dotcom` (github.com), `ghe-com` (GHE.com, GitHub Enterprise Cloud) or `ghes`. */
  readonly kind: 'dotcom' | 'ghe-com' | 'ghes';
  /** `https://HOST`. */
  readonly webOrigin: string;
}

/** The planner's answer. */
export interface TokenPlan {
  /** Validation messages; when any exists, no link is given. */
  readonly errors: readonly FieldError[];
  /** Advice that does not block the links. */
  readonly warnings: readonly string[];
  readonly hostInfo: HostInfo | undefined;
  readonly fineGrained: {
    readonly rows: readonly PermissionRow[];
    /** Why no fine-grained PAT can do this (e.g. organization permissions on a personal owner). */
    readonly blocked: string | undefined;
    /** The pre-filled creation link, when the input is valid and the host documents it. */
    readonly url: string | undefined;
    /** Steps on GitHub that no link can do. */
    readonly steps: readonly string[];
  };
  readonly classic: {
    readonly rows: readonly ScopeRow[];
    readonly url: string | undefined;
    readonly steps: readonly string[];
  };
  readonly app: {
    readonly rows: readonly PermissionRow[];
    readonly manualRows: readonly ManualAppRow[];
    readonly events: readonly EventRow[];
    readonly manifest: AppManifest;
    /** Where the manifest is POSTed to register the App (manifest flow), when valid. */
    readonly registerUrl: string | undefined;
    readonly steps: readonly string[];
  };
  /** Notes of the chosen features. */
  readonly notes: readonly string[];
}

/** GitHub's limits on the values a template URL may carry (docs table, see urls.ts). */
export const limits = {
  tokenName: 40,
  description: 1024,
  minDays: 1,
  maxDays: 366,
  /** GitHub App names are at most 34 characters (GitHub Docs, "Registering a GitHub App"). */
  appName: 34,
} as const;

const levelRank: Record<AccessLevel, number> = { read: 1, write: 2, admin: 3 };
const maxLevel = (a: AccessLevel, b: AccessLevel): AccessLevel =>
  levelRank[a] >= levelRank[b] ? a : b;

/** App permission labels as GitHub's settings page shows them (for the names this planner emits). */
const appTitles: Record<string, string> = {
  metadata: 'Metadata',
  contents: 'Contents',
  statuses: 'Commit statuses',
  members: 'Members',
  administration: 'Administration',
  workflows: 'Workflows',
  secrets: 'Secrets',
  environments: 'Environments',
  pull_requests: 'Pull requests',
};

/** Section of an App permission name (only organization ones need saying). */
const appSection = (name: string): PermissionSection =>
  name === 'members' ? 'organization' : 'repository';

/**
 * Classifies a host.
 * @param host already validated with `validateHostName`
 * @returns `dotcom` for github.com, `ghe-com` for `*.ghe.com` (GitHub Enterprise
 *   Cloud with data residency), else `ghes`.
 */
export function classifyHost(host: string): HostInfo {
  const lower = host.toLowerCase();
  const kind = lower === 'github.com' ? 'dotcom' : /\.ghe\.com$/.test(lower) ? 'ghe-com' : 'ghes';
  return { host: lower, kind, webOrigin: `https://${lower}` };
}

/**
 * Validates a Backstage URL (homepage and webhook base of the App).
 * @returns `undefined` when it is an http(s) URL without credentials, query or fragment.
 */
export function validateBackstageUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full URL, for example https://backstage.example.com.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Use an http or https URL.';
  if (url.username || url.password) return 'Leave user names and passwords out of the URL.';
  if (url.search || url.hash) return 'Enter the base URL only, without ? or #.';
  return undefined;
}

/**
 * Parses the expiration.
 * @returns whole days 1–366, `'none'`, or an error message.
 */
export function parseExpiration(
  expiresInDays: string,
  noExpiration: boolean,
): { value: number | 'none' } | { error: string } {
  if (noExpiration) return { value: 'none' };
  const trimmed = expiresInDays.trim();
  if (!/^\d+$/.test(trimmed)) {
    return { error: 'Enter the expiration as a whole number of days, from 1 to 366.' };
  }
  const days = Number(trimmed);
  if (days < limits.minDays || days > limits.maxDays) {
    return { error: 'GitHub accepts an expiration from 1 to 366 days (or no expiration).' };
  }
  return { value: days };
}

function secretErrors(input: PlanInput): FieldError[] {
  const fields: ReadonlyArray<readonly [PlanField, string]> = [
    ['ownerName', input.ownerName],
    ['host', input.host],
    ['expiresInDays', input.expiresInDays],
    ['tokenName', input.tokenName],
    ['backstageUrl', input.backstageUrl],
  ];
  const errors: FieldError[] = [];
  for (const [field, value] of fields) {
    const kind = detectSecret(value);
    if (kind) errors.push({ field, message: secretWarning(kind) });
  }
  return errors;
}

/**
 * Checks every field.
 * @returns one message per invalid field (at most one per field), in form order.
 */
export function validatePlanInput(input: PlanInput): FieldError[] {
  const secret = secretErrors(input);
  const secretFields = new Set(secret.map((e) => e.field));
  const errors: FieldError[] = [...secret];
  const add = (field: PlanField, message: string | undefined) => {
    if (message && !secretFields.has(field)) errors.push({ field, message });
  };
  if (input.features.length === 0) add('features', 'Choose at least one thing Backstage will do.');
  if (input.ownerType === 'organization' || input.ownerName !== '') {
    add(
      'ownerName',
      input.ownerName === '' && input.ownerType === 'organization'
        ? 'Enter the organization’s name as it appears in its GitHub URL.'
        : validateOwnerName(input.ownerName),
    );
  }
  add('host', validateHostName(input.host));
  const expiration = parseExpiration(input.expiresInDays, input.noExpiration);
  if ('error' in expiration) add('expiresInDays', expiration.error);
  if (input.tokenName.trim() === '') add('tokenName', 'Enter a name for the token.');
  else if (input.tokenName.length > limits.tokenName)
    add('tokenName', `GitHub accepts token names of at most ${limits.tokenName} characters.`);
  add('backstageUrl', validateBackstageUrl(input.backstageUrl));
  const order: readonly PlanField[] = [
    'features',
    'ownerType',
    'ownerName',
    'host',
    'expiresInDays',
    'tokenName',
    'backstageUrl',
  ];
  return errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

/** The chosen features in canonical order, without duplicates or unknown ids. */
function chosen(features: readonly FeatureId[]) {
  const set = new Set(features);
  return tokenFeatures.filter((f) => set.has(f.id) && featureIds.includes(f.id));
}

interface Acc {
  level: AccessLevel;
  section: PermissionSection;
  reasons: RowReason[];
}

function accumulate(
  map: Map<string, Acc>,
  name: string,
  level: AccessLevel,
  section: PermissionSection,
  reason: RowReason,
) {
  const prev = map.get(name);
  if (prev) {
    prev.level = maxLevel(prev.level, level);
    prev.reasons.push(reason);
  } else {
    map.set(name, { level, section, reasons: [reason] });
  }
}

/**
 * Fine-grained PAT permissions for the features, merged (highest level wins),
 * without Metadata (see {@link plan}, which adds it as implied).
 */
export function fineGrainedNeeds(
  features: readonly FeatureId[],
  visibility: Visibility,
): Map<string, Acc> {
  const map = new Map<string, Acc>();
  for (const f of chosen(features)) {
    for (const need of f.fineGrained) {
      if (need.privateOnly && visibility === 'public') continue;
      accumulate(map, need.permission, need.level, need.section, {
        feature: f.id,
        featureLabel: f.label,
        reason: need.reason,
        source: need.source,
      });
    }
  }
  return map;
}

/** Classic scopes for the features, with `public_repo` dropped when `repo` is present. */
export function classicNeeds(
  features: readonly FeatureId[],
  visibility: Visibility,
): Map<string, RowReason[]> {
  const map = new Map<string, RowReason[]>();
  for (const f of chosen(features)) {
    for (const need of f.classic) {
      const scope =
        visibility === 'public' && need.publicScope !== undefined ? need.publicScope : need.scope;
      if (scope === null) continue;
      const reason = {
        feature: f.id,
        featureLabel: f.label,
        reason: need.reason,
        source: need.source,
      };
      map.set(scope, [...(map.get(scope) ?? []), reason]);
    }
  }
  const publicRepo = map.get('public_repo');
  const repo = map.get('repo');
  if (publicRepo && repo) {
    repo.push(...publicRepo);
    map.delete('public_repo');
  }
  return map;
}

/** GitHub App permissions for the features (without Metadata), merged. */
export function appNeeds(features: readonly FeatureId[]): Map<string, Acc> {
  const map = new Map<string, Acc>();
  for (const f of chosen(features)) {
    for (const need of f.app) {
      accumulate(map, need.permission, need.level, appSection(need.permission), {
        feature: f.id,
        featureLabel: f.label,
        reason: need.reason,
        source: need.source,
      });
    }
  }
  return map;
}

const sortRows = <T extends { section: PermissionSection; name: string }>(rows: T[]): T[] =>
  rows.sort((a, b) =>
    a.section === b.section ? a.name.localeCompare(b.name) : a.section === 'repository' ? -1 : 1,
  );

const metadataReason = (text: string, source: string): RowReason => ({
  feature: 'catalog',
  featureLabel: 'GitHub',
  reason: text,
  source,
});

/**
 * Plans the tokens and App for the reader's choices.
 *
 * @param input raw form values (see {@link PlanInput})
 * @returns the tables (always, even with errors, so the reader sees what is
 *   needed), the validation errors, and the links only when there is no error.
 *   Never throws for user input; throws only if the data tables are
 *   inconsistent (a programming error the unit tests catch).
 */
export function plan(input: PlanInput): TokenPlan {
  const errors = validatePlanInput(input);
  const warnings: string[] = [];
  const features = chosen(input.features);
  const hostValid = !errors.some((e) => e.field === 'host');
  const hostInfo = hostValid ? classifyHost(input.host) : undefined;
  const valid = errors.length === 0;
  const expiration = parseExpiration(input.expiresInDays, input.noExpiration);
  const expiresIn = 'value' in expiration ? expiration.value : undefined;

  // Fine-grained PAT.
  const fg = fineGrainedNeeds(input.features, input.visibility);
  const fgRows: PermissionRow[] = sortRows(
    [...fg].map(([name, acc]) => ({
      name,
      title: urlPermissions.get(name)?.title ?? name,
      section: acc.section,
      level: acc.level,
      implied: false,
      reasons: acc.reasons,
    })),
  );
  if (fgRows.some((r) => r.section === 'repository')) {
    fgRows.unshift({
      name: 'metadata',
      title: 'Metadata',
      section: 'repository',
      level: 'read',
      implied: true,
      reasons: [
        metadataReason(
          'GitHub adds it to every token with a repository permission; the link does not need to ask for it.',
          'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#pre-filling-fine-grained-personal-access-token-details-using-url-parameters',
        ),
      ],
    });
  }
  const needsOrgPermission = fgRows.some((r) => r.section === 'organization');
  const blocked =
    needsOrgPermission && input.ownerType === 'user'
      ? 'Importing users and teams needs the organization permission Members, and GitHub gives organization permissions only to a fine-grained PAT whose resource owner is the organization. Choose “An organization” as the owner, or use a classic PAT or a GitHub App.'
      : undefined;
  const description =
    `Backstage: ${features.map((f) => f.label.charAt(0).toLowerCase() + f.label.slice(1)).join(', ')}`.slice(
      0,
      limits.description,
    );
  const tokenName = input.tokenName.trim();
  const ownerName = input.ownerName.trim();

  const linkable = valid && hostInfo !== undefined && hostInfo.kind !== 'ghes';
  const fgUrl =
    linkable && !blocked && expiresIn !== undefined
      ? fineGrainedTokenUrl({
          origin: hostInfo.webOrigin,
          name: tokenName,
          description,
          targetName: ownerName || undefined,
          expiresIn,
          permissions: fgRows.filter((r) => !r.implied).map((r) => [r.name, r.level] as const),
        })
      : undefined;

  const fgSteps: string[] = [];
  const hasRepoPermission = fgRows.some((r) => r.section === 'repository');
  const wantsAll = features.some((f) => f.id === 'discovery' || f.id === 'createRepos');
  if (!hasRepoPermission) {
    fgSteps.push(
      'Under Repository access, keep “Public repositories”: the token reads public repositories without any permission.',
    );
  } else if (wantsAll) {
    fgSteps.push(
      'Under Repository access, choose “All repositories”: discovery and repository creation must see repositories that do not exist yet.',
    );
  } else {
    fgSteps.push(
      'Under Repository access, choose “Only select repositories” and pick the repositories Backstage works with (no URL parameter can choose them).',
    );
  }
  if (input.ownerType === 'organization') {
    fgSteps.push(
      'If the organization requires approval of fine-grained PATs, the token stays pending, and reads only public resources, until an organization owner approves it.',
    );
  }
  if (hostInfo?.kind === 'ghes') {
    fgSteps.unshift(
      `Open ${hostInfo.webOrigin}/settings/personal-access-tokens/new (Settings → Developer settings → Personal access tokens → Fine-grained tokens). GitHub documents the pre-filling URL parameters for GitHub.com and GitHub Enterprise Cloud only, so fill the form by hand: name, expiration, resource owner, and each permission below. Fine-grained PATs exist on recent GitHub Enterprise Server releases only; if yours has no such page, use a classic PAT.`,
    );
  }
  if (input.noExpiration) {
    warnings.push(
      'A token without expiration is refused by any organization or enterprise whose token lifetime policy sets a maximum (organizations have a 366-day maximum for fine-grained PATs by default).',
    );
  }

  // Classic PAT.
  const classic = classicNeeds(input.features, input.visibility);
  const classicRows: ScopeRow[] = [...classic].map(([scope, reasons]) => ({ scope, reasons }));
  const classicUrl = linkable
    ? classicTokenUrl({
        origin: hostInfo.webOrigin,
        scopes: classicRows.map((r) => r.scope),
        description: tokenName,
      })
    : undefined;
  const classicSteps: string[] = [];
  if (hostInfo?.kind === 'ghes') {
    classicSteps.push(
      `Open ${hostInfo.webOrigin}/settings/tokens/new (Settings → Developer settings → Personal access tokens → Tokens (classic)), enter the note “${tokenName}”, and tick the scopes below.`,
    );
  }
  classicSteps.push(
    expiresIn === 'none'
      ? 'Choose “No expiration” in the form: the link cannot set it.'
      : `Set the expiration to ${expiresIn ?? 'the number of'} days in the form: the link cannot set it.`,
  );
  if (input.ownerType === 'organization') {
    classicSteps.push(
      'If the organization uses SAML single sign-on, authorize the token for it (Configure SSO next to the token), or GitHub answers 403 for the organization’s resources.',
    );
  }

  // GitHub App.
  const app = appNeeds(input.features);
  const appRows: PermissionRow[] = sortRows(
    [...app].map(([name, acc]) => ({
      name,
      title: appTitles[name] ?? name,
      section: acc.section,
      level: acc.level,
      implied: false,
      reasons: acc.reasons,
    })),
  );
  appRows.unshift({
    name: 'metadata',
    title: 'Metadata',
    section: 'repository',
    level: 'read',
    implied: true,
    reasons: [
      metadataReason(
        'GitHub gives every App read access to repository metadata; the manifest states it, as Backstage’s own create-github-app does.',
        '@backstage/cli-module-github@0.1.4 dist/commands/create-github-app/GithubCreateAppServer.cjs.js',
      ),
    ],
  });
  const manualRows: ManualAppRow[] = [];
  for (const f of features) {
    for (const m of f.appManual ?? []) {
      const reason = { feature: f.id, featureLabel: f.label, reason: m.reason, source: m.source };
      const prev = manualRows.find((r) => r.label === m.label);
      if (prev) (prev.reasons as RowReason[]).push(reason);
      else manualRows.push({ label: m.label, level: m.level, reasons: [reason] });
    }
  }
  const events: EventRow[] = [];
  if (input.webhooks) {
    for (const f of features) {
      for (const e of f.appEvents ?? []) {
        const reason = { feature: f.id, featureLabel: f.label, reason: e.reason, source: e.source };
        const prev = events.find((r) => r.event === e.event);
        if (prev) (prev.reasons as RowReason[]).push(reason);
        else events.push({ event: e.event, reasons: [reason] });
      }
    }
  }
  const appName = tokenName.slice(0, limits.appName).trim() || 'Backstage';
  if (tokenName.length > limits.appName) {
    warnings.push(
      `GitHub App names are at most ${limits.appName} characters, so the manifest uses “${appName}”.`,
    );
  }
  const backstageBase = validateBackstageUrl(input.backstageUrl)
    ? 'https://backstage.example.com'
    : input.backstageUrl.replace(/\/+$/, '');
  const manifest = buildManifest({
    name: appName,
    url: backstageBase,
    webhookUrl: `${backstageBase}/api/events/http/github`,
    webhooksActive: input.webhooks,
    permissions: appRows.map((r) => [r.name, r.level] as const),
    events: events.map((e) => e.event),
  });
  for (const e of manifest.default_events) {
    const needed = eventPermission[e];
    if (!needed || !(needed in manifest.default_permissions)) {
      throw new Error(`Event ${e} needs a permission the manifest lacks`);
    }
  }
  const registerUrl =
    valid && hostInfo && hostInfo.kind !== 'ghes'
      ? input.ownerType === 'organization'
        ? `${hostInfo.webOrigin}/organizations/${encodeURIComponent(ownerName)}/settings/apps/new`
        : `${hostInfo.webOrigin}/settings/apps/new`
      : undefined;
  const appSteps: string[] = [];
  if (hostInfo?.kind === 'ghes') {
    appSteps.push(
      `Register the App by hand at ${hostInfo.webOrigin}/${input.ownerType === 'organization' ? `organizations/${ownerName || 'ORGANIZATION'}/settings/apps/new` : 'settings/apps/new'}, copying the permissions and events from the manifest: Backstage’s docs say GitHub Enterprise does not support registering Apps from manifests.`,
    );
  }
  for (const m of manualRows) {
    appSteps.push(
      `After registering, open the App’s Permissions & events page and set ${m.label} to “Read and write” (repository permissions): the manifest cannot carry it.`,
    );
  }
  appSteps.push('Generate a private key on the App’s settings page and store it as a secret.');
  appSteps.push(
    input.ownerType === 'organization'
      ? 'Install the App on the organization (Install App) and choose its repositories; installing needs the organization Owner role.'
      : 'Install the App on your account (Install App) and choose its repositories.',
  );
  if (input.webhooks) {
    appSteps.push(
      'Set a webhook secret on the App and give the same value to Backstage as events.modules.github.webhookSecret.',
    );
  }
  const notes = features.flatMap((f) => f.notes ?? []);

  return {
    errors,
    warnings,
    hostInfo,
    fineGrained: { rows: fgRows, blocked, url: fgUrl, steps: fgSteps },
    classic: { rows: classicRows, url: classicUrl, steps: classicSteps },
    app: { rows: appRows, manualRows, events, manifest, registerUrl, steps: appSteps },
    notes,
  };
}
