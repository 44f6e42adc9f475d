import fc from 'fast-check';
import type {
  BuilderState,
  DiscoveryProviderState,
  GithubAppState,
  OrgState,
  RepoVisibility,
  SignInResolverId,
  SignInState,
} from './types';

/**
 * fast-check arbitraries for the builder: valid states across the whole option
 * space, with typed strings that YAML would misread if they were not quoted
 * (`yes`, `null`, `0x1F`, `#x`, `a: b`, quotes, non-ASCII). Used by this
 * library's tests and by the schema tests. Test-only: never imported by the site.
 */

/** Strings YAML 1.1 or 1.2 would read as booleans, null or numbers if left plain. */
export const yamlHostileWords = ['yes', 'no', 'on', 'off', 'y', 'n', 'true', 'null', 'nan'];

/** Owner names (GitHub users/orgs) that are valid and YAML-hostile. */
const ownerName = fc.oneof(
  fc.constantFrom(
    'example-org',
    'yes',
    'null',
    'No',
    'ON',
    'true',
    '0x1F',
    '1e3',
    '123',
    '0o17',
    'y',
    'Off',
  ),
  fc.stringMatching(/^[A-Za-z0-9](?:[A-Za-z0-9]|-[A-Za-z0-9]){0,12}$/),
);

/** Config keys (provider ids, environments): valid for Backstage and YAML-hostile. */
const configKey = fc.oneof(
  fc.constantFrom('main', 'yes', 'null', 'no', 'on', 'True', 'y', 'production', 'my-org_two'),
  fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:[-_][a-z][a-z0-9]{0,4}){0,2}$/),
);

/** Free text typed into catalogPath / githubOrg id: anything without control characters or edge spaces. */
const freeText = fc.oneof(
  fc.constantFrom(
    '/catalog-info.yaml',
    'yes',
    'null',
    '0x1F',
    '#x',
    'a: b',
    "it's",
    '"quoted"',
    "'single'",
    'héllo wörld',
    '日本語',
    '- dash',
    '&anchor',
    '*alias',
    '!tag',
    '%percent',
    '@at',
    '`tick',
    '{a: 1}',
    '[1, 2]',
    '~',
    '1:20',
    '.inf',
    '| pipe',
    '> gt',
    '?q',
    'a #comment',
    '${NOT_AN_ENV}',
  ),
  fc
    .string({ minLength: 1, maxLength: 20, unit: 'grapheme' })
    .filter(
      (s) =>
        s === s.trim() &&
        s.trim().length > 0 &&
        ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f),
    ),
);

/** Branch names valid for git and Backstage's filter. */
const branchName = fc.constantFrom(
  '',
  'main',
  'yes',
  'null',
  '0x1F',
  '#x',
  "it's",
  '"q"',
  'héllo',
  'release-1.0',
  'on',
);

/** Repository patterns that compile. */
const repositoryPattern = fc.constantFrom(
  '',
  '.*',
  'yes',
  'null',
  '#x',
  'a: b',
  "it's",
  'é+',
  '[a-z]+-service',
  'svc-(a|b)',
  '0x1F',
);

const topic = fc.oneof(
  fc.constantFrom('yes', 'null', '0x1f', '1e3', 'on', 'y', 'backstage', 'no'),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/),
);

const minutes = fc.integer({ min: 1, max: 24 * 60 });

const host = fc
  .oneof(
    fc.constantFrom(
      'github.example.com',
      'ghe.example.net',
      'git.corp.internal:8443',
      'yes.example',
      'null.example',
    ),
    fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:\.[a-z][a-z0-9]{0,8}){1,3}$/),
  )
  .filter((h) => h.toLowerCase() !== 'github.com');

const resolvers: SignInResolverId[] = [
  'userIdMatchingUserEntityAnnotation',
  'emailMatchingUserEntityProfileEmail',
  'emailLocalPartMatchingUserEntityName',
  'usernameMatchingUserEntityName',
];

const visibilities: RepoVisibility[] = ['public', 'private', 'internal'];

/** Env var name bases; uniqueness is ensured by role suffixes. */
const envBase = fc.oneof(
  fc.constantFrom('yes', 'null', 'on', 'Y', 'GITHUB', 'x', '_'),
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/),
);

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const ownerList = (max: number): fc.Arbitrary<string[]> =>
  fc.array(ownerName, { maxLength: max }).map((list) => uniqueBy(list, (o) => o.toLowerCase()));

