/**
 * The credential explorer's tree (`src/data/credentialTree.ts`) against the real
 * code: every path of the tree's backend branch is turned into the config its
 * answers describe, the real readers run it against the fake GitHub, and the
 * credential the fake saw is compared with the outcome's `credentialKind`.
 *
 * - Catalog, discovery, org data and TechDocs all read through the URL reader and
 *   `DefaultGithubCredentialsProvider`; the test uses `UrlReaders.default` of
 *   `@backstage/backend-defaults`, the backend's own `urlReader` service implementation.
 * - The scaffolder branch runs the `github:repo:create` action of
 *   `@backstage/plugin-scaffolder-backend-module-github`, built as the module builds
 *   it (`dist/module.cjs.js`: `ScmIntegrations.fromConfig`,
 *   `DefaultGithubCredentialsProvider.fromIntegrations`,
 *   `scaffolder.requireScmUserCredentials`).
 * - The sign-in branch is walked in `backend-pat.test.ts`, against the running backend.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigReader } from '@backstage/config';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { DefaultGithubCredentialsProvider, ScmIntegrations } from '@backstage/integration';
import { createGithubRepoCreateAction } from '@backstage/plugin-scaffolder-backend-module-github';
import type { JsonObject } from '@backstage/types';
import {
  credentialTree,
  type CredentialKind,
  type TreeOutcome,
} from '../../src/data/credentialTree';
import { enumeratePaths, getNode } from '../../src/lib/credentialTree/model';
import { startFakeGithub, type FakeGithub, type SeenCredential } from '../src/fakeGithub/server';
import { ORG, SECOND_ORG, UNINSTALLED_ORG } from '../src/fakeGithub/fixtures';
import { installNetGuard } from '../src/netGuard';
import { REPRODUCING_TESTS } from '../src/reproducing';
import { matchEntry, throwAwayAppKey } from '../src/scenario';
import { packageFile } from '../src/runtime';
import type { LoggerService } from '@backstage/backend-plugin-api';

const guard = installNetGuard();
const APP_ID = 5150;
const PAT = `pat-${Math.random().toString(36).slice(2)}`;
const key = throwAwayAppKey();
const GHES_HOST = 'ghe.example.com';

const quiet: LoggerService = {
  error: () => undefined,
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
  child: () => quiet,
};

let fake: FakeGithub;
let workspace: string;
beforeAll(async () => {
  fake = await startFakeGithub();
  workspace = await mkdtemp(join(tmpdir(), 'backstage-tests-scaffolder-'));
});
afterAll(async () => {
  await fake?.close();
  await rm(workspace, { recursive: true, force: true });
  expect(guard.refused).toEqual([]);
});
afterEach(() => {
  expect(fake.overLimit).toBe(0);
});

/** The fake's state for every case: the App installed on acme (all) and Globex (selected: globex-service), not on initech. */
function resetFake(): void {
  fake.reset();
  fake.maxRequests = 60;
  fake.pats.add(PAT);
  fake.apps.push({
    appId: APP_ID,
    publicKeyPem: key.publicKeyPem,
    installations: [
      { id: 21, owner: ORG },
      { id: 22, owner: SECOND_ORG, selectedRepositories: ['globex-service'] },
    ],
  });
}

/** What a path's answers say about the setup. */
interface Setup {
  readonly feature: 'catalog' | 'scaffolder';
  readonly userToken: boolean;
  readonly requireUserCredentials: boolean;
  readonly host: 'github.com' | 'ghes' | 'ghes-without-urls';
  readonly app?: { readonly allowedInstallationOwners?: string[]; readonly publicAccess: boolean };
  readonly pat: boolean;
  /** The repository the request is about. */
  readonly owner: string;
  readonly repo: string;
}

/** Turns a path's answer ids into the setup they describe. */
function setupFor(answers: readonly string[]): Setup {
  const has = (id: string) => answers.includes(id);
  const app = has('app-listed')
    ? {
        publicAccess: has('public-access') || has('selection-public-access'),
        ...(has('owner-not-allowed') ? { allowedInstallationOwners: [ORG] } : {}),
      }
    : undefined;
  let owner = ORG;
  let repo = 'private-service';
  if (has('repository-not-selected')) [owner, repo] = [SECOND_ORG, 'globex-private'];
  if (has('owner-not-allowed')) [owner, repo] = [SECOND_ORG, 'globex-service'];
  if (has('not-installed')) [owner, repo] = [UNINSTALLED_ORG, 'initech-service'];
  return {
    feature: has('scaffolder') ? 'scaffolder' : 'catalog',
    userToken: has('user-token'),
    requireUserCredentials: has('require-user-credentials'),
    host: has('ghes-no-api-base-url')
      ? 'ghes-without-urls'
      : has('ghes-api-base-url')
        ? 'ghes'
        : 'github.com',
    app,
    pat: has('pat') || has('fallback-pat'),
    owner,
    repo,
  };
}

