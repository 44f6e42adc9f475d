/**
 * Pieces the real-backend scenarios share: pointing loaded config at the fake
 * GitHub, the create-app base config, the sign-in round trip, and matching a
 * real message against the troubleshooting entry the site renders.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { compilePattern } from '../../src/lib/troubleshooting/pattern';
import { troubleshootingEntry } from '../../src/data/troubleshooting';
import type { RunningBackend } from './backend';
import type { FakeGithub } from './fakeGithub/server';
import { FIXTURES_DIR } from './fixtures';
import { readConfig } from './harness';

/**
 * Rewrites config layers as loaded by config-loader so that nothing points at
 * GitHub's servers: every `integrations.github[]` entry gets the fake's
 * `apiBaseUrl` and `rawBaseUrl` (its `host` is kept, so `github.com` URLs in the
 * catalog still match it), and every `auth.providers.github.<env>` gets
 * `enterpriseInstanceUrl` (the GitHub auth module's only way to move its OAuth and
 * profile URLs). Nothing else changes.
 */
export function pointAtFake(configs: readonly AppConfig[], fake: FakeGithub): AppConfig[] {
  return configs.map((layer) => {
    const data = structuredClone(layer.data) as Record<string, unknown>;
    const integrations = data.integrations as { github?: JsonObject[] } | undefined;
    if (integrations?.github) {
      integrations.github = integrations.github.map((entry) => ({
        ...entry,
        apiBaseUrl: fake.apiBaseUrl,
        rawBaseUrl: fake.rawBaseUrl,
      }));
    }
    const github = (
      data.auth as { providers?: { github?: Record<string, JsonObject> } } | undefined
    )?.providers?.github;
    if (github) {
      for (const env of Object.keys(github)) {
        github[env] = { ...github[env], enterpriseInstanceUrl: fake.origin };
      }
    }
    return { ...layer, data: data as JsonObject };
  });
}

/**
 * The create-app 0.9.2 base config (`fixtures/base/app-config.yaml`: its
 * `integrations`, `auth`, `catalog` and `permission` sections), loaded by
 * config-loader with `env`.
 */
export async function createAppBase(
  env: (name: string) => string | undefined,
): Promise<AppConfig[]> {
  const content = readFileSync(join(FIXTURES_DIR, 'base', 'app-config.yaml'), 'utf8');
  const { configs } = await readConfig(
    [{ path: 'app-config.yaml', content }],
    ['app-config.yaml'],
    env,
  );
  return configs;
}

/**
 * What a test backend changes on top of the create-app base, and why:
 * - `catalog.locations: []`: the template's example files (`../../examples/*.yaml`) are not here;
 * - `permission.enabled: false`: the template's permission backend and allow-all policy
 *   module are not installed; with the framework off every request is allowed, which is
 *   what the allow-all policy answers too.
 */
export const TEST_LAYER: JsonObject = {
  catalog: { locations: [] },
  permission: { enabled: false },
};

/** A throw-away RSA key pair for a fake GitHub App, generated per test run. */
export function throwAwayAppKey(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** What the auth handler posts back to the sign-in popup. */
export interface AuthorizationResponse {
  readonly type: string;
  readonly response?: {
    readonly profile?: JsonObject;
    readonly providerInfo?: JsonObject;
    readonly backstageIdentity?: {
      readonly token: string;
      readonly identity: { readonly userEntityRef: string; readonly ownershipEntityRefs: string[] };
    };
  };
  readonly error?: { readonly name: string; readonly message: string };
}

/**
 * Reads the message the handler's HTML page posts to the opener: the page is
 * `sendWebMessageResponse` of `@backstage/plugin-auth-node`, which embeds the
 * JSON with `decodeURIComponent('…')`.
 *
 * @throws Error when the page has no such payload.
 */
export function parseFrameResponse(html: string): AuthorizationResponse {
  const match = /var authResponse = decodeURIComponent\('([^']*)'\)/.exec(html);
  if (!match) throw new Error(`no authorization response in: ${html.slice(0, 200)}`);
  return JSON.parse(decodeURIComponent(match[1]!)) as AuthorizationResponse;
}

/** The result of `GET /api/auth/github/start`. */
export interface StartResult {
  readonly status: number;
  /** The redirect target, when the backend redirected. */
  readonly location?: URL;
  /** The nonce cookie, `github-nonce=…`, to send back to the handler. */
  readonly nonceCookie?: string;
  /** The JSON error body, when it did not redirect. */
  readonly error?: { name: string; message: string };
}

/** Calls the GitHub provider's `/start` endpoint as the sign-in popup does. */
export async function startSignIn(backend: RunningBackend, env: string): Promise<StartResult> {
  const response = await backend.request(
    `/api/auth/github/start?env=${encodeURIComponent(env)}&scope=read:user`,
    { anonymous: true },
  );
  if (response.status !== 302) {
    const body = (await response.json()) as { error: { name: string; message: string } };
    return { status: response.status, error: body.error };
  }
  // The handler first clears a legacy cookie of the same name (empty value), then sets the nonce.
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .filter((c) => c.startsWith('github-nonce=') && c.length > 'github-nonce='.length)
    .at(-1);
  return {
    status: response.status,
    location: new URL(response.headers.get('location')!),
    nonceCookie: cookie,
  };
}

/**
 * The whole sign-in round trip: `/start`, GitHub's approval (the fake hands out
 * a code for `login`), then the callback `/handler/frame` with that code and the
 * state, as GitHub's redirect would deliver them.
 */
export async function signIn(
  backend: RunningBackend,
  fake: FakeGithub,
  options: { env: string; login: string; clientId: string },
): Promise<AuthorizationResponse> {
  const start = await startSignIn(backend, options.env);
  if (!start.location || !start.nonceCookie) {
    throw new Error(`start did not redirect: ${JSON.stringify(start)}`);
  }
  const state = start.location.searchParams.get('state') ?? '';
  const code = fake.issueCode(options.login, options.clientId);
  const response = await backend.request(
    `/api/auth/github/handler/frame?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`,
    { anonymous: true, headers: { cookie: start.nonceCookie } },
  );
  return parseFrameResponse(await response.text());
}

/**
 * Finds the message of troubleshooting entry `id` (as the site renders it) that
 * `text` matches: the whole of `text` when `where` is `exact`, anywhere in it
 * (a log line with a prefix) when `within`.
 *
 * @returns the pattern and the variables' values, or `undefined` when none matches.
 */
export function matchEntry(
  id: string,
  text: string,
  where: 'exact' | 'within' = 'exact',
): { pattern: string; values: Record<string, string> } | undefined {
  for (const message of troubleshootingEntry(id).messages) {
    const compiled = compilePattern(message.pattern);
    const match = compiled[where].exec(text);
    if (match) {
      const values: Record<string, string> = {};
      compiled.variables.forEach((name, index) => {
        values[name] = match[index + 1]!;
      });
      return { pattern: message.pattern, values };
    }
  }
  return undefined;
}

/** `FIXTURES_DIR` re-exported for scenario files. */
export { FIXTURES_DIR };
