/**
 * The auth backend's provider errors, each provoked on a small real backend
 * (the auth plugin, with or without the GitHub module) and compared with the
 * troubleshooting entry the site renders. Config comes from the builder's
 * `sign-in-only` preset, loaded by config-loader with the environment a reader
 * might have (for example an unset client id variable).
 */
import { describe, expect, test } from 'vitest';
import type { AppConfig } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { presetState } from '../../src/lib/configBuilder';
import { BackendStartError, startBackend, type RunningBackend } from '../src/backend';
import { builderConfig } from '../src/guideBackend';
import { installNetGuard } from '../src/netGuard';
import { REPRODUCING_TESTS } from '../src/reproducing';
import { matchEntry, startSignIn } from '../src/scenario';

const guard = installNetGuard();

const AUTH = '@backstage/plugin-auth-backend';
const GITHUB_AUTH = '@backstage/plugin-auth-backend-module-github-provider';
const set = (name: string) => (name === 'AUTH_GITHUB_CLIENT_ID' ? 'an-id' : 'a-secret');
const clientIdUnset = (name: string) => (name === 'AUTH_GITHUB_CLIENT_ID' ? undefined : 'a-secret');

/** The builder's sign-in-only config, loaded with `env`, plus optional layers. */
async function signInConfig(
  env: (name: string) => string | undefined,
  ...layers: JsonObject[]
): Promise<Array<AppConfig | JsonObject>> {
  return [...(await builderConfig(presetState('sign-in-only'), env)), ...layers];
}

async function withBackend<T>(
  options: Parameters<typeof startBackend>[0],
  run: (backend: RunningBackend) => Promise<T>,
): Promise<T> {
  const backend = await startBackend(options);
  try {
    return await run(backend);
  } finally {
    await backend.stop();
  }
}

/** The start-up error of a backend that must not start. */
async function startFailure(options: Parameters<typeof startBackend>[0]): Promise<string> {
  try {
    const backend = await startBackend(options);
    await backend.stop();
  } catch (error) {
    expect(error).toBeInstanceOf(BackendStartError);
    return String((error as BackendStartError).cause);
  }
  throw new Error('the backend started');
}

const warnings = (backend: RunningBackend) =>
  backend.logs.filter((l) => l.level === 'warn').map((l) => l.message);

describe('auth provider errors', () => {
  test(REPRODUCING_TESTS['unknown-auth-provider'], async () => {
    await withBackend({ features: [AUTH], configs: await signInConfig(set) }, async (backend) => {
      const start = await startSignIn(backend, 'development');
      expect(start.status).toBe(404);
      expect(matchEntry('unknown-auth-provider', start.error?.message ?? '')?.values).toEqual({
        provider: 'github',
      });
    });
  });

  test(REPRODUCING_TESTS['no-auth-provider-registered'], async () => {
    await withBackend({ features: [AUTH, GITHUB_AUTH], configs: [] }, async (backend) => {
      const start = await startSignIn(backend, 'development');
      expect(start.status).toBe(404);
      expect(matchEntry('no-auth-provider-registered', start.error?.message ?? '')?.values).toEqual(
        {
          provider: 'github',
        },
      );
    });
  });

  test(REPRODUCING_TESTS['auth-provider-misconfigured'], async () => {
    const configs = await signInConfig(clientIdUnset);
    await withBackend(
      { features: [AUTH, GITHUB_AUTH], configs, nodeEnv: 'development' },
      async (backend) => {
        const start = await startSignIn(backend, 'development');
        expect(start.status).toBe(404);
        expect(matchEntry('auth-provider-misconfigured', start.error?.message ?? '')).toBeDefined();
        const skipped = warnings(backend).find((w) => w.startsWith('Skipping github'));
        expect(matchEntry('auth-provider-misconfigured', skipped ?? '')?.values.reason).toMatch(
          /^Missing required config value at 'auth\.providers\.github\.development\.clientId'/,
        );
      },
    );
    const failure = await startFailure({
      features: [AUTH, GITHUB_AUTH],
      configs,
      nodeEnv: 'production',
    });
    expect(matchEntry('auth-provider-misconfigured', failure, 'within')?.values.reason).toMatch(
      /^Missing required config value at 'auth\.providers\.github\.development\.clientId'/,
    );
  });

  test('signIn.resolvers that is not a list makes the provider misconfigured too', async () => {
    const configs = await signInConfig(set, {
      auth: {
        providers: {
          github: {
            development: {
              signIn: { resolvers: { resolver: 'userIdMatchingUserEntityAnnotation' } },
            },
          },
        },
      },
    });
    await withBackend(
      { features: [AUTH, GITHUB_AUTH], configs, nodeEnv: 'development' },
      async (backend) => {
        const start = await startSignIn(backend, 'development');
        expect(matchEntry('auth-provider-misconfigured', start.error?.message ?? '')).toBeDefined();
        const skipped = warnings(backend).find((w) => w.startsWith('Skipping github'));
        expect(skipped).toMatch(/signIn\.resolvers/);
      },
    );
  });

  test(REPRODUCING_TESTS['resolver-not-available'], async () => {
    const configs = await signInConfig(set, {
      auth: {
        providers: {
          github: {
            development: {
              signIn: { resolvers: [{ resolver: 'preferredUsernameMatchingUserEntityName' }] },
            },
          },
        },
      },
    });
    await withBackend(
      { features: [AUTH, GITHUB_AUTH], configs, nodeEnv: 'development' },
      async (backend) => {
        const skipped = warnings(backend).find((w) => w.startsWith('Skipping github'));
        expect(matchEntry('resolver-not-available', skipped ?? '', 'within')?.values).toEqual({
          resolver: 'preferredUsernameMatchingUserEntityName',
        });
        // Sign-in then answers with the misconfigured message.
        const start = await startSignIn(backend, 'development');
        expect(matchEntry('auth-provider-misconfigured', start.error?.message ?? '')).toBeDefined();
      },
    );
    const failure = await startFailure({
      features: [AUTH, GITHUB_AUTH],
      configs,
      nodeEnv: 'production',
    });
    expect(matchEntry('resolver-not-available', failure, 'within')).toBeDefined();
    expect(failure).toContain(
      "Failed to initialize github auth provider, Sign-in resolver 'preferredUsernameMatchingUserEntityName' is not available",
    );
  });

  test('no request left for GitHub while provoking these', () => {
    expect(guard.refused).toEqual([]);
  });
});