/** The app-config the setup describes, pointed at the fake. */
function configFor(setup: Setup): ConfigReader {
  const host = setup.host === 'github.com' ? 'github.com' : GHES_HOST;
  const entry: JsonObject = { host };
  if (setup.host !== 'ghes-without-urls') {
    entry.apiBaseUrl = fake.apiBaseUrl;
    entry.rawBaseUrl = fake.rawBaseUrl;
  }
  if (setup.pat) entry.token = PAT;
  if (setup.app) {
    entry.apps = [
      {
        appId: APP_ID,
        clientId: 'tree-app-client',
        clientSecret: 'tree-app-secret',
        privateKey: key.privateKeyPem,
        ...setup.app,
      },
    ];
  }
  // A github.com entry is always added by Backstage; point it at the fake too.
  const github: JsonObject[] = [entry];
  if (host !== 'github.com') {
    github.push({ host: 'github.com', apiBaseUrl: fake.apiBaseUrl, rawBaseUrl: fake.rawBaseUrl });
  }
  return new ConfigReader({
    integrations: { github },
    scaffolder: { requireScmUserCredentials: setup.requireUserCredentials },
  });
}

/** What happened: the credential on the request about the repository, or none sent, and any error. */
interface Observed {
  readonly credential: SeenCredential | 'no request';
  readonly error?: string;
}

async function runCatalog(setup: Setup): Promise<Observed> {
  const config = configFor(setup);
  const host = setup.host === 'github.com' ? 'github.com' : GHES_HOST;
  let reader;
  try {
    reader = UrlReaders.default({ config, logger: quiet });
  } catch (error) {
    return { credential: 'no request', error: (error as Error).message };
  }
  let thrown: string | undefined;
  try {
    const response = await reader.readUrl(
      `https://${host}/${setup.owner}/${setup.repo}/blob/main/catalog-info.yaml`,
    );
    await response.buffer();
  } catch (error) {
    thrown = (error as Error).message;
  }
  const read = fake.requests.find((r) => r.path.includes(`/${setup.owner}/${setup.repo}/`));
  return {
    credential: read ? read.credential : 'no request',
    ...(thrown ? { error: thrown } : {}),
  };
}

async function runScaffolder(setup: Setup): Promise<Observed> {
  const config = configFor(setup);
  const host = setup.host === 'github.com' ? 'github.com' : GHES_HOST;
  const integrations = ScmIntegrations.fromConfig(config);
  const action = createGithubRepoCreateAction({
    integrations,
    githubCredentialsProvider: DefaultGithubCredentialsProvider.fromIntegrations(integrations),
    requireScmUserCredentials:
      config.getOptionalBoolean('scaffolder.requireScmUserCredentials') ?? false,
  });
  const token = setup.userToken ? fake.issueUserToken('octocat') : undefined;
  let thrown: string | undefined;
  try {
    await action.handler(
      scaffolderContext({ repoUrl: `${host}?owner=${setup.owner}&repo=tree-new-repo`, token }),
    );
  } catch (error) {
    thrown = (error as Error).message;
  }
  const create = fake.requests.find((r) => r.method === 'POST' && r.path.endsWith('/repos'));
  return {
    credential: create ? create.credential : 'no request',
    ...(thrown ? { error: thrown } : {}),
  };
}

/** The parts of a scaffolder action context `github:repo:create` uses. */
function scaffolderContext(input: { repoUrl: string; token?: string }) {
  const outputs: Record<string, unknown> = {};
  return {
    input: { ...input, ...(input.token ? {} : { token: undefined }) },
    logger: quiet,
    workspacePath: workspace,
    output: (name: string, value: unknown) => {
      outputs[name] = value;
    },
    checkpoint: async <T>({ fn }: { key: string; fn: () => Promise<T> | T }) => fn(),
    createTemporaryDirectory: async () => workspace,
    getInitiatorCredentials: async () => ({
      $$type: '@backstage/BackstageCredentials',
      principal: { type: 'none' },
    }),
    isDryRun: false,
    signal: AbortSignal.timeout(20_000),
    templateInfo: undefined,
    secrets: {},
    user: undefined,
    each: undefined,
  } as unknown as Parameters<ReturnType<typeof createGithubRepoCreateAction>['handler']>[0];
}

