/**
 * Errors from integration and provider config, from reading private files and
 * org data without a credential, and from the scaffolder's GitHub actions, each
 * provoked with the real packages and compared with the troubleshooting entry
 * the site renders.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigReader } from '@backstage/config';
import { DefaultGithubCredentialsProvider, ScmIntegrations } from '@backstage/integration';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { createGithubRepoCreateAction } from '@backstage/plugin-scaffolder-backend-module-github';
import type { JsonObject } from '@backstage/types';
import { BackendStartError, startBackend, waitFor, type RunningBackend } from '../src/backend';
import { startFakeGithub, type FakeGithub } from '../src/fakeGithub/server';
import { ORG } from '../src/fakeGithub/fixtures';
import { installNetGuard } from '../src/netGuard';
import { REPRODUCING_TESTS } from '../src/reproducing';
import { matchEntry } from '../src/scenario';

const guard = installNetGuard();
const CATALOG = [
  '@backstage/plugin-catalog-backend',
  '@backstage/plugin-catalog-backend-module-github',
  '@backstage/plugin-catalog-backend-module-github-org',
];
const schedule = { frequency: { minutes: 35 }, timeout: { minutes: 3 } };
const quiet: LoggerService = {
  error: () => undefined,
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
  child: () => quiet,
};

let fake: FakeGithub;
beforeAll(async () => {
  fake = await startFakeGithub();
});
afterAll(async () => {
  await fake?.close();
  expect(guard.refused).toEqual([]);
});

/** The start-up error of a backend that must not start, one line per failed plugin or module. */
async function startFailure(config: JsonObject): Promise<string> {
  try {
    const backend = await startBackend({ features: CATALOG, configs: [config] });
    await backend.stop();
  } catch (error) {
    expect(error).toBeInstanceOf(BackendStartError);
    return String((error as BackendStartError).cause);
  }
  throw new Error('the backend started');
}

/** The lines of a start-up error that report a plugin or module failure. */
const failureLines = (failure: string) =>
  failure.split('\n').filter((l) => /startup failed/.test(l));

describe('integration and provider config stops the backend', () => {
  test(REPRODUCING_TESTS['explicit-apibaseurl'], async () => {
    const failure = await startFailure({
      integrations: { github: [{ host: 'ghe.example.com', token: 'a-token' }] },
    });
    const line = failureLines(failure).find((l) => l.includes("Plugin 'catalog'"));
    expect(matchEntry('explicit-apibaseurl', line ?? '', 'within')?.values).toEqual({
      host: 'ghe.example.com',
    });
  });

  test(REPRODUCING_TESTS['no-integration-matches'], async () => {
    const failure = await startFailure({
      integrations: {
        github: [{ host: 'github.com', apiBaseUrl: fake.apiBaseUrl, rawBaseUrl: fake.rawBaseUrl }],
      },
      catalog: {
        providers: {
          github: { main: { host: 'github.example.com', organization: ORG, schedule } },
          githubOrg: {
            id: 'production',
            githubUrl: 'https://github.example.com',
            orgs: [ORG],
            schedule,
          },
        },
      },
    });
    const lines = failureLines(failure);
    const discovery = lines.find((l) => l.includes("Module 'github' for plugin 'catalog'"));
    const org = lines.find((l) => l.includes("Module 'github-org-entity-provider'"));
    expect(matchEntry('no-integration-matches', discovery ?? '', 'within')?.values).toEqual({
      host: 'github.example.com',
    });
    expect(matchEntry('no-integration-matches', org ?? '', 'within')?.values).toEqual({
      url: 'https://github.example.com',
    });
    // Two different patterns: the discovery and the org provider word it differently.
    expect(matchEntry('no-integration-matches', discovery ?? '', 'within')?.pattern).not.toBe(
      matchEntry('no-integration-matches', org ?? '', 'within')?.pattern,
    );
  });

  test(REPRODUCING_TESTS['invalid-integration-host'], async () => {
    const failure = await startFailure({
      integrations: { github: [{ host: 'https://github.com', token: 'a-token' }] },
    });
    expect(matchEntry('invalid-integration-host', failure, 'within')?.values).toEqual({
      host: 'https://github.com',
    });
  });

  test(REPRODUCING_TESTS['organization-or-app-required'], async () => {
    const failure = await startFailure({
      integrations: {
        github: [
          {
            host: 'github.com',
            token: 'a-token',
            apiBaseUrl: fake.apiBaseUrl,
            rawBaseUrl: fake.rawBaseUrl,
          },
        ],
      },
      // `org:` instead of `organization:`
      catalog: { providers: { github: { main: { host: 'github.com', org: ORG, schedule } } } },
    });
    const line = failureLines(failure).find((l) =>
      l.includes("Module 'github' for plugin 'catalog'"),
    );
    expect(matchEntry('organization-or-app-required', line ?? '', 'within')).toBeDefined();
  });
});

