/**
 * Runs the real `backstage-cli` config commands in a temporary app shaped like
 * the one `@backstage/create-app` generates: a root `package.json` with
 * workspaces, `packages/backend/package.json` depending on the packages whose
 * config schemas matter ({@link SCHEMA_PACKAGES}), and the config files of a
 * test case at the root.
 *
 * Which code runs: the bin of `@backstage/cli-module-config` (the version
 * pinned in `../package.json`). `@backstage/cli@0.36.8` dispatches its
 * `config:*` commands to this same module: its `CliInitializer.run()` ends in
 * `runCli({ modules, name: "backstage-cli", version })` of
 * `@backstage/cli-node` (`dist/wiring/CliInitializer.cjs.js`), and the
 * module's own bin calls the same `runCli({ modules: [cliModule], ... })`
 * (`bin/backstage-cli-module-config`); the commands' code
 * (`dist/commands/validate.cjs.js`, `print.cjs.js`, `lib/config.cjs.js`) is
 * identical. The full `@backstage/cli` is not installed: it needs a `jsdom`
 * override to install from npm (a peer conflict between its optional jsdom 27
 * peer and jsdom 29 pulled in by jest) and adds about 1,100 packages (~440 MB)
 * of build and lint tooling that these commands never load.
 *
 * Nothing here reaches the network: the commands only read files.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { CaseFile } from '../../src/data/cliBehaviour';
import { SCHEMA_PACKAGES, packageJsonPath } from './harness';

/** The package whose bin runs the config commands. */
export const CLI_CONFIG_PACKAGE = '@backstage/cli-module-config';

/** A command's exit code and output. */
export interface CliResult {
  /** 0 on success; the process exit code otherwise. */
  code: number;
  stdout: string;
  stderr: string;
}

/** A temporary app; call `remove()` when done. */
export interface TempApp {
  dir: string;
  remove(): Promise<void>;
}

/** Absolute path of the installed `@backstage/cli-module-config` bin script. */
export async function cliBinPath(): Promise<string> {
  const pkgJson = packageJsonPath(CLI_CONFIG_PACKAGE);
  const pkg = JSON.parse(await readFile(pkgJson, 'utf8')) as {
    bin: string | Record<string, string>;
  };
  const bin = typeof pkg.bin === 'string' ? pkg.bin : Object.values(pkg.bin)[0];
  if (!bin) throw new Error(`${CLI_CONFIG_PACKAGE} declares no bin`);
  return resolve(dirname(pkgJson), bin);
}

/** The installed version of a package of this test package. */
export async function installedVersion(name: string): Promise<string> {
  return (JSON.parse(await readFile(packageJsonPath(name), 'utf8')) as { version: string }).version;
}

/**
 * The keys of create-app 0.9.2's `app-config.yaml` that the backend's own
 * packages require (`@backstage/backend-defaults` declares `app.baseUrl` and
 * `backend.database` as required, and config-loader collects its schema as it would in a new app).
 * Written before each case's `app-config.yaml`; no case sets these keys.
 */
export const CREATE_APP_BASE = `app:
  baseUrl: http://localhost:3000
backend:
  baseUrl: http://localhost:7007
  listen:
    port: 7007
  database:
    client: better-sqlite3
    connection: ':memory:'
`;

/**
 * Creates the temporary app and writes `files` into it.
 *
 * `node_modules` holds two symlinks, as Yarn workspaces would: `backend` →
 * `packages/backend` (config-loader resolves the workspace packages by name and
 * walks their dependencies) and `@backstage` → this test package's installed
 * `@backstage` scope.
 */
export async function createTempApp(files: readonly CaseFile[]): Promise<TempApp> {
  const dir = await mkdtemp(join(tmpdir(), 'backstage-cli-'));
  const backendDir = join(dir, 'packages', 'backend');
  await mkdir(backendDir, { recursive: true });
  await mkdir(join(dir, 'node_modules'));
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }, null, 2),
  );
  await writeFile(
    join(backendDir, 'package.json'),
    JSON.stringify(
      {
        name: 'backend',
        version: '0.0.0',
        private: true,
        backstage: { role: 'backend' },
        dependencies: Object.fromEntries(SCHEMA_PACKAGES.map((name) => [name, '*'])),
      },
      null,
      2,
    ),
  );
  await symlink(join('..', 'packages', 'backend'), join(dir, 'node_modules', 'backend'));
  const scope = dirname(dirname(packageJsonPath('@backstage/config-loader')));
  await symlink(scope, join(dir, 'node_modules', '@backstage'));
  for (const file of files) {
    const full = resolve(dir, file.path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(
      full,
      file.path === 'app-config.yaml' ? `${CREATE_APP_BASE}${file.content}` : file.content,
      'utf8',
    );
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Runs `backstage-cli <args>` in `app` with exactly `env` (plus `PATH`), so no
 * variable of the machine running the tests (an `APP_CONFIG_*`, a real token)
 * can leak in. Killed after 120 s.
 */
export async function runCli(
  app: TempApp,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<CliResult> {
  const bin = await cliBinPath();
  return new Promise((resolvePromise, reject) => {
    execFile(
      process.execPath,
      [bin, ...args],
      {
        cwd: app.dir,
        env: { PATH: process.env.PATH ?? '', FORCE_COLOR: '0', ...env },
        timeout: 120_000,
        maxBuffer: 4 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`backstage-cli ${args.join(' ')} did not run: ${error.message}`));
          return;
        }
        resolvePromise({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/** `passes` for exit code 0, else `fails`. */
export function outcomeOf(result: CliResult): 'passes' | 'fails' {
  return result.code === 0 ? 'passes' : 'fails';
}
