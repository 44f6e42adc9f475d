/**
 * Validation harness: loads app-config files the way a Backstage backend does
 * (`@backstage/config-loader` file sources, `${VAR}` substitution, `$include`)
 * and validates them against the `config.schema.json` files shipped by the real
 * Backstage packages installed in this test package.
 *
 * Two passes, both over the same schemas:
 * 1. `strict`: config-loader's own `loadConfigSchema({ noUndeclaredProperties: true })`
 *    and `process(..., { ignoreSchemaErrors: false })`, which is what
 *    `backstage-cli config:check --strict` runs. Its Ajv instance is built with
 *    `coerceTypes: true` and no option turns that off
 *    (`@backstage/config-loader@1.11.5:dist/schema/compile.cjs.js`), so this pass
 *    alone would accept `"25"` for a number or `"true"` for a boolean.
 * 2. `noCoercion`: the schemas config-loader collected (`schema.serialize()`), merged
 *    with config-loader's exported `mergeConfigSchemas`, made strict with the same
 *    rule config-loader applies for `noUndeclaredProperties`, and compiled with the
 *    same Ajv version and options except `coerceTypes: false`.
 *
 * A config is valid only if both passes accept it.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  ConfigSources,
  loadConfigSchema,
  mergeConfigSchemas,
  type ConfigSchema,
} from '@backstage/config-loader';
import { ConfigReader, type AppConfig } from '@backstage/config';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import traverse from 'json-schema-traverse';
import type { JSONSchema7 } from 'json-schema';

const require = createRequire(import.meta.url);

/**
 * The packages whose shipped `config.schema.json` the harness loads, with the
 * versions `package.json` pins. config-loader also walks each package's
 * dependencies and collects their schemas, as a real backend does.
 *
 * - The first four are the ones the issue names; their versions are the guide's
 *   (`src/data/versions.ts`).
 * - `@backstage/plugin-catalog-backend-module-github-org` ships no schema; its
 *   keys are declared by its dependency `@backstage/plugin-catalog-backend-module-github`.
 * - `@backstage/plugin-catalog-backend` (declares `catalog.locations`, `catalog.rules`)
 *   and `@backstage/plugin-auth-backend-module-guest-provider` (declares
 *   `auth.providers.guest`) are here so the create-app template's own `catalog`
 *   and `auth` sections can be merged under the generated config; their versions
 *   are the ones `@backstage/create-app@0.9.2` installs
 *   (`dist/plugins/*\/package.json.cjs.js`).
 */
export const SCHEMA_PACKAGES = [
  '@backstage/integration',
  '@backstage/plugin-auth-backend',
  '@backstage/plugin-auth-backend-module-github-provider',
  '@backstage/plugin-catalog-backend-module-github',
  '@backstage/plugin-catalog-backend-module-github-org',
  '@backstage/plugin-catalog-backend',
  '@backstage/plugin-auth-backend-module-guest-provider',
] as const;

/** Absolute path of an installed package's `package.json`, resolved from this package. */
export function packageJsonPath(name: string): string {
  return require.resolve(`${name}/package.json`);
}

/** Both compiled validators for the same set of collected schemas. */
export interface Schemas {
  /** config-loader's own schema object, loaded with `noUndeclaredProperties: true`. */
  strict: ConfigSchema;
  /** The same merged schema compiled by Ajv without type coercion. */
  noCoercion: ValidateFunction;
  /** `packageName` of every schema config-loader collected (deduplicated, sorted). */
  collectedFrom: string[];
}

interface SerializedSchemas {
  schemas: { packageName: string; path: string; value: JSONSchema7 }[];
}

let cached: Promise<Schemas> | undefined;

/**
 * Loads and compiles the schemas of {@link SCHEMA_PACKAGES} (and their
 * dependencies). Packages are passed to config-loader as `packagePaths`, so
 * resolution starts in this package's `node_modules` whatever the working
 * directory is. Compiling takes seconds, so the result is shared by every test
 * file that runs in the same worker (see `vitest.config.ts`).
 *
 * @returns both validators; rejects if a schema is invalid.
 */
export function loadSchemas(): Promise<Schemas> {
  cached ??= compileSchemas();
  return cached;
}

async function compileSchemas(): Promise<Schemas> {
  const strict = await loadConfigSchema({
    dependencies: [],
    packagePaths: SCHEMA_PACKAGES.map(packageJsonPath),
    noUndeclaredProperties: true,
  });
  const { schemas } = strict.serialize() as unknown as SerializedSchemas;
  return {
    strict,
    noCoercion: compileWithoutCoercion(schemas.map((s) => s.value)),
    collectedFrom: [...new Set(schemas.map((s) => s.packageName))].sort(),
  };
}

/**
 * Mirrors `compileConfigSchemas` of `@backstage/config-loader@1.11.5`
 * (`dist/schema/compile.cjs.js`) with `noUndeclaredProperties: true`, except that
 * Ajv gets `coerceTypes: false`. The custom keywords only record visibility and
 * deprecation there, so here they validate nothing.
 */
