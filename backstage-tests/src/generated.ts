/**
 * Runs the site's config builder (`src/lib/configBuilder`) and validates the YAML it
 * generates with the harness, with the one schema gap the builder knowingly steps
 * into allowed, narrowly.
 */
import { ConfigReader, type AppConfig } from '@backstage/config';
import YAML from 'yaml';
import { generateFiles, type BuilderState } from '../../src/lib/configBuilder';
import {
  DUMMY_ENV_VALUE,
  readConfig,
  validate,
  type ConfigFile,
  type Schemas,
  type ValidationResult,
} from './harness';

/**
 * The resolver `@backstage/plugin-auth-backend-module-github-provider@0.5.9` registers
 * at runtime (`dist/module.cjs.js` spreads `commonSignInResolvers` of
 * `@backstage/plugin-auth-node@0.7.8`) but leaves out of its `config.schema.json`
 * resolver `anyOf`. The builder offers it, so its output may carry exactly this
 * schema violation; `sign-in-runtime.test.ts` proves the runtime accepts it.
 */
export const SCHEMA_GAP_RESOLVER = 'emailLocalPartMatchingUserEntityName';

/** The generated files config-loader reads: `app-config.yaml` and any `$include`d YAML. */
export function yamlFiles(state: BuilderState): ConfigFile[] {
  return generateFiles(state)
    .filter((f) => f.language === 'yaml')
    .map((f) => ({ path: f.path, content: f.content }));
}

/** A value a number-typed key gets where the reader would type a number (an App ID). */
export const DUMMY_APP_ID = '123456';

/**
 * The environment the reader would set: each App ID variable of `state` holds a
 * number, every other variable {@link DUMMY_ENV_VALUE}. Substitution always yields
 * strings; `readGithubIntegrationConfig` reads `appId` with `getNumber`, which
 * accepts a numeric string.
 */
export function typedEnv(state: BuilderState): (name: string) => string {
  const appIdVars = new Set(state.apps.map((a) => a.appIdVar));
  return (name) => (appIdVars.has(name) ? DUMMY_APP_ID : DUMMY_ENV_VALUE);
}

/**
 * Fills a generated credentials-file template the way its header asks the reader
 * to: every `<…>` placeholder value replaced, `appId` by a number and the others
 * by {@link DUMMY_ENV_VALUE}. Other keys and values are kept.
 */
export function fillCredentialsTemplate(content: string): string {
  const doc = YAML.parse(content) as Record<string, unknown>;
  for (const [key, value] of Object.entries(doc)) {
    if (typeof value === 'string' && value.trim().startsWith('<')) {
      doc[key] = key === 'appId' ? Number(DUMMY_APP_ID) : DUMMY_ENV_VALUE;
    }
  }
  return YAML.stringify(doc);
}

/** Result of {@link validateGenerated}. */
export interface GeneratedValidation {
  /** Errors left after removing the allowed schema-gap errors. */
  result: ValidationResult;
  /** Errors removed because they are the {@link SCHEMA_GAP_RESOLVER} gap. */
  allowed: string[];
  /** The merged config data config-loader produced. */
  data: Record<string, unknown>;
  /** `${VAR}` names the config referenced. */
  envNames: string[];
}

/**
 * Generates the files for `state` (with `filled`: credentials templates filled in
 * and App ID variables numeric, as the reader would run them), loads them (optionally on top of `base`, with
 * the generated `app-config.yaml` loaded as `app-config.local.yaml`), validates
 * them, and removes only the errors that sit at a `signIn.resolvers[i]` entry
 * whose `resolver` is {@link SCHEMA_GAP_RESOLVER}.
 *
 * @throws InvalidStateError (from the builder) for an invalid state.
 */
export async function validateGenerated(
  schemas: Schemas,
  state: BuilderState,
  base?: ConfigFile,
  options: { filled?: boolean } = {},
): Promise<GeneratedValidation> {
  let files = yamlFiles(state);
  if (options.filled) {
    files = files.map((f) =>
      f.path === 'app-config.yaml' ? f : { ...f, content: fillCredentialsTemplate(f.content) },
    );
  }
  let targets = ['app-config.yaml'];
  if (base) {
    files = [
      base,
      ...files.map((f) =>
        f.path === 'app-config.yaml' ? { ...f, path: 'app-config.local.yaml' } : f,
      ),
    ];
    targets = ['app-config.yaml', 'app-config.local.yaml'];
  }
  const { configs, envNames } = await readConfig(
    files,
    targets,
    options.filled ? typedEnv(state) : undefined,
  );
  const data = merged(configs);
  const gapPaths = schemaGapPaths(data);
  const isGap = (path: string) => gapPaths.some((p) => path === p || path === `${p}/resolver`);
  const raw = validate(schemas, configs);
  const strictPath = (m: string) => / at (\S*)$/.exec(m)?.[1] ?? '';
  const ajvPath = (m: string) => m.split(' ')[0] ?? '';
  const allowed = [
    ...raw.strict.filter((m) => isGap(strictPath(m))),
    ...raw.noCoercion.filter((m) => isGap(ajvPath(m))),
  ];
  return {
    result: {
      strict: raw.strict.filter((m) => !isGap(strictPath(m))),
      noCoercion: raw.noCoercion.filter((m) => !isGap(ajvPath(m))),
    },
    allowed,
    data,
    envNames,
  };
}

function merged(configs: AppConfig[]): Record<string, unknown> {
  return (ConfigReader.fromConfigs(configs).getOptional() ?? {}) as Record<string, unknown>;
}

/** JSON-pointer paths of every `auth.providers.github.<env>.signIn.resolvers[i]` using the gap resolver. */
function schemaGapPaths(data: Record<string, unknown>): string[] {
  const github = (data.auth as { providers?: { github?: Record<string, unknown> } } | undefined)
    ?.providers?.github;
  const paths: string[] = [];
  for (const [env, settings] of Object.entries(github ?? {})) {
    const resolvers = (settings as { signIn?: { resolvers?: { resolver?: string }[] } }).signIn
      ?.resolvers;
    resolvers?.forEach((r, i) => {
      if (r.resolver === SCHEMA_GAP_RESOLVER) {
        paths.push(`/auth/providers/github/${env}/signIn/resolvers/${i}`);
      }
    });
  }
  return paths;
}
