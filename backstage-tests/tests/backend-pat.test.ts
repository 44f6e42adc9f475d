/**
 * Scenarios 1, 2 and 4 of issue 8 §2 on one real backend built from the guide:
 * features from the guide's `packages/backend/src/index.ts` snippets and the
 * builder's generated `index.ts`, config from the create-app base plus the
 * builder's `org-discovery-pat` preset (the organization set to the fake's), with
 * every GitHub URL pointed at the fake GitHub.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRequire } from 'node:module';
import type { JsonObject } from '@backstage/types';
import { newDiscoveryProvider, presetState } from '../../src/lib/configBuilder';
import { importedNamespace } from '../../src/data/orgImportNamespaces';
import { credentialTree, type TreeOutcome } from '../../src/data/credentialTree';
import { enumeratePaths, getNode } from '../../src/lib/credentialTree/model';
import { startBackend, waitFor, type RunningBackend } from '../src/backend';
import { startFakeGithub, type FakeGithub, type RecordedRequest } from '../src/fakeGithub/server';
import {
  ORG,
  expectedDiscoveredComponents,
  fakeOrganization,
  fakeUser,
} from '../src/fakeGithub/fixtures';
import {
  builderBackendPackages,
  builderConfig,
  guideBackendFeatures,
  guideBackendSnippets,
} from '../src/guideBackend';
import { installNetGuard } from '../src/netGuard';
import { REPRODUCING_TESTS } from '../src/reproducing';
import {
  TEST_LAYER,
  createAppBase,
  matchEntry,
  pointAtFake,
  signIn,
  startSignIn,
} from '../src/scenario';

const require = createRequire(import.meta.url);
const guard = installNetGuard();

const PAT = `pat-${Math.random().toString(36).slice(2)}`;
const CLIENT_ID = 'backstage-tests-oauth-client';
const CLIENT_SECRET = 'backstage-tests-oauth-secret';
const env = (name: string): string | undefined =>
  ({
    GITHUB_TOKEN: PAT,
    AUTH_GITHUB_CLIENT_ID: CLIENT_ID,
    AUTH_GITHUB_CLIENT_SECRET: CLIENT_SECRET,
  })[name];

/** The org-discovery-pat preset as a reader fills it in for the fake's organization, plus a second provider that allows forks. */
function builderState() {
  const state = presetState('org-discovery-pat');
  state.discovery = [
    { ...state.discovery[0]!, organization: ORG },
    { ...newDiscoveryProvider('forks', ORG), repositoryPattern: 'forked-.*', allowForks: true },
  ];
  state.org = { ...state.org, orgs: [ORG] };
  return state;
}

/** Extra sign-in environments on the same provider, for the error scenarios. */
const extraAuthEnvironments: JsonObject = {
  auth: {
    providers: {
      github: {
        emails: {
          clientId: CLIENT_ID,
          clientSecret: CLIENT_SECRET,
          signIn: { resolvers: [{ resolver: 'emailMatchingUserEntityProfileEmail' }] },
        },
        nosignin: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      },
    },
  },
};

let fake: FakeGithub;
let backend: RunningBackend;
let features: string[];
let ingestion: RecordedRequest[];
let components: JsonObject[];
let users: JsonObject[];
let groups: JsonObject[];

