#!/usr/bin/env node
/**
 * Builds better-sqlite3's native addon from its bundled sources, offline.
 *
 * `.npmrc` turns install scripts off, so `npm ci` leaves better-sqlite3 without
 * its `build/Release/better_sqlite3.node`. Its own install script would first
 * try to download a prebuilt binary (prebuild-install); this script never does:
 * it runs node-gyp (the copy bundled with npm) with `--nodedir` pointing at the
 * headers of the running Node (`<prefix>/include/node`, shipped by the official
 * tarballs and by Debian's `nodejs` package), so node-gyp downloads nothing
 * either. Needs python3, make and a C++20 compiler.
 *
 * Skips the build when the addon already loads. Bounded: gives up after 15 minutes.
 * Prints the time it took.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('better-sqlite3/package.json'));

function loads() {
  const result = spawnSync(
    process.execPath,
    ['-e', "const D = require('better-sqlite3'); new D(':memory:').close();"],
    { cwd: packageDir, stdio: 'ignore', timeout: 30_000 },
  );
  return result.status === 0;
}

if (existsSync(join(packageDir, 'build', 'Release', 'better_sqlite3.node')) && loads()) {
  console.log('better-sqlite3: native addon already built');
  process.exit(0);
}

const nodeDir = process.env.npm_config_nodedir ?? resolve(dirname(process.execPath), '..');
if (!existsSync(join(nodeDir, 'include', 'node', 'node.h'))) {
  console.error(
    `better-sqlite3: no Node headers under ${join(nodeDir, 'include', 'node')}; ` +
      'set npm_config_nodedir to a directory with include/node (the Node source or install prefix).',
  );
  process.exit(1);
}

const nodeGyp =
  process.env.npm_config_node_gyp ??
  [
    resolve(
      dirname(process.execPath),
      '../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
    ),
    resolve(dirname(process.execPath), 'node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'),
  ].find((candidate) => existsSync(candidate));
if (!nodeGyp || !existsSync(nodeGyp)) {
  console.error('better-sqlite3: node-gyp (bundled with npm) not found; set npm_config_node_gyp.');
  process.exit(1);
}

const started = Date.now();
const result = spawnSync(
  process.execPath,
  [nodeGyp, 'rebuild', '--release', `--nodedir=${nodeDir}`, '--jobs=2', '--loglevel=warn'],
  {
    cwd: packageDir,
    // Compiler warnings go to stderr by the hundred; keep them for a failure only.
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    timeout: 15 * 60_000,
    env: { ...process.env, npm_config_nodedir: nodeDir },
  },
);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (result.status !== 0 || !loads()) {
  if (result.stderr) process.stderr.write(result.stderr);
  console.error(
    `better-sqlite3: build failed after ${seconds} s (${result.error ?? `exit ${result.status}`})`,
  );
  process.exit(1);
}
console.log(`better-sqlite3: native addon built from source in ${seconds} s`);
