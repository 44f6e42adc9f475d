/**
 * What the guide and the config builder tell a reader to put in
 * `packages/backend/src/index.ts` and `app-config.yaml`, read from the site's
 * own sources (never copied by hand), so the real backend under test is built
 * from them:
 *
 * - the `backend.add(import('<package>'))` lines of every
 *   ```` ```ts title="packages/backend/src/index.ts" ```` block in `docs/**\/*.mdx`;
 * - the same lines in the builder's generated `packages/backend/src/index.ts`
 *   (`generateFiles` of `src/lib/configBuilder`), commented-out lines excluded;
 * - the builder's generated YAML files, loaded by config-loader as a backend
 *   loads them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import YAML from 'yaml';
import { generateFiles, type BuilderState } from '../../src/lib/configBuilder';
import { guideCodeBlocks, mdxCodeBlocks } from '../../src/lib/mdx/codeBlocks';
import { readConfig } from './harness';

/** The repository root (the site), one level above this package. */
export const SITE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** One `backend.add(import('<package>'))` call that is not commented out. */
const ADD_LINE = /^\s*backend\.add\(\s*import\(\s*['"]([^'"]+)['"]\s*\)\s*\)\s*;?\s*(?:\/\/.*)?$/;

/**
 * The packages a piece of `index.ts` code adds, in order. Lines starting with
 * `//` are ignored, so a commented-out `backend.add` does not count.
 */
export function addedPackages(code: string): string[] {
  return code
    .split('\n')
    .map((line) => ADD_LINE.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
}

/** One backend snippet of the guide. */
export interface GuideSnippet {
  /** The `.mdx` file, relative to the site root. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly packages: readonly string[];
}

/**
 * Every ```` ```ts title="packages/backend/src/index.ts" ```` block in the
 * guide's MDX files (parsed as MDX by `src/lib/mdx/codeBlocks.ts`, so fence
 * meta such as `wrapper="backend-index"` or `setup` never hides a block), with
 * the packages it adds.
 *
 * @throws Error naming the page when one is not valid MDX.
 */
export function guideBackendSnippets(): GuideSnippet[] {
  return guideCodeBlocks(SITE_ROOT, ['ts'])
    .filter((block) => block.meta.attributes.get('title') === 'packages/backend/src/index.ts')
    .map((block) => ({ file: block.file, line: block.line, packages: addedPackages(block.code) }));
}

/** The packages the builder's generated `packages/backend/src/index.ts` adds for `state` (none if it generates no such file). */
export function builderBackendPackages(state: BuilderState): string[] {
  const file = generateFiles(state).find((f) => f.path === 'packages/backend/src/index.ts');
  return file ? addedPackages(file.content) : [];
}

/**
 * Plugins the guide's modules belong to that no snippet adds, because a new
 * app already has them or the guide only names them in prose:
 * - `@backstage/plugin-scaffolder-backend`: in the create-app 0.9.2 backend template
 *   (step 8 says the scaffolder's GitHub module is already there too);
 * - `@backstage/plugin-events-backend`: step 6 task 6 tells the reader to add it with
 *   the GitHub events module.
 * A module whose plugin is missing is silently skipped by the backend, so
 * without these the scaffolder and events modules would not be exercised.
 */
export const HOST_PLUGINS = [
  '@backstage/plugin-scaffolder-backend',
  '@backstage/plugin-events-backend',
] as const;

/**
 * The backend features for a test backend: every package the guide's snippets
 * add, every package the builder's `index.ts` for `state` adds, and
 * {@link HOST_PLUGINS}, deduplicated in that order.
 */
export function guideBackendFeatures(state: BuilderState): string[] {
  return [
    ...new Set([
      ...guideBackendSnippets().flatMap((s) => s.packages),
      ...builderBackendPackages(state),
      ...HOST_PLUGINS,
    ]),
  ];
}

/**
 * The builder's generated YAML for `state` (`app-config.yaml` plus any
 * `$include`d credentials file), loaded by config-loader with `env` for
 * `${VAR}` substitution, exactly as a backend reads its config files.
 */
export async function builderConfig(
  state: BuilderState,
  env: (name: string) => string | undefined,
  extraFiles: ReadonlyArray<{ path: string; content: string }> = [],
): Promise<AppConfig[]> {
  const files = generateFiles(state)
    .filter((f) => f.language === 'yaml')
    .map((f) => ({ path: f.path, content: f.content }));
  const replaced = files.map((f) => extraFiles.find((e) => e.path === f.path) ?? f);
  const { configs } = await readConfig(replaced, ['app-config.yaml'], env);
  return configs;
}

/**
 * The YAML blocks of one guide page with a given `title`, parsed, in page order
 * (fence meta other than the title is ignored).
 *
 * @param file the page, relative to the site root
 */
export function guideYamlBlocks(file: string, title = 'app-config.yaml'): JsonObject[] {
  return mdxCodeBlocks(readFileSync(join(SITE_ROOT, file), 'utf8'), file)
    .filter((block) => block.lang === 'yaml' && block.meta.attributes.get('title') === title)
    .map((block) => YAML.parse(block.code) as JsonObject);
}
