/**
 * Scenario 3 of issue 8 §2 (and the several-organizations half of scenario 2)
 * on a real backend built from the builder's `production-app` preset: a GitHub
 * App whose credentials file carries a throw-away RSA key generated here, with
 * step 9's "keep `token` as a fallback" setup. The fake GitHub verifies every
 * App JWT (RS256 signature against the App's public key, `iss` = App ID).
 *
 * Installations: `acme` (all repositories), `Globex` (selected repositories:
 * `globex-service`); `initech` has none, so its repositories must be read with
 * the PAT, silently.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AppConfig } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import YAML from 'yaml';
import { generateFiles, newDiscoveryProvider, presetState } from '../../src/lib/configBuilder';
import { importedNamespace, userNamespace } from '../../src/data/orgImportNamespaces';
import { startBackend, waitFor, type RunningBackend } from '../src/backend';
import { startFakeGithub, type FakeGithub, type RecordedRequest } from '../src/fakeGithub/server';
import {
  ORG,
  SECOND_ORG,
  UNINSTALLED_ORG,
  fakeOrganization,
  fakeUser,
} from '../src/fakeGithub/fixtures';
import { builderConfig, guideBackendFeatures } from '../src/guideBackend';
import { installNetGuard } from '../src/netGuard';
import { packageFile } from '../src/runtime';
import { REPRODUCING_TESTS } from '../src/reproducing';
import {
  TEST_LAYER,
  createAppBase,
  matchEntry,
  pointAtFake,
  signIn,
  startSignIn,
  throwAwayAppKey,
} from '../src/scenario';

const guard = installNetGuard();

const APP_ID = 4242;
const PAT = `pat-${Math.random().toString(36).slice(2)}`;
const CLIENT_ID = 'backstage-tests-app-client';
const CLIENT_SECRET = 'backstage-tests-app-secret';
const key = throwAwayAppKey();
const env = (name: string): string | undefined =>
  ({
    GITHUB_TOKEN: PAT,
    AUTH_GITHUB_CLIENT_ID: CLIENT_ID,
    AUTH_GITHUB_CLIENT_SECRET: CLIENT_SECRET,
  })[name];

function builderState() {
  const state = presetState('production-app');
  state.discovery = [
    { ...state.discovery[0]!, organization: ORG },
    newDiscoveryProvider('globex', SECOND_ORG),
    newDiscoveryProvider('initech', UNINSTALLED_ORG),
  ];
  return state;
}

/** The credentials file the builder templates, filled in as the reader would (the key generated above). */
function filledCredentialsFile(): { path: string; content: string } {
  const template = generateFiles(builderState()).find((f) => f.path.endsWith('-credentials.yaml'))!;
  const values = YAML.parse(template.content) as Record<string, unknown>;
  const filled = {
    ...values,
    appId: APP_ID,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    privateKey: key.privateKeyPem,
  };
  return { path: template.path, content: YAML.stringify(filled) };
}

/**
 * Step 9's "keep `token` as a fallback": the PAT added to the builder's integration
 * entry (as `${GITHUB_TOKEN}` would give it once substituted).
 */
function withFallbackToken(configs: AppConfig[]): AppConfig[] {
  return configs.map((layer) => {
    const github = (layer.data.integrations as { github?: JsonObject[] } | undefined)?.github;
    if (!github) return layer;
    return {
      ...layer,
      data: {
        ...layer.data,
        integrations: { github: github.map((entry) => ({ ...entry, token: PAT })) },
      },
    };
  });
}

let fake: FakeGithub;
let backend: RunningBackend;
let ingestion: RecordedRequest[];
let components: JsonObject[];
let users: JsonObject[];
let groups: JsonObject[];

