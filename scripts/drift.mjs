/**
 * Pure helpers of `npm run check:drift` (`scripts/check-drift.mjs`): reading
 * the checked versions, comparing them with the registry's, bumping the test
 * package, summarising the result. No I/O here; unit-tested in
 * `tests/drift.test.ts`.
 */

/**
 * Reads the `[name, version]` pairs of `checkedPackages` from the source text of
 * `src/data/versions.ts` (a script cannot import TypeScript on Node 20).
 * `tests/drift.test.ts` proves the result equals the module's own export.
 *
 * @param {string} source the text of `src/data/versions.ts`
 * @returns {Array<[string, string]>} in file order
 * @throws {Error} when no `checkedPackages` array or no entry is found
 */
export function parseCheckedPackages(source) {
  const start = source.indexOf('export const checkedPackages');
  if (start < 0) throw new Error('versions.ts has no `export const checkedPackages`');
  const open = source.indexOf('= [', start);
  const close = source.indexOf('\n];', open);
  if (open < 0 || close < 0) throw new Error('checkedPackages is not a `= [ ... ];` array literal');
  const body = source.slice(open, close);
  const pairs = [...body.matchAll(/\[\s*'(@?[\w./-]+)'\s*,\s*'(\d+\.\d+\.\d+)'\s*\]/g)].map(
    (m) => /** @type {[string, string]} */ ([m[1], m[2]]),
  );
  if (pairs.length === 0) throw new Error('checkedPackages lists no [name, version] pair');
  return pairs;
}

/**
 * Compares two `major.minor.patch` versions (a pre-release suffix is ignored).
 * @param {string} a
 * @param {string} b
 * @returns {number} negative when a < b, 0 when equal, positive when a > b
 * @throws {Error} for a version that is not `x.y.z`
 */
export function compareVersions(a, b) {
  const parse = (v) => {
    const m = /^(\d+)\.(\d+)\.(\d+)/.exec(v);
    if (!m) throw new Error(`Not a version: ${v}`);
    return [Number(m[1]), Number(m[2]), Number(m[3])];
  };
  const [pa, pb] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

/**
 * @typedef {{ name: string, checked: string, latest: string | undefined, newer: boolean }} DriftRow
 */

/**
 * One row per checked package: its checked version, the registry's latest and
 * whether that is newer.
 * @param {Array<[string, string]>} checked
 * @param {Map<string, string>} latest name → latest version (missing: the lookup failed)
 * @returns {DriftRow[]}
 */
export function driftRows(checked, latest) {
  return checked.map(([name, version]) => {
    const newest = latest.get(name);
    return {
      name,
      checked: version,
      latest: newest,
      newer: newest !== undefined && compareVersions(newest, version) > 0,
    };
  });
}

/**
 * The test package's `package.json` with every `@backstage/*` dependency set to
 * the registry's latest version (where that is newer), and the list of changes.
 * Other dependencies (ajv, json-schema-traverse) stay as pinned.
 *
 * @param {{ dependencies?: Record<string, string> }} pkg parsed `backstage-tests/package.json`
 * @param {Map<string, string>} latest name → latest version
 * @returns {{ pkg: object, bumped: Array<{ name: string, from: string, to: string }> }}
 */
export function bumpTestPackage(pkg, latest) {
  const dependencies = { ...(pkg.dependencies ?? {}) };
  const bumped = [];
  for (const [name, pinned] of Object.entries(dependencies)) {
    const newest = latest.get(name);
    if (!name.startsWith('@backstage/') || newest === undefined) continue;
    if (compareVersions(newest, pinned) > 0) {
      dependencies[name] = newest;
      bumped.push({ name, from: pinned, to: newest });
    }
  }
  return { pkg: { ...pkg, dependencies }, bumped };
}

/**
 * The `@backstage/*` names whose latest version the script must look up: the
 * checked packages and the test package's own `@backstage/*` dependencies,
 * deduplicated, in first-seen order.
 * @param {Array<[string, string]>} checked
 * @param {{ dependencies?: Record<string, string> }} pkg
 * @returns {string[]}
 */
export function namesToLookUp(checked, pkg) {
  const names = [
    ...checked.map(([name]) => name),
    ...Object.keys(pkg.dependencies ?? {}).filter((n) => n.startsWith('@backstage/')),
  ];
  return [...new Set(names)];
}

/**
 * The summary printed at the end.
 * @param {DriftRow[]} rows
 * @param {{ passed: number, failed: number, skipped: number, failures: string[] } | undefined} tests
 *   undefined when the suite did not run
 * @returns {string}
 */
export function formatSummary(rows, tests) {
  const width = Math.max(...rows.map((r) => r.name.length));
  const lines = ['Packages the guide names (src/data/versions.ts):'];
  for (const r of rows) {
    const status =
      r.latest === undefined ? 'lookup failed' : r.newer ? `newer: ${r.latest}` : 'current';
    lines.push(`  ${r.name.padEnd(width)}  ${r.checked.padEnd(8)}  ${status}`);
  }
  const newer = rows.filter((r) => r.newer).length;
  lines.push(`${newer} of ${rows.length} have a newer release on the registry.`);
  if (tests) {
    lines.push(
      `backstage-tests against the newest versions: ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped.`,
    );
    for (const name of tests.failures) lines.push(`  FAILED ${name}`);
  } else {
    lines.push('backstage-tests did not run.');
  }
  return lines.join('\n');
}

/**
 * Counts from Vitest's JSON report (`--reporter=json`).
 * @param {{ testResults?: Array<{ name?: string, status?: string, message?: string, assertionResults?: Array<{ status: string, fullName?: string, title?: string }> }> }} report
 * @returns {{ passed: number, failed: number, skipped: number, failures: string[] }}
 */
export function countVitestReport(report) {
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for (const file of report.testResults ?? []) {
    const assertions = file.assertionResults ?? [];
    if (file.status === 'failed' && !assertions.some((a) => a.status === 'failed')) {
      // The file itself failed (an import or a hook), before or besides its tests.
      counts.failed++;
      counts.failures.push(`${file.name ?? '(a test file)'}: ${file.message ?? 'failed'}`);
    }
    for (const a of assertions) {
      if (a.status === 'passed') counts.passed++;
      else if (a.status === 'failed') {
        counts.failed++;
        counts.failures.push(a.fullName ?? a.title ?? '(unnamed test)');
      } else counts.skipped++;
    }
  }
  return counts;
}