function appArbitrary(index: number): fc.Arbitrary<GithubAppState> {
  return fc
    .record({
      name: fc.oneof(
        fc.constantFrom('backstage', 'yes', 'null', '0x1f', 'on'),
        fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,6})?$/),
      ),
      source: fc.constantFrom('include' as const, 'env' as const),
      base: envBase,
      webhookSecret: fc.boolean(),
      allowedInstallationOwners: ownerList(3),
    })
    .map(({ name, source, base, webhookSecret, allowedInstallationOwners }) => {
      const prefix = `${base}_APP${index}`;
      return {
        // Suffix the index so names are unique across Apps.
        name: `${name}-${index}`,
        source,
        appIdVar: `${prefix}_ID`,
        clientIdVar: `${prefix}_CLIENT_ID`,
        clientSecretVar: `${prefix}_CLIENT_SECRET`,
        privateKeyVar: `${prefix}_PRIVATE_KEY`,
        webhookSecret,
        webhookSecretVar: `${prefix}_WEBHOOK_SECRET`,
        allowedInstallationOwners,
      };
    });
}

const appsArbitrary: fc.Arbitrary<GithubAppState[]> = fc
  .integer({ min: 1, max: 3 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => appArbitrary(i + 1))));

const signInArbitrary: fc.Arbitrary<SignInState> = fc.record({
  enabled: fc.boolean(),
  environment: configKey,
  clientIdVar: envBase.map((b) => `${b}_SIGNIN_CLIENT_ID`),
  clientSecretVar: envBase.map((b) => `${b}_SIGNIN_CLIENT_SECRET`),
  resolvers: fc.shuffledSubarray(resolvers, { minLength: 1 }),
  frontend: fc.constantFrom('new' as const, 'legacy' as const),
});

const providerArbitrary: fc.Arbitrary<DiscoveryProviderState> = fc.record({
  id: configKey,
  organization: ownerName,
  catalogPath: freeText,
  branch: branchName,
  repositoryPattern,
  topicInclude: fc.uniqueArray(topic, { maxLength: 3 }),
  topicExclude: fc.uniqueArray(topic, { maxLength: 3 }),
  visibility: fc.subarray(visibilities),
  allowForks: fc.boolean(),
  allowArchived: fc.boolean(),
  frequencyMinutes: minutes,
  timeoutMinutes: minutes,
});

const discoveryArbitrary = fc
  .array(providerArbitrary, { maxLength: 3 })
  .map((list) => uniqueBy(list, (p) => p.id));

function orgArbitrary(withApp: boolean): fc.Arbitrary<OrgState> {
  return fc.record({
    enabled: fc.boolean(),
    id: freeText,
    separateOrgs: fc.boolean(),
    orgs: withApp
      ? ownerList(3)
      : fc
          .array(ownerName, { minLength: 1, maxLength: 3 })
          .map((l) => uniqueBy(l, (o) => o.toLowerCase())),
    frequencyMinutes: minutes,
    timeoutMinutes: minutes,
    useVerifiedEmails: fc.boolean(),
  });
}

/**
 * Valid builder states (validateState returns []): PAT, no credential, or
 * 1–3 Apps ($include or env vars); github.com or GHES; sign-in on/off with
 * every working resolver and either frontend system; 0–3 discovery providers
 * with all filters; githubOrg with its own orgs or following discovery's, with
 * or without orgs (without only when an App is used).
 */
export const arbitraryBuilderState: fc.Arbitrary<BuilderState> = fc
  .constantFrom('none' as const, 'pat' as const, 'app' as const)
  .chain((credential) =>
    fc
      .record({
        hostKind: fc.constantFrom('github.com' as const, 'ghes' as const),
        ghes: host.chain((h) =>
          fc.record({
            ghesHost: fc.constant(h),
            apiBaseUrl: fc.constantFrom(`https://${h}/api/v3`, `https://api.${h}`),
            rawBaseUrl: fc.constantFrom('', `https://${h}/raw`),
          }),
        ),
        tokenVar: envBase.map((b) => `${b}_TOKEN`),
        apps: credential === 'app' ? appsArbitrary : fc.constant<never[]>([]),
        signIn: signInArbitrary,
        discovery: credential === 'none' ? fc.constant<never[]>([]) : discoveryArbitrary,
        org:
          credential === 'none'
            ? orgArbitrary(false).map((o) => ({ ...o, enabled: false }))
            : orgArbitrary(credential === 'app'),
      })
      .map(({ hostKind, ghes, tokenVar, apps, signIn, discovery, org }): BuilderState => ({
        hostKind,
        ghesHost: hostKind === 'ghes' ? ghes.ghesHost : '',
        apiBaseUrl: hostKind === 'ghes' ? ghes.apiBaseUrl : '',
        rawBaseUrl: hostKind === 'ghes' ? ghes.rawBaseUrl : '',
        credential,
        tokenVar,
        apps,
        signIn,
        discovery,
        org,
      })),
  );