function compileWithoutCoercion(schemaValues: JSONSchema7[]): ValidateFunction {
  const copies = schemaValues.map((value) => {
    const copy = structuredClone(value);
    traverse(copy, (s: Record<string, unknown>) => {
      const ap = s.additionalProperties;
      if (typeof ap === 'object' && ap !== null && Object.keys(ap).length === 0) {
        s.additionalProperties = true;
      }
    });
    return copy;
  });
  const merged = mergeConfigSchemas(copies) as Record<string, unknown>;
  traverse(merged, (schema: Record<string, unknown>) => {
    const nonEmpty = (key: string) => {
      const v = schema[key];
      return typeof v === 'object' && v !== null && Object.keys(v).length > 0;
    };
    if (schema.type === 'object' && (nonEmpty('properties') || nonEmpty('patternProperties'))) {
      schema.additionalProperties ||= false;
    }
  });
  const ajv = new Ajv({
    allErrors: true,
    allowUnionTypes: true,
    coerceTypes: false,
    schemas: { 'https://backstage.io/schema/config-v1': true },
  });
  ajv
    .addKeyword({ keyword: 'visibility', metaSchema: { type: 'string' } })
    .addKeyword({ keyword: 'deepVisibility', metaSchema: { type: 'string' } })
    .removeKeyword('deprecated')
    .addKeyword({ keyword: 'deprecated', metaSchema: { type: 'string' } });
  return ajv.compile(merged);
}

/** One file to write next to the others before loading, e.g. an `$include`d credentials file. */
export interface ConfigFile {
  /** Relative path, e.g. `app-config.yaml` or `github-app-acme-credentials.yaml`. */
  path: string;
  content: string;
}

/** What {@link readConfig} returns. */
export interface ReadResult {
  /** One `AppConfig` per target, in load order (later wins), as config-loader produced them. */
  configs: AppConfig[];
  /** Every `${VAR}` name config-loader asked the substitution function for. */
  envNames: string[];
}

/** The value every `${VAR}` resolves to unless a test passes its own environment. */
export const DUMMY_ENV_VALUE = 'dummy-value';

/**
 * Writes `files` into a fresh temporary directory and reads `targets` (paths
 * among them, lowest priority first) with config-loader's own file loading:
 * `ConfigSources.defaultForTargets`, YAML parsing, `$include`/`$file`/`$env`
 * relative to the including file, and `${VAR}` substitution.
 *
 * @param env - value for each referenced variable; `undefined` means unset, which
 *   makes config-loader drop the value (as Backstage does). Default: every
 *   variable is set to {@link DUMMY_ENV_VALUE}.
 * @throws config-loader's error when a file is missing, a YAML file does not
 *   parse or an include fails.
 */
export async function readConfig(
  files: ConfigFile[],
  targets: string[],
  env: (name: string) => string | undefined = () => DUMMY_ENV_VALUE,
): Promise<ReadResult> {
  const dir = await mkdtemp(join(tmpdir(), 'backstage-tests-'));
  try {
    for (const file of files) {
      const full = resolve(dir, file.path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, file.content, 'utf8');
    }
    const envNames = new Set<string>();
    const source = ConfigSources.defaultForTargets({
      rootDir: dir,
      watch: false,
      targets: targets.map((t) => ({ type: 'path' as const, target: resolve(dir, t) })),
      substitutionFunc: async (name) => {
        envNames.add(name);
        return env(name);
      },
    });
    const iterator = source.readConfigData();
    try {
      const first = await iterator.next();
      if (first.done) throw new Error('config-loader yielded no config');
      return { configs: first.value.configs, envNames: [...envNames].sort() };
    } finally {
      await iterator.return();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Outcome of {@link validate}: empty arrays mean valid. */
export interface ValidationResult {
  /** Messages from config-loader's strict pass (`Config must NOT have additional properties { … } at …`). */
  strict: string[];
  /** Ajv errors from the no-coercion pass, as `<instancePath> <message> <params>`. */
  noCoercion: string[];
}

/**
 * Validates loaded configs with both passes.
 *
 * @param configs - as returned by {@link readConfig}; merged by `ConfigReader.fromConfigs`
 *   exactly as config-loader merges them before validating.
 */
export function validate(schemas: Schemas, configs: AppConfig[]): ValidationResult {
  let strict: string[] = [];
  try {
    schemas.strict.process(configs, { ignoreSchemaErrors: false });
  } catch (error) {
    const messages = (error as { messages?: unknown }).messages;
    strict = Array.isArray(messages) ? messages.map(String) : [String(error)];
  }
  const data = ConfigReader.fromConfigs(configs).getOptional() ?? {};
  const ok = schemas.noCoercion(data);
  const noCoercion = ok ? [] : (schemas.noCoercion.errors ?? []).map(formatAjvError);
  return { strict, noCoercion };
}

function formatAjvError(e: ErrorObject): string {
  return `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`;
}

/** True when both passes accepted the config. */
export function isValid(result: ValidationResult): boolean {
  return result.strict.length === 0 && result.noCoercion.length === 0;
}
