/**
 * Starts a real Backstage backend in-process: `createBackend()` from
 * `@backstage/backend-defaults` with the features a test names (each
 * `backend.add(import('<package>'))`, as `packages/backend/src/index.ts` does),
 * listening on 127.0.0.1 at a free port, with an in-memory SQLite database per
 * plugin (better-sqlite3), and a root logger that records instead of printing.
 *
 * Only two services are replaced: `rootConfig` (the test's config, loaded with
 * config-loader as a backend would load its files) and `rootLogger` (recording).
 * Everything else (HTTP router, auth, database, scheduler, URL readers) is the
 * default implementation of `@backstage/backend-defaults`.
 */
import { createServer } from 'node:net';
import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createServiceFactory,
  type LoggerService,
  type RootConfigService,
} from '@backstage/backend-plugin-api';
import { ConfigReader, type AppConfig } from '@backstage/config';
import type { JsonObject } from '@backstage/types';

/** One line the backend logged. */
export interface LogRecord {
  readonly level: 'error' | 'warn' | 'info' | 'debug';
  readonly message: string;
  /** Metadata of the logger (`plugin`, `target`, …) and of the call. */
  readonly meta: Record<string, unknown>;
  /** The error passed as metadata, if one was. */
  readonly error?: string;
}

/** A logger that appends to `records` and prints nothing. */
function recordingLogger(records: LogRecord[], meta: Record<string, unknown> = {}): LoggerService {
  const log =
    (level: LogRecord['level']) =>
    (message: string, extra?: Error | JsonObject): void => {
      const isError = extra instanceof Error;
      records.push({
        level,
        message,
        meta: { ...meta, ...(isError ? {} : extra) },
        ...(isError ? { error: `${extra.name}: ${extra.message}` } : {}),
      });
    };
  return {
    error: log('error'),
    warn: log('warn'),
    info: log('info'),
    debug: log('debug'),
    child: (childMeta) => recordingLogger(records, { ...meta, ...childMeta }),
  };
}

/** A free TCP port on 127.0.0.1 (the backend's `baseUrl` must be known before it starts). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

/** The static token `backend.auth.externalAccess` accepts, for the tests' own API calls. */
export const TEST_ACCESS_TOKEN = 'backstage-tests-static-access-token';

/** The frontend origin the backend is told about (`app.baseUrl`); nothing listens there. */
export const APP_ORIGIN = 'http://127.0.0.1:3000';

/**
 * The keys create-app's `app-config.yaml` would set and a test backend needs:
 * base URLs, listen address, an in-memory SQLite database, quiet shutdown, and
 * an external-access token for the tests' API calls.
 */
export function baseConfig(port: number): JsonObject {
  return {
    app: { baseUrl: APP_ORIGIN },
    backend: {
      baseUrl: `http://127.0.0.1:${port}`,
      listen: { host: '127.0.0.1', port },
      database: { client: 'better-sqlite3', connection: ':memory:' },
      lifecycle: { serverShutdownDelay: { milliseconds: 0 } },
      auth: {
        externalAccess: [
          { type: 'static', options: { token: TEST_ACCESS_TOKEN, subject: 'backstage-tests' } },
        ],
      },
    },
  };
}

export interface StartBackendOptions {
  /** Packages to add, each as `backend.add(import(name))`. */
  readonly features: readonly string[];
  /**
   * Config layers on top of {@link baseConfig}, lowest priority first, e.g. the
   * builder's `app-config.yaml` as loaded by config-loader, then test overrides.
   */
  readonly configs: ReadonlyArray<AppConfig | JsonObject>;
  /**
   * `NODE_ENV` while the backend starts. The auth backend decides at start-up
   * whether a misconfigured provider fails the start (anything but
   * `development`) or is skipped with a warning (`development`, what `yarn start` sets).
   */
  readonly nodeEnv?: 'development' | 'production';
}

/** A started backend. */
export interface RunningBackend {
  /** `http://127.0.0.1:<port>`. */
  readonly baseUrl: string;
  readonly logs: LogRecord[];
  /** `fetch` against the backend, with the external-access token unless `anonymous`. */
  request(path: string, init?: RequestInit & { anonymous?: boolean }): Promise<Response>;
  /** The catalog's entities of `kind` (via `GET /api/catalog/entities/by-query`). */
  entities(kind: string): Promise<JsonObject[]>;
  /** The warnings and errors logged so far, one per line, for failure messages. */
  problems(): string;
  stop(): Promise<void>;
}

/** Thrown when the backend fails to start; carries what it logged. */
export class BackendStartError extends Error {
  constructor(
    readonly cause: unknown,
    readonly logs: LogRecord[],
  ) {
    super(`backend failed to start: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'BackendStartError';
  }
}

function toAppConfig(layer: AppConfig | JsonObject, index: number): AppConfig {
  return 'context' in layer && 'data' in layer && typeof layer.context === 'string'
    ? (layer as AppConfig)
    : { context: `test-layer-${index}`, data: layer as JsonObject };
}

/**
 * Starts a backend. Rejects with {@link BackendStartError} if `backend.start()`
 * fails (e.g. a provider that throws in production mode).
 */
export async function startBackend(options: StartBackendOptions): Promise<RunningBackend> {
  const port = await freePort();
  const logs: LogRecord[] = [];
  const config = ConfigReader.fromConfigs([
    { context: 'backstage-tests-base', data: baseConfig(port) },
    ...options.configs.map(toAppConfig),
  ]);
  const backend = createBackend();
  backend.add(
    createServiceFactory({
      service: coreServices.rootConfig,
      deps: {},
      factory: (): RootConfigService => config,
    }),
  );
  backend.add(
    createServiceFactory({
      service: coreServices.rootLogger,
      deps: {},
      factory: () => recordingLogger(logs),
    }),
  );
  for (const name of options.features) backend.add(import(name));

  const previousNodeEnv = process.env.NODE_ENV;
  if (options.nodeEnv) process.env.NODE_ENV = options.nodeEnv;
  try {
    await backend.start();
  } catch (error) {
    await backend.stop().catch(() => undefined);
    throw new BackendStartError(error, logs);
  } finally {
    process.env.NODE_ENV = previousNodeEnv;
  }

  const baseUrl = `http://127.0.0.1:${port}`;
  const request: RunningBackend['request'] = (path, init = {}) => {
    const { anonymous, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (!anonymous) headers.set('authorization', `Bearer ${TEST_ACCESS_TOKEN}`);
    return fetch(`${baseUrl}${path}`, {
      redirect: 'manual',
      signal: AbortSignal.timeout(20_000),
      ...rest,
      headers,
    });
  };
  return {
    baseUrl,
    logs,
    request,
    async entities(kind) {
      const response = await request(
        `/api/catalog/entities/by-query?filter=kind=${encodeURIComponent(kind)}&limit=500`,
      );
      if (!response.ok) throw new Error(`catalog query failed: ${response.status}`);
      const body = (await response.json()) as { items: JsonObject[] };
      return body.items;
    },
    problems: () =>
      logs
        .filter((l) => l.level === 'warn' || l.level === 'error')
        .map((l) => `${l.level} ${String(l.meta.plugin ?? '')} ${l.message} ${l.error ?? ''}`)
        .join('\n'),
    stop: () => backend.stop(),
  };
}

/**
 * Polls `probe` until it returns a value other than `undefined`, at most
 * `timeoutMs` (every wait in these tests is bounded).
 *
 * @throws Error naming `what` when the time runs out.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  { timeoutMs = 30_000, intervalMs = 250 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}` +
      (lastError ? ` (last error: ${String(lastError)})` : ''),
  );
}