/** The credential kind a seen request stands for. */
function kindOf(observed: Observed): CredentialKind | 'invalid' {
  const c = observed.credential;
  if (c === 'no request') return 'none';
  if (c.kind === 'none') return 'anonymous';
  if (c.kind === 'app-jwt' || c.kind === 'invalid') return 'invalid';
  return c.kind;
}

/** An `integrations.github[].apps[]` entry for the fake App, with `extra` keys. */
const appEntry = (extra: JsonObject = {}): JsonObject => ({
  appId: APP_ID,
  clientId: 'tree-app-client',
  clientSecret: 'tree-app-secret',
  privateKey: key.privateKeyPem,
  ...extra,
});

const backendPaths = enumeratePaths(credentialTree).filter((p) => p.answers[0] === 'backend');

describe('the explorer tree against the real readers', () => {
  test('the tree has a backend path for each case walked here, and the sign-in paths are walked in backend-pat', () => {
    expect(backendPaths.length).toBeGreaterThan(10);
    const signInPaths = enumeratePaths(credentialTree).filter((p) => p.answers[0] === 'sign-in');
    expect(signInPaths.length + backendPaths.length).toBe(enumeratePaths(credentialTree).length);
  });

  test.each(backendPaths.map((p) => [p.answers.join(' → '), p] as const))(
    '%s',
    async (_name, path) => {
      resetFake();
      const outcome = getNode(credentialTree, path.outcome) as TreeOutcome;
      const setup = setupFor(path.answers);
      const observed =
        setup.feature === 'scaffolder' ? await runScaffolder(setup) : await runCatalog(setup);
      const detail = `${outcome.id}: ${JSON.stringify(observed)}`;
      if (setup.feature === 'scaffolder' && outcome.credentialKind === 'anonymous') {
        // The scaffolder never calls GitHub anonymously: the outcome's text says it stops with
        // "No token available for host" instead, before any request.
        expect(observed.credential, detail).toBe('no request');
        expect(matchEntry('no-token-available', observed.error ?? ''), detail).toBeDefined();
        return;
      }
      expect(kindOf(observed), detail).toBe(outcome.credentialKind);
      if (outcome.credentialKind === 'installation-token' && observed.credential !== 'no request') {
        // publicAccess takes the token of the App's first installation, not one for this owner.
        const viaPublicAccess =
          path.answers.includes('public-access') ||
          path.answers.includes('selection-public-access');
        const expectedOwner = viaPublicAccess ? ORG : setup.owner;
        expect(observed.credential, detail).toMatchObject({ owner: expectedOwner });
      }
      if (outcome.credentialKind === 'pat') {
        expect(observed.credential, detail).toEqual({ kind: 'pat', token: PAT });
      }
    },
  );
});

