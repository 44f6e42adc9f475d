/**
 * What the schemas cannot say: keys read in code by the github-org module (which
 * ships no schema), and which sign-in resolvers the GitHub module really registers.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { presets, workingGithubResolvers } from '../../src/lib/configBuilder';
import { FIXTURES_DIR, fixtureCases, readFixtureFiles } from '../src/fixtures';
import { validateGenerated } from '../src/generated';
import { loadSchemas, readConfig, type Schemas } from '../src/harness';
import {
  GITHUB_ORG_KEYS,
  githubOrgKeysReadInCode,
  packageFile,
  registeredGithubResolvers,
  runtimeProblems,
} from '../src/runtime';
import { ConfigReader } from '@backstage/config';

let schemas: Schemas;
beforeAll(async () => {
  schemas = await loadSchemas();
});

/** Fixture env: `*_APP_ID` variables hold a number, as the reader would set them. */
const fixtureEnv = (name: string) => (name.endsWith('_APP_ID') ? '123456' : 'dummy-value');

async function fixtureData(kind: 'valid' | 'invalid', name: string) {
  const files = readFixtureFiles(join(FIXTURES_DIR, kind, name));
  const { configs } = await readConfig(files, ['app-config.yaml'], fixtureEnv);
  return (ConfigReader.fromConfigs(configs).getOptional() ?? {}) as Record<string, unknown>;
}

describe('catalog.providers.githubOrg (github-org module, no schema of its own)', () => {
  test('the rule list matches the keys readDefinitionsFromConfig reads', () => {
    expect(githubOrgKeysReadInCode()).toEqual(
      GITHUB_ORG_KEYS.map(({ key, reader }) => ({ key, reader })),
    );
  });

  test('the module really ships no schema, and module-github declares githubOrg', () => {
    const pkg = JSON.parse(
      packageFile('@backstage/plugin-catalog-backend-module-github-org', 'package.json'),
    ) as Record<string, unknown>;
    expect(pkg.configSchema).toBeUndefined();
    const schema = JSON.parse(
      packageFile('@backstage/plugin-catalog-backend-module-github', 'config.schema.json'),
    ) as { properties: { catalog: { properties: { providers: { properties: object } } } } };
    expect(Object.keys(schema.properties.catalog.properties.providers.properties)).toContain(
      'githubOrg',
    );
  });

  test.each(fixtureCases('valid'))('valid sample %s passes the runtime readers', async (name) => {
    expect(runtimeProblems(await fixtureData('valid', name))).toEqual([]);
  });

  test('an unknown githubOrg key and a missing schedule are reported', async () => {
    expect(runtimeProblems(await fixtureData('invalid', 'github-org-undeclared-key'))).toEqual([
      'catalog.providers.githubOrg[0].org: not read by the github-org module',
    ]);
    const missing = runtimeProblems(await fixtureData('invalid', 'github-org-missing-schedule'));
    expect(missing.join('\n')).toContain(
      "Missing required config value at 'catalog.providers.githubOrg.schedule'",
    );
  });

  test('a wrong type is reported by the reader the module uses', () => {
    const problems = runtimeProblems({
      catalog: {
        providers: {
          githubOrg: {
            id: 'production',
            githubUrl: 'https://github.com',
            orgs: 'acme',
            schedule: { frequency: { hours: 1 }, timeout: { minutes: 50 } },
          },
        },
      },
    });
    expect(problems.join('\n')).toContain('catalog.providers.githubOrg[0].orgs');
  });
});

describe('sign-in resolvers the GitHub module registers', () => {
  test('the module spreads the GitHub resolvers and commonSignInResolvers', () => {
    const source = packageFile(
      '@backstage/plugin-auth-backend-module-github-provider',
      'dist/module.cjs.js',
    );
    expect(source).toContain('createGithubProviderSignInResolvers(');
    expect(source).toContain('...pluginAuthNode.commonSignInResolvers');
  });

  test("the builder's list of working resolvers equals the registered ones", () => {
    expect([...workingGithubResolvers].sort()).toEqual(
      Object.keys(registeredGithubResolvers()).sort(),
    );
  });

  test('emailLocalPartMatchingUserEntityName is accepted at runtime', async () => {
    const data = await fixtureData('invalid', 'email-local-part-resolver');
    expect(runtimeProblems(data)).toEqual([]);
  });

  test('preferredUsernameMatchingUserEntityName is in the schema but rejected at runtime', () => {
    const data = {
      auth: {
        providers: {
          github: {
            development: {
              clientId: 'dummy-value',
              clientSecret: 'dummy-value',
              signIn: { resolvers: [{ resolver: 'preferredUsernameMatchingUserEntityName' }] },
            },
          },
        },
      },
    };
    expect(runtimeProblems(data)).toEqual([
      "auth.providers.github.development: Sign-in resolver 'preferredUsernameMatchingUserEntityName' is not available",
    ]);
  });
});

describe('every preset passes the runtime readers', () => {
  test.each(presets.map((p) => [p.id, p.state] as const))('%s', async (_id, state) => {
    const { data, result } = await validateGenerated(schemas, state, undefined, { filled: true });
    expect(result).toEqual({ strict: [], noCoercion: [] });
    expect(runtimeProblems(data)).toEqual([]);
  });
});

test('the integration reader rejects an invalid host', () => {
  expect(
    runtimeProblems({ integrations: { github: [{ host: 'not a host' }] } }).join('\n'),
  ).toContain("'not a host' is not a valid host");
});