beforeAll(async () => {
  fake = await startFakeGithub();
  fake.pats.add(PAT);
  fake.oauthClients.push({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  fake.apps.push({
    appId: APP_ID,
    publicKeyPem: key.publicKeyPem,
    installations: [
      { id: 11, owner: ORG },
      { id: 12, owner: SECOND_ORG, selectedRepositories: ['globex-service'] },
    ],
  });
  const state = builderState();
  const loaded = await builderConfig(state, env, [filledCredentialsFile()]);
  const configs = pointAtFake([...(await createAppBase(env)), ...withFallbackToken(loaded)], fake);
  backend = await startBackend({
    features: guideBackendFeatures(state),
    configs: [...configs, TEST_LAYER],
  });
  try {
    components = await waitFor('discovered components', async () => {
      const found = await backend.entities('Component');
      return found.length >= 5 ? found : undefined;
    });
    users = await waitFor('imported users', async () => {
      const found = await backend.entities('User');
      return found.length >= 3 ? found : undefined;
    });
    groups = await backend.entities('Group');
    ingestion = [...fake.requests];
  } catch (error) {
    throw new Error(
      `${String(error)}\nbackend problems:\n${backend.problems()}\nfake GitHub saw:\n${fake.requests
        .map((r) => `${r.method} ${r.path} ${r.credential.kind} ${r.status}`)
        .join('\n')}`,
    );
  }
});

afterAll(async () => {
  await backend?.stop();
  await fake?.close();
  expect(fake.overLimit).toBe(0);
  expect(guard.refused).toEqual([]);
});

const names = (entities: JsonObject[]) =>
  entities.map((e) => (e.metadata as { name: string }).name).sort();
const ownerOf = (r: RecordedRequest) => {
  if (r.graphqlVariables?.org) return String(r.graphqlVariables.org);
  return /^\/(?:api\/v3\/repos|raw)\/([^/]+)\//.exec(r.path)?.[1];
};

describe('scenario 3: GitHub App', () => {
  test('the backend asks for installation tokens with a JWT the App key signs, iss = App ID', () => {
    const appCalls = ingestion.filter((r) => r.path.startsWith('/api/v3/app/'));
    expect(appCalls.some((r) => r.path === '/api/v3/app/installations')).toBe(true);
    expect(appCalls.some((r) => /\/access_tokens$/.test(r.path) && r.status === 201)).toBe(true);
    for (const call of appCalls) {
      expect(call.credential, call.path).toEqual({ kind: 'app-jwt', appId: APP_ID });
    }
  });

  test('reads of installed owners carry their installation token', () => {
    for (const request of ingestion) {
      const owner = ownerOf(request);
      if (!owner || owner.toLowerCase() === UNINSTALLED_ORG) continue;
      expect(request.credential, `${request.method} ${request.path}`).toMatchObject({
        kind: 'installation-token',
        owner,
      });
    }
    expect(names(components)).toEqual(
      expect.arrayContaining(['public-service', 'private-service', 'globex-service']),
    );
    // Only the selected repository of the Globex installation is visible to its token.
    expect(names(components)).not.toContain('globex-private');
  });

  test('with the App not installed for an owner, the backend falls back to the PAT silently', () => {
    const initech = ingestion.filter((r) => ownerOf(r)?.toLowerCase() === UNINSTALLED_ORG);
    expect(initech.length).toBeGreaterThan(0);
    for (const request of initech) {
      expect(request.credential, `${request.method} ${request.path}`).toEqual({
        kind: 'pat',
        token: PAT,
      });
    }
    // The PAT sees initech's private repository, which anonymous access could not.
    expect(names(components)).toEqual(
      expect.arrayContaining(['initech-service', 'initech-private']),
    );
    // Nothing is said about it: no log line carries the swallowed "No app installation found",
    // and no warning or error names the owner.
    const all = backend.logs.map((l) => `${l.message} ${l.error ?? ''}`).join('\n');
    expect(all).not.toMatch(/app installation/i);
    const problems = backend.logs.filter((l) => l.level === 'warn' || l.level === 'error');
    expect(problems.map((l) => `${l.message} ${l.error ?? ''}`).join('\n')).not.toMatch(
      new RegExp(`\\b${UNINSTALLED_ORG}\\b`, 'i'),
    );
    // The swallowed message, as the package writes it, fits the entry the site shows.
    const source = packageFile(
      '@backstage/integration',
      'dist/github/SingleInstanceGithubCredentialsProvider.cjs.js',
    );
    const template = /`(No app installation found for [^`]*)`/.exec(source)?.[1];
    expect(template).toBeDefined();
    const instance = template!.replace(/\$\{[^}]+\}/g, 'x1');
    expect(matchEntry('no-app-installation-found', instance)).toBeDefined();
  });
});

describe('scenario 2 with several organizations (issue 8 item 17)', () => {
  const layout = { definitions: 1, orgsListed: undefined };

  test('without orgs, the App’s installations are imported; users stay in default, teams get their organization’s namespace', () => {
    expect(names(users)).toEqual(['hubot', 'mona', 'octocat']);
    for (const user of users) {
      expect((user.metadata as { namespace: string }).namespace).toBe(userNamespace);
    }
    const refs = groups
      .map(
        (g) =>
          `${(g.metadata as { namespace: string }).namespace}/${(g.metadata as { name: string }).name}`,
      )
      .sort();
    expect(refs).toEqual(
      [
        ...fakeOrganization(ORG)!.teams.map(
          (t) => `${importedNamespace('Group', ORG, layout)}/${t.slug}`,
        ),
        ...fakeOrganization(SECOND_ORG)!.teams.map(
          (t) => `${importedNamespace('Group', SECOND_ORG, layout)}/${t.slug}`,
        ),
      ].sort(),
    );
    expect(refs).toContain('globex/platform');
    const octocat = users.find((u) => (u.metadata as { name: string }).name === 'octocat')!;
    expect((octocat.spec as { memberOf: string[] }).memberOf.sort()).toEqual([
      'acme/platform',
      'globex/platform',
    ]);
  });

  test('with an App the provider does not ask for emails; useVerifiedEmails fills them from verified domains', () => {
    const usersQueries = ingestion.filter((r) => r.graphqlOperation === 'users');
    expect(usersQueries.length).toBeGreaterThan(0);
    for (const query of usersQueries) expect(query.graphqlVariables?.email).toBe(false);
    const email = (login: string) =>
      (
        users.find((u) => (u.metadata as { name: string }).name === login)!.spec as {
          profile: { email?: string };
        }
      ).profile.email;
    expect(email('octocat')).toBe('octocat@acme.example');
    expect(email('mona')).toBe(fakeUser('mona').verifiedDomainEmails[0]);
    expect(email('hubot')).toBeUndefined();
  });
});

describe('sign-in in production', () => {
  test('the production environment signs in the imported User', async () => {
    const result = await signIn(backend, fake, {
      env: 'production',
      login: 'octocat',
      clientId: CLIENT_ID,
    });
    expect(result.response?.backstageIdentity?.identity.userEntityRef).toBe('user:default/octocat');
  });

  test(
    REPRODUCING_TESTS['no-configuration-for-environment'] +
      ' (production config, development requested)',
    async () => {
      const start = await startSignIn(backend, 'development');
      expect(
        matchEntry('no-configuration-for-environment', start.error?.message ?? '')?.values,
      ).toEqual({
        env: 'development',
      });
    },
  );
});
