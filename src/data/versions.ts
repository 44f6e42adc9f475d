/**
 * The Backstage release and package versions this guide's content, config
 * snippets and generators were checked against (newest on the npm registry
 * when checked). Shown on the site by `<CheckedVersions />` and
 * `<PackageVersion />`; `backstage-tests/package.json` pins the same versions
 * (`src/data/versions.test.ts` fails when the two disagree), and
 * `npm run check:drift` lists the packages that have newer releases.
 *
 * Sources: the npm registry (`npm view <package> versions`, 2026-12-01) and
 * each package's `CHANGELOG.md` in its published tarball.
 */
export const checkedOn = '2026-12-01';

/**
 * The Backstage release of the app that `@backstage/create-app@0.9.2` (the
 * newest create-app on the registry) generates: the root version it embeds
 * (`dist/package.json.cjs.js`). Its template pins the 1.55.0 versions, for
 * example `plugin-auth-backend` 0.30.1 and `cli` 0.36.6
 * (`dist/plugins/auth-backend/package.json.cjs.js`, `dist/packages/cli/package.json.cjs.js`).
 */
export const templateRelease = '1.55.0';

/**
 * Which release the checked packages belong to, stated as far as the registry
 * lets anyone know. The changelogs put the versions below two release cycles
 * after 1.55.0: `plugin-auth-backend` went 0.30.1 (1.55.0) → 0.30.2 → 0.31.0,
 * `cli` 0.36.6 → 0.36.7 → 0.36.8, `config-loader` 1.11.3 → 1.11.4 → 1.11.5,
 * each step closing a `-next` pre-release series. No `create-app` of that
 * release is on the registry, and the registry (a mirror) lacks some versions
 * in between (for example `plugin-auth-backend` 0.30.2, `integration` 2.1.3),
 * so the release number cannot be read from a package.
 */
export const packagesRelease =
  'the Backstage release published two cycles after 1.55.0 (its number is not recorded in any package on the registry)';

/** Package name → version, in the order readers meet them. */
export const checkedPackages: ReadonlyArray<readonly [name: string, version: string]> = [
  ['@backstage/create-app', '0.9.2'],
  ['@backstage/integration', '2.2.0'],
  ['@backstage/plugin-auth-backend', '0.31.0'],
  ['@backstage/plugin-auth-backend-module-github-provider', '0.5.9'],
  ['@backstage/plugin-auth-node', '0.7.8'],
  ['@backstage/plugin-catalog-backend', '4.0.5'],
  ['@backstage/plugin-catalog-backend-module-github', '0.14.0'],
  ['@backstage/plugin-catalog-backend-module-github-org', '0.3.26'],
  ['@backstage/plugin-scaffolder-backend-module-github', '0.10.4'],
  ['@backstage/plugin-events-backend-module-github', '0.4.16'],
  ['@backstage/cli', '0.36.8'],
  /**
   * The code behind `backstage-cli config:check` and `config:print` in cli
   * 0.36.8: `@backstage/cli@0.36.8` → `@backstage/cli-defaults@^0.1.8` →
   * `@backstage/cli-module-config@^0.1.9` (their `package.json` dependencies).
   */
  ['@backstage/cli-module-config', '0.1.9'],
  ['@backstage/config-loader', '1.11.5'],
];

/**
 * The version of a checked package.
 * @throws RangeError when the package is not in {@link checkedPackages}.
 */
export function checkedVersion(name: string): string {
  const found = checkedPackages.find(([packageName]) => packageName === name);
  if (!found) throw new RangeError(`${name} is not in src/data/versions.ts`);
  return found[1];
}
