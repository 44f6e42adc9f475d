/**
 * Checks that go beyond the schemas: the keys and resolvers the installed
 * packages read or register at runtime.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigReader } from '@backstage/config';
import { readSchedulerServiceTaskScheduleDefinitionFromConfig } from '@backstage/backend-plugin-api';
import { readGithubIntegrationConfigs } from '@backstage/integration';
import { commonSignInResolvers, readDeclarativeSignInResolver } from '@backstage/plugin-auth-node';
import { githubSignInResolvers } from '@backstage/plugin-auth-backend-module-github-provider';
import type { JsonObject } from '@backstage/types';
import { packageJsonPath } from './harness';

/**
 * `@backstage/plugin-catalog-backend-module-github-org@0.3.26` ships no
 * `config.schema.json` (its `package.json` has `files: ["dist"]` and no
 * `configSchema`). It reads `catalog.providers.githubOrg` (an object or an array of
 * objects) in code: `readDefinitionsFromConfig` in `dist/module.cjs.js`. These are
 * the keys it reads there, with the reader it uses; `schedule` is then read by
 * `readSchedulerServiceTaskScheduleDefinitionFromConfig` of
 * `@backstage/backend-plugin-api`. `github-org.test.ts` re-reads the package file
 * and fails if this list and the code disagree.
 */
export const GITHUB_ORG_KEYS: ReadonlyArray<{ key: string; reader: string; required: boolean }> = [
  { key: 'id', reader: 'getString', required: true },
  { key: 'githubUrl', reader: 'getString', required: true },
  { key: 'orgs', reader: 'getOptionalStringArray', required: false },
  { key: 'schedule', reader: 'getConfig', required: true },
  { key: 'pageSizes.teams', reader: 'getOptionalNumber', required: false },
  { key: 'pageSizes.teamMembers', reader: 'getOptionalNumber', required: false },
  { key: 'pageSizes.organizationMembers', reader: 'getOptionalNumber', required: false },
  { key: 'excludeSuspendedUsers', reader: 'getOptionalBoolean', required: false },
  {
    key: 'experimental_checkForSuspendedUsersWithRest',
    reader: 'getOptionalBoolean',
    required: false,
  },
  {
    key: 'defaultUserTransformer.useVerifiedEmails',
    reader: 'getOptionalBoolean',
    required: false,
  },
];

/** Text of a file inside an installed package, e.g. `dist/module.cjs.js`. */
export function packageFile(name: string, path: string): string {
  return readFileSync(join(dirname(packageJsonPath(name)), path), 'utf8');
}

/**
 * The `c.<reader>("<key>")` calls in the body of `readDefinitionsFromConfig` of
 * the installed github-org module, as `{ key, reader }`.
 *
 * @throws if the function cannot be found (the package layout changed).
 */
export function githubOrgKeysReadInCode(): { key: string; reader: string }[] {
  const source = packageFile(
    '@backstage/plugin-catalog-backend-module-github-org',
    'dist/module.cjs.js',
  );
  const start = source.indexOf('function readDefinitionsFromConfig(');
  if (start < 0) throw new Error('readDefinitionsFromConfig not found in dist/module.cjs.js');
  const end = source.indexOf('\n}\n', start);
  const body = source.slice(start, end);
  return [...body.matchAll(/\bc\.(get\w*)\(\s*"([^"]+)"/g)].map((m) => ({
    reader: m[1]!,
    key: m[2]!,
  }));
}

/**
 * Flattens one `githubOrg` entry into dotted key paths, descending into plain
 * objects except under `schedule` (checked by the scheduler's own reader).
 */
export function githubOrgEntryKeys(entry: Record<string, unknown>): string[] {
  const keys: string[] = [];
  const walk = (value: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(value)) {
      const path = prefix + k;
      if (path !== 'schedule' && v && typeof v === 'object' && !Array.isArray(v)) {
        walk(v as Record<string, unknown>, `${path}.`);
      } else keys.push(path);
    }
  };
  walk(entry, '');
  return keys;
}

/**
 * The sign-in resolver factories the GitHub auth module registers:
 * `dist/module.cjs.js` of `@backstage/plugin-auth-backend-module-github-provider@0.5.9`
 * passes `{ ...createGithubProviderSignInResolvers(...), ...commonSignInResolvers }`.
 * The first is internal; its exported twin is `githubSignInResolvers` (same names).
 */
export function registeredGithubResolvers(): Record<string, unknown> {
  return { ...githubSignInResolvers, ...commonSignInResolvers };
}

/**
 * Runs the readers the installed packages run at backend start-up on a merged
 * config and returns what they throw (empty: all accepted):
 * - `readGithubIntegrationConfigs` (`@backstage/integration@2.2.0`) on `integrations.github`;
 * - `readDeclarativeSignInResolver` (`@backstage/plugin-auth-node@0.7.8`) with the
 *   GitHub module's resolver factories, on each `auth.providers.github.<env>`;
 * - for each `catalog.providers.githubOrg` entry: only keys from {@link GITHUB_ORG_KEYS},
 *   each read with the reader the module uses, and `schedule` read by
 *   `readSchedulerServiceTaskScheduleDefinitionFromConfig` (`@backstage/backend-plugin-api`).
 */
export function runtimeProblems(data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const config = new ConfigReader(data as JsonObject);
  const attempt = (what: string, fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      problems.push(`${what}: ${(error as Error).message}`);
    }
  };
  attempt('integrations.github', () =>
    readGithubIntegrationConfigs(config.getOptionalConfigArray('integrations.github') ?? []),
  );
  const github = config.getOptionalConfig('auth.providers.github');
  for (const env of github?.keys() ?? []) {
    attempt(`auth.providers.github.${env}`, () =>
      readDeclarativeSignInResolver({
        config: github!.getConfig(env),
        signInResolverFactories: registeredGithubResolvers() as never,
      }),
    );
  }
  const org = config.getOptional('catalog.providers.githubOrg');
  if (org !== undefined) {
    const entries = Array.isArray(org)
      ? config.getConfigArray('catalog.providers.githubOrg')
      : [config.getConfig('catalog.providers.githubOrg')];
    entries.forEach((entry, i) => {
      const where = `catalog.providers.githubOrg[${i}]`;
      const known = new Set(GITHUB_ORG_KEYS.map((k) => k.key));
      for (const key of githubOrgEntryKeys(entry.get() as Record<string, unknown>)) {
        if (!known.has(key)) problems.push(`${where}.${key}: not read by the github-org module`);
      }
      for (const { key, reader } of GITHUB_ORG_KEYS) {
        attempt(`${where}.${key}`, () =>
          (entry as unknown as Record<string, (k: string) => unknown>)[reader]!.call(entry, key),
        );
      }
      attempt(`${where}.schedule`, () =>
        readSchedulerServiceTaskScheduleDefinitionFromConfig(entry.getConfig('schedule')),
      );
    });
  }
  return problems;
}
