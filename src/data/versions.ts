/**
 * The Backstage release and package versions this guide's content, config
 * snippets and generators were checked against (newest on the npm registry
 * when checked). Shown on the site by `<CheckedVersions />`.
 *
 * Source: the npm registry; the Backstage release is the root version that
 * `@backstage/create-app@0.9.2` embeds (`dist/package.json.cjs.js`).
 */
export const checkedOn = '2026-11-21';

export const backstageRelease = '1.55.0';

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
  ['@backstage/cli', '0.36.6'],
  ['@backstage/config-loader', '1.11.5'],
];
