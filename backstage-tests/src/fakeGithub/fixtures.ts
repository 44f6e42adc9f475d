/**
 * The fake GitHub's data: organizations, their repositories (with
 * `catalog-info.yaml` files), members and teams, and users. Plain data, shared
 * by the fake server and the tests that check what the backend made of it.
 *
 * Shapes follow what the modules read (the GraphQL fields in
 * `@backstage/plugin-catalog-backend-module-github@0.14.0:dist/lib/github.cjs.js`,
 * the REST fields in `@backstage/integration@2.2.0:dist/github/SingleInstanceGithubCredentialsProvider.cjs.js`
 * and passport-github2's profile parser).
 */

/** A GitHub user. `nodeId` is the GraphQL `id` (REST `node_id`). */
export interface FakeUser {
  readonly login: string;
  readonly databaseId: number;
  readonly nodeId: string;
  readonly name: string;
  /** The public profile email, if any. */
  readonly email: string | null;
  /** `organizationVerifiedDomainEmails(login: org)` for every org. */
  readonly verifiedDomainEmails: readonly string[];
}

export interface FakeRepository {
  readonly name: string;
  readonly visibility: 'PUBLIC' | 'PRIVATE';
  readonly isArchived: boolean;
  readonly isFork: boolean;
  readonly defaultBranch: string;
  readonly topics: readonly string[];
  /** Files on the default branch, by path without a leading slash. */
  readonly files: Readonly<Record<string, string>>;
}

export interface FakeTeam {
  readonly slug: string;
  readonly name: string;
  readonly parent?: string;
  readonly members: readonly string[];
}

export interface FakeOrganization {
  readonly login: string;
  readonly members: readonly string[];
  readonly teams: readonly FakeTeam[];
  readonly repositories: readonly FakeRepository[];
}

/** A `catalog-info.yaml` with one Component. */
export function componentYaml(name: string, owner = 'group:default/platform'): string {
  return [
    'apiVersion: backstage.io/v1alpha1',
    'kind: Component',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  type: service',
    '  lifecycle: production',
    `  owner: ${owner}`,
    '',
  ].join('\n');
}

const user = (
  login: string,
  databaseId: number,
  name: string,
  email: string | null,
  verifiedDomainEmails: string[] = [],
): FakeUser => ({
  login,
  databaseId,
  // GitHub's legacy node id format: base64 of "04:User<databaseId>".
  nodeId: Buffer.from(`04:User${databaseId}`).toString('base64'),
  name,
  email,
  verifiedDomainEmails,
});

/** Every user the fake knows. `stranger` belongs to no organization, so no User entity is made for them. */
export const USERS: readonly FakeUser[] = [
  user('octocat', 583231, 'The Octocat', 'octocat@example.com', ['octocat+work@acme.example']),
  user('mona', 100001, 'Mona Lisa', null, ['mona@acme.example']),
  user('hubot', 100002, 'Hubot', null),
  user('stranger', 100003, 'Not A Member', null),
];

/** The organization discovery and org import read. */
export const ORG = 'acme';
/** A second organization, for the several-organizations layout (mixed case on purpose). */
export const SECOND_ORG = 'Globex';
/** An organization no fake GitHub App is installed on (the PAT fallback). */
export const UNINSTALLED_ORG = 'initech';

const repo = (
  name: string,
  options: Partial<Omit<FakeRepository, 'name'>> & { catalog?: boolean } = {},
): FakeRepository => ({
  name,
  visibility: options.visibility ?? 'PUBLIC',
  isArchived: options.isArchived ?? false,
  isFork: options.isFork ?? false,
  defaultBranch: options.defaultBranch ?? 'main',
  topics: options.topics ?? [],
  files:
    options.files ??
    (options.catalog === false ? {} : { 'catalog-info.yaml': componentYaml(name) }),
});

export const ORGANIZATIONS: readonly FakeOrganization[] = [
  {
    login: ORG,
    members: ['octocat', 'mona', 'hubot'],
    teams: [
      { slug: 'platform', name: 'Platform', members: ['octocat', 'mona'] },
      { slug: 'web', name: 'Web', parent: 'platform', members: ['hubot'] },
    ],
    repositories: [
      repo('public-service'),
      repo('private-service', { visibility: 'PRIVATE' }),
      repo('archived-service', { isArchived: true }),
      repo('forked-library', { isFork: true }),
      repo('no-catalog-file', { catalog: false }),
    ],
  },
  {
    login: SECOND_ORG,
    members: ['octocat'],
    teams: [{ slug: 'platform', name: 'Globex Platform', members: ['octocat'] }],
    repositories: [repo('globex-service'), repo('globex-private', { visibility: 'PRIVATE' })],
  },
  {
    login: UNINSTALLED_ORG,
    members: ['hubot'],
    teams: [],
    repositories: [repo('initech-service'), repo('initech-private', { visibility: 'PRIVATE' })],
  },
];

/** Looks a user up by login. @throws RangeError for an unknown login (a fixture typo). */
export function fakeUser(login: string): FakeUser {
  const found = USERS.find((u) => u.login === login);
  if (!found) throw new RangeError(`No fake user ${login}`);
  return found;
}

/** Looks an organization up by login, case-insensitively (as GitHub does). */
export function fakeOrganization(login: string): FakeOrganization | undefined {
  return ORGANIZATIONS.find((o) => o.login.toLowerCase() === login.toLowerCase());
}

/**
 * The repositories discovery should turn into Components with the builder's
 * default filters (`allowForks: false`, `allowArchived: false`): not archived,
 * not a fork, with a catalog file.
 */
export function expectedDiscoveredComponents(
  org: string,
  options: { allowForks: boolean; allowArchived: boolean; includePrivate: boolean },
): string[] {
  const organization = fakeOrganization(org);
  if (!organization) return [];
  return organization.repositories
    .filter((r) => 'catalog-info.yaml' in r.files)
    .filter((r) => options.allowArchived || !r.isArchived)
    .filter((r) => options.allowForks || !r.isFork)
    .filter((r) => options.includePrivate || r.visibility === 'PUBLIC')
    .map((r) => r.name)
    .sort();
}