describe('reading without a working credential', () => {
  const REVOKED = 'revoked-token';
  let backend: RunningBackend;

  beforeAll(async () => {
    fake.reset();
    backend = await startBackend({
      features: CATALOG,
      configs: [
        {
          integrations: {
            github: [
              // github.com without a token (an unset ${GITHUB_TOKEN} removes the key);
              { host: 'github.com', apiBaseUrl: fake.apiBaseUrl, rawBaseUrl: fake.rawBaseUrl },
              // a second host whose token GitHub no longer accepts.
              {
                host: 'ghe.example.com',
                token: REVOKED,
                apiBaseUrl: fake.apiBaseUrl,
                rawBaseUrl: fake.rawBaseUrl,
              },
            ],
          },
          catalog: {
            providers: {
              githubOrg: {
                id: 'production',
                githubUrl: 'https://github.com',
                orgs: [ORG],
                schedule,
              },
            },
          },
          permission: { enabled: false },
        },
      ],
    });
  });
  afterAll(async () => {
    await backend?.stop();
  });

  /** What "Register existing component" runs first: a dry-run registration of the URL. */
  const register = async (target: string) => {
    const response = await backend.request('/api/catalog/locations?dryRun=true', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'url', target }),
    });
    const body = (await response.json()) as { error?: { message: string } };
    return { status: response.status, message: body.error?.message ?? '' };
  };

  test(REPRODUCING_TESTS['unable-to-read-url'], async () => {
    const missing = await register(
      `https://github.com/${ORG}/private-service/blob/main/catalog-info.yaml`,
    );
    expect(missing.status).toBe(400);
    expect(matchEntry('unable-to-read-url', missing.message, 'within')?.values.url).toBe(
      `https://github.com/${ORG}/private-service/tree/main/catalog-info.yaml`,
    );
    // The request went out without credentials, and GitHub answered 404 (not 403).
    const anonymous = fake.requests.filter((r) => r.path.includes('/private-service/'));
    expect(anonymous.map((r) => [r.credential.kind, r.status])).toEqual([['none', 404]]);

    const revoked = await register(
      `https://ghe.example.com/${ORG}/private-service/blob/main/catalog-info.yaml`,
    );
    expect(matchEntry('unable-to-read-url', revoked.message, 'within')?.values).toMatchObject({
      status: '401',
      statusText: 'Unauthorized',
    });
  });

  test(REPRODUCING_TESTS['no-github-credentials-for-org'], async () => {
    const error = await waitFor('the org import error', () =>
      backend.logs.find((l) => l.level === 'error' && l.message.includes('refresh failed')),
    );
    const warning = backend.logs.find(
      (l) => l.level === 'warn' && l.message.startsWith('No GitHub credentials available'),
    );
    expect(matchEntry('no-github-credentials-for-org', error.message, 'within')?.values).toEqual({
      org: ORG,
    });
    expect(matchEntry('no-github-credentials-for-org', warning?.message ?? '')?.values).toEqual({
      org: ORG,
    });
    // Nothing was asked of GitHub for the organization, and nothing was imported.
    expect(fake.requests.filter((r) => r.graphqlOperation)).toEqual([]);
    expect(await backend.entities('User')).toEqual([]);
  });
});

describe('scaffolder: github:repo:create without a credential', () => {
  let workspace: string;
  beforeAll(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'backstage-tests-scaffolder-'));
  });
  afterAll(async () => {
    await rm(workspace, { recursive: true, force: true });
  });

  /** Runs the action as the module builds it (`dist/module.cjs.js`), with `integrations` as config. */
  const run = async (config: JsonObject, repoUrl: string): Promise<string> => {
    const reader = new ConfigReader(config);
    const integrations = ScmIntegrations.fromConfig(reader);
    const action = createGithubRepoCreateAction({
      integrations,
      githubCredentialsProvider: DefaultGithubCredentialsProvider.fromIntegrations(integrations),
      requireScmUserCredentials:
        reader.getOptionalBoolean('scaffolder.requireScmUserCredentials') ?? false,
    });
    const ctx = {
      input: { repoUrl },
      logger: quiet,
      workspacePath: workspace,
      output: () => undefined,
      checkpoint: async ({ fn }: { fn: () => unknown }) => fn(),
    } as unknown as Parameters<typeof action.handler>[0];
    try {
      await action.handler(ctx);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('the action succeeded');
  };

  test(REPRODUCING_TESTS['no-token-available'], async () => {
    fake.reset();
    const github = [
      { host: 'github.com', apiBaseUrl: fake.apiBaseUrl, rawBaseUrl: fake.rawBaseUrl },
    ];
    const noToken = await run(
      { integrations: { github } },
      `github.com?owner=${ORG}&repo=new-service`,
    );
    expect(matchEntry('no-token-available', noToken)?.values).toEqual({
      host: 'github.com',
      owner: ORG,
      repo: 'new-service',
    });
    const unknownHost = await run(
      { integrations: { github } },
      `ghe.example.com?owner=${ORG}&repo=new-service`,
    );
    expect(matchEntry('no-integration-for-host', unknownHost)?.values).toEqual({
      host: 'ghe.example.com',
    });
    expect(unknownHost).toMatch(/^No matching integration configuration for host/);
    const otherProvider = await run(
      {
        integrations: {
          github,
          gitlab: [
            {
              host: 'gitlab.example.com',
              token: 'a-token',
              apiBaseUrl: 'https://gitlab.example.com/api/v4',
            },
          ],
        },
      },
      `gitlab.example.com?owner=${ORG}&repo=new-service`,
    );
    expect(matchEntry('no-integration-for-host', otherProvider)?.values).toEqual({
      host: 'gitlab.example.com',
    });
    expect(otherProvider).toMatch(/^No integration for host/);
    const userRequired = await run(
      {
        integrations: { github: [{ ...github[0], token: 'a-token' }] },
        scaffolder: { requireScmUserCredentials: true },
      },
      `github.com?owner=${ORG}&repo=new-service`,
    );
    expect(matchEntry('require-scm-user-credentials', userRequired)?.values).toEqual({
      host: 'github.com',
    });
    // None of the three reached GitHub's repository API.
    expect(fake.requests.filter((r) => r.path.endsWith('/repos'))).toEqual([]);
  });
});
