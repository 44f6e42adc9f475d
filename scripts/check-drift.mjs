#!/usr/bin/env node
/**
 * `npm run check:drift`: lists the packages of `src/data/versions.ts` that have
 * a newer release on the npm registry, then runs the `backstage-tests` suite
 * against the newest versions and prints a summary.
 *
 * How: `backstage-tests/` is copied (without `node_modules` and its lockfile)
 * to `backstage-tests-drift/` beside it, so the tests' `../../src` imports and
 * the root `node_modules` (Vitest, yaml, fast-check) resolve as usual; every
 * `@backstage/*` dependency of the copy is set to the registry's latest
 * version; the copy is installed with `npm install`, type-checked and tested
 * with `BACKSTAGE_TESTS_DRIFT=1`, which skips only the tests that compare
 * installed versions with `versions.ts` (they fail by design here). The copy
 * is removed afterwards unless `--keep` is given.
 *
 * Needs the registry (one `npm view` per package, then an install), so it is
 * not part of `npm test`. Options: `--list` only lists newer releases;
 * `--keep` keeps `backstage-tests-drift/`.
 *
 * Exit code: 0 when the suite passes against the newest versions (newer
 * releases alone are reported, not failed), 1 when a test fails or the copy
 * cannot be installed or type-checked, 2 when a registry lookup fails.
 */
import { execFile, spawn } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  bumpTestPackage,
  countVitestReport,
  driftRows,
  formatSummary,
  namesToLookUp,
  parseCheckedPackages,
} from './drift.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const testsDir = join(root, 'backstage-tests');
const copyDir = join(root, 'backstage-tests-drift');
const args = new Set(process.argv.slice(2));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** `npm view <name> version`: the version the `latest` dist-tag points at. */
async function latestVersion(name) {
  const { stdout } = await promisify(execFile)(npm, ['view', name, 'version'], {
    timeout: 60_000,
  });
  return stdout.trim();
}

/** Runs a command with inherited output; resolves to its exit code. */
function run(command, commandArgs, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', cwd: root, ...options });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

const checked = parseCheckedPackages(await readFile(join(root, 'src/data/versions.ts'), 'utf8'));
const testPkg = JSON.parse(await readFile(join(testsDir, 'package.json'), 'utf8'));

const latest = new Map();
let lookupFailed = false;
const queue = namesToLookUp(checked, testPkg);
// Four lookups at a time: quick, and gentle on the registry.
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      try {
        latest.set(name, await latestVersion(name));
      } catch (error) {
        lookupFailed = true;
        console.error(
          `Could not look up ${name}: ${error instanceof Error ? error.message : error}`,
        );
      }
    }
  }),
);
const rows = driftRows(checked, latest);

if (args.has('--list') || lookupFailed) {
  console.log(formatSummary(rows, undefined));
  process.exit(lookupFailed ? 2 : 0);
}

const { pkg, bumped } = bumpTestPackage(testPkg, latest);
console.log(
  bumped.length === 0
    ? 'Every @backstage/* package of backstage-tests is at its latest version.'
    : `Testing with:\n${bumped.map((b) => `  ${b.name} ${b.from} -> ${b.to}`).join('\n')}`,
);

await rm(copyDir, { recursive: true, force: true });
await cp(testsDir, copyDir, {
  recursive: true,
  filter: (source) => !/[/\\](node_modules|package-lock\.json)$/.test(source),
});
await writeFile(join(copyDir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

const reportFile = join(copyDir, 'vitest-report.json');
let tests;
let exitCode = 1;
try {
  const installed = await run(npm, ['install', '--prefix', copyDir, '--no-save']);
  const typed =
    installed === 0 && (await run('npx', ['tsc', '-p', join(copyDir, 'tsconfig.json')]));
  if (installed !== 0) console.error('Installing the newest versions failed.');
  else if (typed !== 0)
    console.error('backstage-tests does not type-check against the newest versions.');
  else {
    exitCode = await run(
      'npx',
      [
        'vitest',
        'run',
        '--config',
        join(copyDir, 'vitest.config.ts'),
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${reportFile}`,
      ],
      { env: { ...process.env, BACKSTAGE_TESTS_DRIFT: '1' } },
    );
    try {
      tests = countVitestReport(JSON.parse(await readFile(reportFile, 'utf8')));
    } catch {
      console.error('Vitest wrote no report; see its output above.');
    }
  }
} finally {
  if (!args.has('--keep')) await rm(copyDir, { recursive: true, force: true });
}

console.log(`\n${formatSummary(rows, tests)}`);
process.exit(exitCode === 0 ? 0 : 1);
