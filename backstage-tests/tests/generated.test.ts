/**
 * The config builder's output against the real Backstage config schemas: every
 * preset, then (in property.test.ts) arbitrary valid form states.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  environmentVariables,
  generateFiles,
  presets,
  type BuilderState,
} from '../../src/lib/configBuilder';
import { FIXTURES_DIR } from '../src/fixtures';
import { SCHEMA_GAP_RESOLVER, validateGenerated, yamlFiles } from '../src/generated';
import { loadSchemas, readConfig, validate, type Schemas } from '../src/harness';

let schemas: Schemas;
beforeAll(async () => {
  schemas = await loadSchemas();
});

const base = {
  path: 'app-config.yaml',
  content: readFileSync(join(FIXTURES_DIR, 'base', 'app-config.yaml'), 'utf8'),
};

describe('every preset', () => {
  test('there are presets to check', () => {
    expect(presets.length).toBeGreaterThanOrEqual(5);
  });

  test.each(presets.map((p) => [p.id, p.state] as const))(
    '%s validates alone and on the create-app base',
    async (_id, state) => {
      const alone = await validateGenerated(schemas, state);
      expect(alone.result).toEqual({ strict: [], noCoercion: [] });
      const onBase = await validateGenerated(schemas, state, base);
      expect(onBase.result).toEqual({ strict: [], noCoercion: [] });
      const filled = await validateGenerated(schemas, state, base, { filled: true });
      expect(filled.result).toEqual({ strict: [], noCoercion: [] });
    },
  );

  test.each(presets.map((p) => [p.id, p.state] as const))(
    '%s references exactly the environment variables .env.example lists',
    async (_id, state) => {
      const { envNames } = await validateGenerated(schemas, state);
      const listed = environmentVariables(state).map((v) => v.name);
      expect(envNames).toEqual([...new Set(listed)].sort());
    },
  );

  test.each(presets.map((p) => [p.id, p.state] as const))(
    '%s: every $include points at a generated file',
    async (_id, state) => {
      const files = yamlFiles(state);
      const included = [...files[0]!.content.matchAll(/\$include: (\S+)/g)].map((m) => m[1]);
      for (const path of included) expect(files.map((f) => f.path)).toContain(path);
      // config-loader reads the includes without error only if they exist and parse.
      await expect(readConfig(files, ['app-config.yaml'])).resolves.toBeDefined();
    },
  );
});

describe(`the ${SCHEMA_GAP_RESOLVER} schema gap`, () => {
  const signInPreset = presets.find((p) => p.state.signIn.enabled);

  function withResolvers(resolvers: BuilderState['signIn']['resolvers']): BuilderState {
    if (!signInPreset) throw new Error('no preset with sign-in');
    return { ...signInPreset.state, signIn: { ...signInPreset.state.signIn, resolvers } };
  }

  test('the schema rejects the resolver, and only those errors are allowed', async () => {
    const state = withResolvers(['userIdMatchingUserEntityAnnotation', SCHEMA_GAP_RESOLVER]);
    expect(generateFiles(state).length).toBeGreaterThan(0);
    const { result, allowed } = await validateGenerated(schemas, state);
    expect(result).toEqual({ strict: [], noCoercion: [] });
    expect(allowed.length).toBeGreaterThan(0);
    const env = state.signIn.environment;
    for (const message of allowed) {
      expect(message).toContain(`/auth/providers/github/${env}/signIn/resolvers/1`);
    }
  });

  test('the allowance does not hide any other resolver error', async () => {
    const state = withResolvers([SCHEMA_GAP_RESOLVER]);
    const files = yamlFiles(state).map((f) =>
      f.path === 'app-config.yaml'
        ? {
            ...f,
            content: f.content.replace(SCHEMA_GAP_RESOLVER, 'emailLocalPartMatchingUserEntityNam'),
          }
        : f,
    );
    const { configs } = await readConfig(files, ['app-config.yaml']);
    expect(validate(schemas, configs).strict.join('\n')).toContain('/signIn/resolvers/0');
  });
});