describe('GitHub App failures, as the URL reader meets them', () => {
  const read = async (integration: JsonObject, owner: string, repo: string) => {
    const config = new ConfigReader({
      integrations: {
        github: [
          {
            host: 'github.com',
            apiBaseUrl: fake.apiBaseUrl,
            rawBaseUrl: fake.rawBaseUrl,
            ...integration,
          },
        ],
      },
    });
    const reader = UrlReaders.default({ config, logger: quiet });
    try {
      await (
        await reader.readUrl(`https://github.com/${owner}/${repo}/blob/main/catalog-info.yaml`)
      ).buffer();
      return {
        error: undefined,
        contents: fake.requests.filter((r) => r.path.includes(`/${owner}/${repo}/`)),
      };
    } catch (error) {
      return {
        error: (error as Error).message,
        contents: fake.requests.filter((r) => r.path.includes(`/${owner}/${repo}/`)),
      };
    }
  };

  test(REPRODUCING_TESTS['app-has-no-access-to-repository'], async () => {
    resetFake();
    const { error, contents } = await read(
      { token: PAT, apps: [appEntry()] },
      SECOND_ORG,
      'globex-private',
    );
    expect(contents).toEqual([]);
    expect(matchEntry('app-has-no-access-to-repository', error ?? '', 'within')?.values).toEqual({
      owner: SECOND_ORG,
      repo: 'globex-private',
    });
  });

  // This case was missing from the explorer: the tree sent "repository not selected" straight to
  // the error. It now asks about publicAccess first (question publicAccessSelection).
  test('publicAccess also answers for a repository outside the installation’s selection', async () => {
    resetFake();
    const { error, contents } = await read(
      { apps: [appEntry({ publicAccess: true })] },
      SECOND_ORG,
      'globex-service',
    );
    expect(error).toBeUndefined();
    // globex-service is selected, so the Globex installation's own token is used …
    expect(contents[0]?.credential).toMatchObject({
      kind: 'installation-token',
      owner: SECOND_ORG,
    });
    resetFake();
    const outside = await read(
      { apps: [appEntry({ publicAccess: true })] },
      SECOND_ORG,
      'globex-private',
    );
    // … while for a repository outside the selection the error is not thrown: the token of the
    // App's first installation (acme) is sent, and GitHub answers 404 for the private repository.
    expect(outside.error).not.toMatch(/does not have access/);
    expect(outside.contents[0]?.credential).toMatchObject({
      kind: 'installation-token',
      owner: ORG,
    });
  });

  test(REPRODUCING_TESTS['app-installation-suspended'], async () => {
    resetFake();
    fake.apps[0]!.installations.push({ id: 23, owner: UNINSTALLED_ORG, suspended: true });
    const { error, contents } = await read(
      { token: PAT, apps: [appEntry()] },
      UNINSTALLED_ORG,
      'initech-service',
    );
    expect(contents).toEqual([]);
    expect(matchEntry('app-installation-suspended', error ?? '', 'within')?.values).toEqual({
      owner: UNINSTALLED_ORG,
    });
  });

  test(REPRODUCING_TESTS['private-key-format'], async () => {
    const pem = key.privateKeyPem;
    const mangled = {
      'on one line': pem.replace(/\n/g, ' '),
      'without line breaks': pem.replace(/\n/g, ''),
      'cut short': pem.slice(0, 200),
      'the builder template placeholder':
        '<replace these two lines with the whole private key (.pem) file>',
    };
    for (const [how, privateKey] of Object.entries(mangled)) {
      resetFake();
      const { error } = await read({ apps: [appEntry({ privateKey })] }, ORG, 'public-service');
      expect(matchEntry('private-key-format', error ?? '', 'within'), how).toBeDefined();
      // Nothing signed reached GitHub.
      expect(
        fake.requests.filter((r) => r.path.startsWith('/api/v3/app/')),
        how,
      ).toEqual([]);
    }
    // Literal \n sequences (a key kept in one environment variable) are turned back into line breaks.
    resetFake();
    const escaped = await read(
      { apps: [appEntry({ privateKey: pem.replace(/\n/g, '\\n') })] },
      ORG,
      'private-service',
    );
    expect(escaped.error).toBeUndefined();
    expect(escaped.contents[0]?.credential).toMatchObject({
      kind: 'installation-token',
      owner: ORG,
    });
  });
});

describe('issue 8 item 13: a new installation is picked up within about a minute', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('an unknown owner re-lists the installations, at most once every 60 s', async () => {
    resetFake();
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-12-01T12:00:00Z');
    vi.setSystemTime(start);
    const config = new ConfigReader({
      integrations: {
        github: [
          {
            host: 'github.com',
            apiBaseUrl: fake.apiBaseUrl,
            rawBaseUrl: fake.rawBaseUrl,
            apps: [appEntry()],
          },
        ],
      },
    });
    const provider = DefaultGithubCredentialsProvider.fromIntegrations(
      ScmIntegrations.fromConfig(config),
    );
    const listings = () =>
      fake.requests.filter((r) => r.path === '/api/v3/app/installations').length;
    const credentialsFor = (owner: string) =>
      provider.getCredentials({ url: `https://github.com/${owner}` });

    expect((await credentialsFor(ORG)).type).toBe('app');
    expect(listings()).toBe(1);
    // The App is installed on initech now; Backstage does not know yet.
    fake.apps[0]!.installations.push({ id: 24, owner: UNINSTALLED_ORG });
    vi.setSystemTime(new Date(start.getTime() + 30_000));
    const early = await credentialsFor(UNINSTALLED_ORG);
    expect(early.token).toBeUndefined();
    expect(listings()).toBe(1);
    vi.setSystemTime(new Date(start.getTime() + 61_000));
    const later = await credentialsFor(UNINSTALLED_ORG);
    expect(later.type).toBe('app');
    expect(later.token).toMatch(/^ghs_/);
    expect(listings()).toBe(2);
    // The throttle constant the guide's "about a minute" rests on.
    const source = packageFile(
      '@backstage/integration',
      'dist/github/SingleInstanceGithubCredentialsProvider.cjs.js',
    );
    expect(source).toContain('INSTALLATIONS_REFRESH_THROTTLE_SECONDS = 60');
  });
});
