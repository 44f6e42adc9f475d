/**
 * The guide's statements about `backstage-cli config:check`, `config:print`
 * and `APP_CONFIG_` variables, proven by running the real commands
 * (`src/cli.ts` says exactly which code runs) and compared with
 * `src/data/cliBehaviour.ts`, the data the pages render.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  configCheck,
  configPrint,
  configPrintEnv,
  envConflictMessage,
  envOverride,
  envOverrideBaseEnv,
  type CaseFile,
} from '../../src/data/cliBehaviour';
import { checkedVersion } from '../../src/data/versions';
import {
  CLI_CONFIG_PACKAGE,
  createTempApp,
  installedVersion,
  outcomeOf,
  runCli,
  type TempApp,
} from '../src/cli';
import { driftRun } from '../src/drift';

const apps: TempApp[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.remove()));
});

async function app(files: readonly CaseFile[]): Promise<TempApp> {
  const created = await createTempApp(files);
  apps.push(created);
  return created;
}

/** Parses `config:print --format json` output. */
function printed(stdout: string): Record<string, unknown> {
  return JSON.parse(stdout) as Record<string, unknown>;
}

/** `env` without one variable. */
function without(env: Readonly<Record<string, string>>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key !== name));
}

function at(data: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], data);
}

test.skipIf(driftRun)(
  'the config commands come from the version of the config module the guide names',
  async () => {
    expect(await installedVersion(CLI_CONFIG_PACKAGE)).toBe(checkedVersion(CLI_CONFIG_PACKAGE));
    expect(await installedVersion('@backstage/config-loader')).toBe(
      checkedVersion('@backstage/config-loader'),
    );
  },
);