beforeAll(async () => {
  fake = await startFakeGithub();
  fake.pats.add(PAT);
  fake.oauthClients.push({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  const state = builderState();
  features = guideBackendFeatures(state);
  const configs = pointAtFake(
    [
      ...(await createAppBase(env)),
      ...(await builderConfig(state, env)),
      { context: 'extra-auth-environments', data: extraAuthEnvironments },
    ],
    fake,
  );
  backend = await startBackend({ features, configs: [...configs, TEST_LAYER] });
  try {
    await ingest();
  } catch (error) {
    throw new Error(
      `${String(error)}\nbackend problems:\n${backend.problems()}\nfake GitHub saw:\n${fake.requests
        .map((r) => `${r.method} ${r.path} ${r.credential.kind} ${r.status}`)
        .join('\n')}`,
    );
  }
});

async function ingest(): Promise<void> {
  const expected = expectedDiscoveredComponents(ORG, {
    allowForks: false,
    allowArchived: false,
    includePrivate: true,
  });
  components = await waitFor('discovered components', async () => {
    const found = await backend.entities('Component');
    return found.length >= expected.length + 1 ? found : undefined;
  });
  users = await waitFor('imported users', async () => {
    const found = await backend.entities('User');
    return found.length >= fakeOrganization(ORG)!.members.length ? found : undefined;
  });
  groups = await backend.entities('Group');
  ingestion = [...fake.requests];
}

afterAll(async () => {
  await backend?.stop();
  await fake?.close();
  expect(fake.overLimit).toBe(0);
  expect(guard.refused).toEqual([]);
});

const names = (entities: JsonObject[]) =>
  entities.map((e) => (e.metadata as { name: string }).name).sort();

describe('the backend the guide describes', () => {
  test('every package the guide and the builder add to index.ts is installed here', () => {
    const snippets = guideBackendSnippets();
    expect(snippets.length).toBeGreaterThanOrEqual(4);
    const named = [
      ...snippets.flatMap((s) => s.packages),
      ...builderBackendPackages(builderState()),
    ];
    for (const name of named) {
      expect(() => require.resolve(`${name}/package.json`), name).not.toThrow();
    }
    expect(features).toEqual(expect.arrayContaining(named));
  });
});

describe('scenario 1: PAT discovery', () => {
  test('catalog.providers.github ingests the catalog files, archived skipped, forks per allowForks', () => {
    const main = expectedDiscoveredComponents(ORG, {
      allowForks: false,
      allowArchived: false,
      includePrivate: true,
    });
    // The second provider matches forked-.* (anchored by the module) and allows forks: the fork comes in through it only.
    expect(names(components)).toEqual([...main, 'forked-library'].sort());
    expect(names(components)).not.toContain('archived-service');
  });

  test('every request to GitHub carries the PAT', () => {
    expect(ingestion.length).toBeGreaterThan(0);
    expect(ingestion.filter((r) => r.graphqlOperation === 'repositories').length).toBe(2);
    for (const request of ingestion) {
      expect(request.authorization, `${request.method} ${request.path}`).toBe(`Bearer ${PAT}`);
      expect(request.credential.kind).toBe('pat');
    }
  });
});

describe('scenario 2: users and teams', () => {
  test('githubOrg emits Users with the github.com/user-id annotation and Groups, in the namespaces step 7 states', () => {
    const organization = fakeOrganization(ORG)!;
    expect(names(users)).toEqual([...organization.members].sort());
    for (const user of users) {
      const metadata = user.metadata as {
        name: string;
        namespace: string;
        annotations: Record<string, string>;
      };
      expect(metadata.annotations['github.com/user-id']).toBe(fakeUser(metadata.name).nodeId);
      expect(metadata.namespace).toBe(
        importedNamespace('User', ORG, { definitions: 1, orgsListed: 1 }),
      );
    }
    expect(names(groups)).toEqual(organization.teams.map((t) => t.slug).sort());
    for (const group of groups) {
      expect((group.metadata as { namespace: string }).namespace).toBe(
        importedNamespace('Group', ORG, { definitions: 1, orgsListed: 1 }),
      );
    }
  });

  test('with a PAT the provider asks for emails and gets the public ones', () => {
    const usersQuery = ingestion.find((r) => r.graphqlOperation === 'users');
    expect(usersQuery?.graphqlVariables?.email).toBe(true);
    const octocat = users.find((u) => (u.metadata as { name: string }).name === 'octocat')!;
    expect((octocat.spec as { profile: { email?: string } }).profile.email).toBe(
      fakeUser('octocat').email,
    );
  });
});

describe('scenario 4: sign-in', () => {
  test('/start redirects to GitHub with the client id and the callback path step 4 gives', async () => {
    const start = await startSignIn(backend, 'development');
    expect(start.status).toBe(302);
    expect(start.location!.origin + start.location!.pathname).toBe(
      `${fake.origin}/login/oauth/authorize`,
    );
    expect(start.location!.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(start.location!.searchParams.get('redirect_uri')).toBe(
      `${backend.baseUrl}/api/auth/github/handler/frame`,
    );
    expect(start.nonceCookie).toMatch(/^github-nonce=/);
  });

  test('userIdMatchingUserEntityAnnotation signs in the imported User', async () => {
    const result = await signIn(backend, fake, {
      env: 'development',
      login: 'octocat',
      clientId: CLIENT_ID,
    });
    expect(result.error).toBeUndefined();
    expect(result.response?.backstageIdentity?.identity.userEntityRef).toBe('user:default/octocat');
    expect(result.response?.backstageIdentity?.identity.ownershipEntityRefs).toEqual(
      expect.arrayContaining(['user:default/octocat', 'group:default/platform']),
    );
    const exchange = fake.requests.filter((r) => r.path === '/login/oauth/access_token');
    expect(exchange.length).toBeGreaterThan(0);
    const profile = fake.requests.filter((r) => r.path === '/api/v3/user').at(-1);
    expect(profile?.credential).toEqual({ kind: 'user-token', login: 'octocat' });
  });

  test('the explorer’s sign-in outcomes name the credential the fake saw', () => {
    const profileRequests = fake.requests.filter((r) => r.path === '/api/v3/user');
    expect(profileRequests.length).toBeGreaterThan(0);
    const seen = new Set(profileRequests.map((r) => r.credential.kind));
    const signInPaths = enumeratePaths(credentialTree).filter((p) => p.answers[0] === 'sign-in');
    expect(signInPaths.map((p) => p.outcome).sort()).toEqual(['signInGithubApp', 'signInOauthApp']);
    for (const path of signInPaths) {
      const outcome = getNode(credentialTree, path.outcome) as TreeOutcome;
      // Both kinds of app run the same OAuth flow through the module; the fake cannot tell them apart.
      expect([...seen]).toEqual([outcome.credentialKind]);
    }
  });

  test(REPRODUCING_TESTS['unable-to-resolve-user-identity'], async () => {
    const result = await signIn(backend, fake, {
      env: 'development',
      login: 'stranger',
      clientId: CLIENT_ID,
    });
    expect(result.response?.backstageIdentity).toBeUndefined();
    expect(
      matchEntry('unable-to-resolve-user-identity', result.error?.message ?? ''),
    ).toBeDefined();
  });

  test(REPRODUCING_TESTS['profile-has-no-email'], async () => {
    const result = await signIn(backend, fake, {
      env: 'emails',
      login: 'mona',
      clientId: CLIENT_ID,
    });
    expect(fakeUser('mona').email).toBeNull();
    expect(matchEntry('profile-has-no-email', result.error?.message ?? '')).toBeDefined();
  });

  test('without signIn.resolvers the handler returns no Backstage identity (the frontend then says the provider is not configured to support sign-in)', async () => {
    const result = await signIn(backend, fake, {
      env: 'nosignin',
      login: 'octocat',
      clientId: CLIENT_ID,
    });
    expect(result.error).toBeUndefined();
    expect(result.response?.profile).toBeDefined();
    expect(result.response?.backstageIdentity).toBeUndefined();
  });

  test(REPRODUCING_TESTS['no-configuration-for-environment'], async () => {
    const start = await startSignIn(backend, 'production');
    expect(start.status).toBe(404);
    const match = matchEntry('no-configuration-for-environment', start.error?.message ?? '');
    expect(match?.values).toEqual({ env: 'production' });
  });
});
