/**
 * Which catalog namespace the GitHub org entity provider
 * (`catalog.providers.githubOrg`, guide step 7) puts imported users and teams in.
 * Step 7 renders its statement from this data (`<OrgNamespaces />`), and the
 * real-backend suite (`backstage-tests/tests/backend-*.test.ts`) compares the
 * namespaces of the entities a running backend imported with {@link importedNamespace}.
 *
 * Sources:
 * - `@backstage/plugin-catalog-backend-module-github-org@0.3.26:dist/module.cjs.js`:
 *   each definition gets `alwaysUseDefaultNamespace: definitions.length === 1 && definition.orgs?.length === 1`.
 * - `@backstage/plugin-catalog-backend-module-github@0.14.0:dist/providers/GithubMultiOrgEntityProvider.cjs.js`:
 *   `defaultMultiOrgTeamTransformer` sets a Group's `metadata.namespace` to the
 *   organization login in lower case unless `alwaysUseDefaultNamespace`, and writes
 *   team members as `default/<login>`; the default user transformer
 *   (`dist/lib/defaultTransformers.cjs.js`) sets no namespace, so every User is in
 *   `default`, and a user who belongs to several organizations is imported once.
 */

/** The package files the facts come from. */
export const orgImportNamespaceSources = [
  {
    package: '@backstage/plugin-catalog-backend-module-github-org',
    version: '0.3.26',
    file: 'dist/module.cjs.js',
  },
  {
    package: '@backstage/plugin-catalog-backend-module-github',
    version: '0.14.0',
    file: 'dist/providers/GithubMultiOrgEntityProvider.cjs.js',
  },
] as const;

/** How `catalog.providers.githubOrg` is laid out. */
export interface OrgImportLayout {
  /** Number of `githubOrg` definitions (1 for an object, the length for a list). */
  readonly definitions: number;
  /**
   * Length of this definition's `orgs`; `undefined` when `orgs` is left out (with a
   * GitHub App: every organization the App is installed in).
   */
  readonly orgsListed: number | undefined;
}

/** The namespace every imported User gets, whatever the layout. */
export const userNamespace = 'default';

/**
 * Whether teams go into the `default` namespace: only with exactly one
 * definition that lists exactly one organization.
 */
export function teamsUseDefaultNamespace(layout: OrgImportLayout): boolean {
  return layout.definitions === 1 && layout.orgsListed === 1;
}

/**
 * The namespace of an imported entity.
 *
 * @param kind `User` or `Group`
 * @param org the organization login as GitHub spells it (any case)
 * @returns `default`, or the organization login in lower case for a Group outside
 *   the single-organization layout
 */
export function importedNamespace(
  kind: 'User' | 'Group',
  org: string,
  layout: OrgImportLayout,
): string {
  if (kind === 'User' || teamsUseDefaultNamespace(layout)) return userNamespace;
  return org.toLowerCase();
}
