/**
 * Proves the harness itself against hand-written configs: the valid samples pass
 * both passes, and each invalid sample is rejected for the stated reason, so the
 * harness is strict about undeclared keys, types and required keys.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkedPackages } from '../../src/data/versions';
import { driftRun } from '../src/drift';
import { FIXTURES_DIR, fixtureCases, readExpectation, readFixtureFiles } from '../src/fixtures';
import {
  SCHEMA_PACKAGES,
  isValid,
  loadHarnessSchema,
  loadSchemas,
  packageJsonPath,
  readConfig,
  validate,
  type ConfigFile,
  type Schemas,
} from '../src/harness';

const require = createRequire(import.meta.url);

let schemas: Schemas;
beforeAll(async () => {
  schemas = await loadSchemas();
});

const base: ConfigFile = {
  path: 'app-config.yaml',
  content: readFileSync(join(FIXTURES_DIR, 'base', 'app-config.yaml'), 'utf8'),
};

/** The fragment alone, as `app-config.yaml`. */
async function validateAlone(files: ConfigFile[]) {
  const { configs } = await readConfig(files, ['app-config.yaml']);
  return validate(schemas, configs);
}

/** The create-app base as `app-config.yaml`, the fragment on top as `app-config.local.yaml`. */
async function validateOnBase(files: ConfigFile[]) {
  const renamed = files.map((f) =>
    f.path === 'app-config.yaml' ? { ...f, path: 'app-config.local.yaml' } : f,
  );
  const { configs } = await readConfig(
    [base, ...renamed],
    ['app-config.yaml', 'app-config.local.yaml'],
  );
  return validate(schemas, configs);
}

describe('installed packages', () => {
  const guideVersions = new Map(checkedPackages);
  const pinned = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    .dependencies as Record<string, string>;

  test
    .skipIf(driftRun)
    .each([
      '@backstage/integration',
      '@backstage/plugin-auth-backend',
      '@backstage/plugin-auth-backend-module-github-provider',
      '@backstage/plugin-catalog-backend-module-github',
      '@backstage/plugin-catalog-backend-module-github-org',
      '@backstage/plugin-catalog-backend',
      '@backstage/config-loader',
    ])('%s is pinned and installed at the version the guide names', (name) => {
    const version = guideVersions.get(name);
    expect(version).toBeDefined();
    expect(pinned[name]).toBe(version);
    const installed = JSON.parse(readFileSync(packageJsonPath(name), 'utf8')) as {
      version: string;
    };
    expect(installed.version).toBe(version);
  });

  test('config-loader collected the schema of every named package that ships one', () => {
    for (const name of [
      '@backstage/integration',
      '@backstage/plugin-auth-backend',
      '@backstage/plugin-auth-backend-module-github-provider',
      '@backstage/plugin-catalog-backend-module-github',
    ]) {
      expect(schemas.collectedFrom).toContain(name);
    }
    // Ships no config.schema.json (package.json `files: ["dist"]`, no `configSchema`);
    // its keys are declared by its dependency module-github (checked in github-org.test.ts).
    expect(schemas.collectedFrom).not.toContain(
      '@backstage/plugin-catalog-backend-module-github-org',
    );
    expect(SCHEMA_PACKAGES).toContain('@backstage/plugin-catalog-backend-module-github-org');
  });

  test('the no-coercion pass uses the Ajv copy config-loader uses', () => {
    const fromLoader = require.resolve('ajv', {
      paths: [packageJsonPath('@backstage/config-loader')],
    });
    const fromHere = require.resolve('ajv', { paths: [FIXTURES_DIR] });
    expect(fromHere).toBe(fromLoader);
  });
});

describe('valid samples', () => {
  test.each(fixtureCases('valid'))(
    '%s passes both passes, alone and on the create-app base',
    async (name) => {
      const files = readFixtureFiles(join(FIXTURES_DIR, 'valid', name));
      expect(await validateAlone(files)).toEqual({ strict: [], noCoercion: [] });
      expect(await validateOnBase(files)).toEqual({ strict: [], noCoercion: [] });
    },
  );

  test('the create-app base passes on its own', async () => {
    expect(await validateAlone([base])).toEqual({ strict: [], noCoercion: [] });
  });
});

describe('invalid samples', () => {
  test.each(fixtureCases('invalid'))('%s is rejected as its header states', async (name) => {
    const files = readFixtureFiles(join(FIXTURES_DIR, 'invalid', name));
    const main = files.find((f) => f.path === 'app-config.yaml');
    if (!main) throw new Error(`${name} has no app-config.yaml`);
    const expected = readExpectation(main.content);
    const result = await validateAlone(files);
    expect(isValid(result)).toBe(false);
    for (const [pass, want] of [
      ['strict', expected.strict],
      ['noCoercion', expected.noCoercion],
    ] as const) {
      if (want === 'accepts') expect(result[pass]).toEqual([]);
      else expect(result[pass].join('\n')).toContain(want);
    }
  });
});

describe('strictness is real', () => {
  const undeclared: ConfigFile[] = [
    {
      path: 'app-config.yaml',
      content: 'integrations:\n  github:\n    - host: github.com\n      tokn: x\n',
    },
  ];

  test('without noUndeclaredProperties config-loader accepts an undeclared key, with it it does not', async () => {
    const lax = await loadHarnessSchema(false);
    const { configs } = await readConfig(undeclared, ['app-config.yaml']);
    expect(() => lax.process(configs, { ignoreSchemaErrors: false })).not.toThrow();
    expect(validate(schemas, configs).strict.join('\n')).toContain('additionalProperty=tokn');
  });

  test('config-loader coerces a numeric ${VAR} into a number key; the no-coercion pass does not', async () => {
    const files = readFixtureFiles(join(FIXTURES_DIR, 'invalid', 'app-id-from-env-in-provider'));
    const { configs } = await readConfig(files, ['app-config.yaml'], () => '123456');
    const result = validate(schemas, configs);
    expect(result.strict).toEqual([]);
    expect(result.noCoercion.join('\n')).toContain(
      '/catalog/providers/github/acmeRepos/app must be number',
    );
  });

  test('an unset ${VAR} removes the value, so a required secret goes missing', async () => {
    const files = readFixtureFiles(join(FIXTURES_DIR, 'valid', 'sign-in-only'));
    const { configs, envNames } = await readConfig(files, ['app-config.yaml'], (name) =>
      name === 'AUTH_GITHUB_CLIENT_SECRET' ? undefined : 'dummy-value',
    );
    expect(envNames).toEqual(['AUTH_GITHUB_CLIENT_ID', 'AUTH_GITHUB_CLIENT_SECRET']);
    expect(validate(schemas, configs).strict.join('\n')).toContain('missingProperty=clientSecret');
  });

  test('$include is resolved from the file next to app-config.yaml', async () => {
    const files = readFixtureFiles(join(FIXTURES_DIR, 'valid', 'production-app'));
    const { configs } = await readConfig(files, ['app-config.yaml']);
    const apps = (configs[0]?.data.integrations as { github: { apps: unknown[] }[] }).github[0]
      ?.apps;
    expect(apps).toEqual([
      {
        appId: 123456,
        clientId: 'dummy-value',
        clientSecret: 'dummy-value',
        webhookSecret: 'dummy-value',
        privateKey: 'dummy-value',
      },
    ]);
    await expect(
      readConfig(
        files.filter((f) => f.path === 'app-config.yaml'),
        ['app-config.yaml'],
      ),
    ).rejects.toThrow(/github-app-backstage-acme-credentials\.yaml/);
  });
});