describe('config:check', () => {
  test.each(configCheck.cases)(
    '$id: without --strict it $plain, with --strict it $strict',
    async (c) => {
      const dir = await app(c.files);
      // Independent runs of the same app: in parallel, two cores are enough.
      const [plain, strict, lax, print] = await Promise.all([
        runCli(dir, ['config:check'], c.env),
        runCli(dir, ['config:check', '--strict'], c.env),
        c.strictLax ? runCli(dir, ['config:check', '--strict', '--lax'], c.env) : undefined,
        c.print ? runCli(dir, ['config:print'], c.env) : undefined,
      ]);
      expect(outcomeOf(plain), plain.stderr).toBe(c.plain);
      expect(outcomeOf(strict), strict.stderr).toBe(c.strict);
      if (c.strict === 'fails') expect(strict.stderr).toContain(configCheck.strictErrorHeading);
      if (c.strictReports) expect(strict.stderr).toContain(c.strictReports);
      if (c.strictLax) expect(outcomeOf(lax!), lax!.stderr).toBe(c.strictLax);
      if (c.print) expect(outcomeOf(print!), print!.stderr).toBe(c.print);
    },
  );

  test('the data agrees with itself: a schema error that only --strict reports exists exactly when config:check alone skips the schemas', () => {
    const onlyStrict = configCheck.cases.filter(
      (c) => c.plain === 'passes' && c.strict === 'fails',
    );
    expect(onlyStrict.length > 0).toBe(!configCheck.validatesWithoutStrict);
  });

  test('--lax stands in for an unset variable with the value the page gives', async () => {
    const dir = await app(configPrint.files);
    const env = without(configPrintEnv, 'AUTH_GITHUB_CLIENT_ID');
    const result = await runCli(dir, ['config:print', '--lax', '--format', 'json'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(at(printed(result.stdout), 'auth.providers.github.development.clientId')).toBe(
      configCheck.laxValueForUnsetVariables,
    );
  });
});

describe('config:print', () => {
  test(`shows each secret as ${configPrint.secretPlaceholder}, and the value only with ${configPrint.withSecretsFlag}`, async () => {
    const dir = await app(configPrint.files);
    const [masked, clear] = await Promise.all([
      runCli(dir, ['config:print', '--format', 'json'], configPrintEnv),
      runCli(
        dir,
        ['config:print', configPrint.withSecretsFlag, '--format', 'json'],
        configPrintEnv,
      ),
    ]);
    expect(masked.code, masked.stderr).toBe(0);
    const data = printed(masked.stdout);
    expect(at(data, 'integrations.github')).toEqual([
      { host: 'github.com', token: configPrint.secretPlaceholder },
    ]);
    expect(at(data, 'auth.providers.github.development.clientSecret')).toBe(
      configPrint.secretPlaceholder,
    );
    // Not secret by schema: printed as is.
    expect(at(data, 'auth.providers.github.development.clientId')).toBe(
      configPrintEnv.AUTH_GITHUB_CLIENT_ID,
    );
    for (const value of Object.values(configPrintEnv).filter(
      (v) => v.includes('secret') || v.includes('token'),
    )) {
      expect(masked.stdout).not.toContain(value);
    }

    expect(clear.code, clear.stderr).toBe(0);
    expect(at(printed(clear.stdout), 'integrations.github')).toEqual([
      { host: 'github.com', token: configPrintEnv.GITHUB_TOKEN },
    ]);
  });

  test('leaves out a key whose variable is unset (as the page says)', async () => {
    const dir = await app(configPrint.files);
    const env = without(configPrintEnv, 'GITHUB_TOKEN');
    const result = await runCli(dir, ['config:print'], env);
    expect(result.code, result.stderr).toBe(0);
    const entry = (
      at(parse(result.stdout) as Record<string, unknown>, 'integrations.github') as object[]
    )[0];
    expect(entry).toBeDefined();
    expect('token' in entry!).toBe(configPrint.unsetVariableKeyShown);
  });

  test('fails on a schema error exactly when the page says it does', async () => {
    const dir = await app(configPrint.files);
    const env = without(configPrintEnv, 'AUTH_GITHUB_CLIENT_SECRET');
    const result = await runCli(dir, ['config:print'], env);
    expect(outcomeOf(result)).toBe(configPrint.failsOnSchemaErrors ? 'fails' : 'passes');
    if (configPrint.failsOnSchemaErrors) {
      expect(result.stderr).toContain(configPrint.schemaErrorHeading);
    }
    // config:check without --strict accepts the same config: case `unset-variable`.
  });
});

describe('APP_CONFIG_ variables', () => {
  const { key, fileValue, variable, variableValue } = envOverride.example;

  test(`${variable} ${envOverride.overridesFiles ? 'overrides' : 'does not override'} ${key} set in app-config.yaml, parsed as JSON`, async () => {
    const appConfig = envOverride.files.find((f) => f.path === 'app-config.yaml')!;
    expect(at(parse(appConfig.content) as Record<string, unknown>, key)).toBe(fileValue);
    const dir = await app(envOverride.files);
    const result = await runCli(dir, ['config:print', '--format', 'json'], {
      ...envOverrideBaseEnv,
      [variable]: variableValue,
      // A number, to see the JSON parsing.
      APP_CONFIG_catalog_providers_github_myOrgRepos_organization: 'my-org',
      APP_CONFIG_catalog_providers_github_myOrgRepos_pageSizes_repositories: '50',
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Loaded config from app-config.yaml, env');
    const data = printed(result.stdout);
    expect(at(data, key)).toBe(envOverride.overridesFiles ? variableValue : fileValue);
    expect(at(data, 'catalog.providers.github.myOrgRepos.pageSizes.repositories')).toBe(
      envOverride.valueParsedAsJson ? 50 : '50',
    );
  });

  test.each([
    ['in one order', envOverride.conflictExample],
    ['in the other order', [...envOverride.conflictExample].reverse()],
  ])('two variables that set the same key stop config loading (%s)', async (_order, vars) => {
    const dir = await app(envOverride.files);
    const result = await runCli(dir, ['config:check'], {
      ...envOverrideBaseEnv,
      ...Object.fromEntries(vars),
    });
    expect(result.code).not.toBe(0);
    // The message names the second variable (without the prefix) that hits the key.
    const second = vars[1]![0].slice(envOverride.prefix.length);
    expect(result.stderr).toContain(envConflictMessage(second));
  });
});
