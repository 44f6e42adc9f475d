/**
 * The app a reader's snippets sit in: `@backstage/create-app@0.9.2`'s own
 * templates, read from the installed package (never copied into this
 * repository), and the TypeScript options such an app compiles with.
 *
 * - `templates/default-app/` is what `npx @backstage/create-app` creates (the new
 *   frontend system); `templates/legacy-app/` is what `--legacy` creates. Both
 *   have the same `packages/backend`.
 * - `dist/lib/versions.cjs.js` (`packageVersions`) holds the version create-app
 *   writes for each `{{version '<package>'}}` in the templates' `package.json.hbs`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const require = createRequire(import.meta.url);

/** The create-app release the guide's app is created with. */
export const CREATE_APP_VERSION = '0.9.2';

/** Folder of the installed `@backstage/create-app` package. */
export const CREATE_APP_DIR = dirname(require.resolve('@backstage/create-app/package.json'));

/** The two templates create-app 0.9.2 ships for a new app. */
export type TemplateName = 'default-app' | 'legacy-app';

export const TEMPLATE_NAMES: readonly TemplateName[] = ['default-app', 'legacy-app'];

/**
 * The versions create-app writes into a new app's `package.json` files, keyed by
 * package name (`dist/lib/versions.cjs.js`, export `packageVersions`).
 *
 * @throws Error when the installed create-app is not 0.9.2 or has no version map.
 */
export function createAppVersions(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(CREATE_APP_DIR, 'package.json'), 'utf8')) as {
    version: string;
  };
  if (pkg.version !== CREATE_APP_VERSION) {
    throw new Error(
      `@backstage/create-app ${pkg.version} installed, expected ${CREATE_APP_VERSION}`,
    );
  }
  const mod = require(join(CREATE_APP_DIR, 'dist/lib/versions.cjs.js')) as {
    packageVersions?: Record<string, string>;
  };
  if (!mod.packageVersions) throw new Error('create-app has no packageVersions export');
  return mod.packageVersions;
}

/**
 * The dependencies a template's `package.json.hbs` declares for one workspace
 * package (`packages/app` or `packages/backend`), with create-app's version
 * placeholders resolved (`^{{version 'x'}}` becomes `^<version>`).
 */
export function templateDependencies(
  template: TemplateName,
  workspace: 'app' | 'backend',
): Record<string, string> {
  const versions = createAppVersions();
  const file = join(
    CREATE_APP_DIR,
    'templates',
    template,
    'packages',
    workspace,
    'package.json.hbs',
  );
  const text = readFileSync(file, 'utf8').replace(
    /\{\{\s*version\s+'([^']+)'\s*\}\}/g,
    (_m, name: string) => {
      const v = versions[name];
      if (!v) throw new Error(`${file}: no version for ${name}`);
      return v;
    },
  );
  return (JSON.parse(text) as { dependencies: Record<string, string> }).dependencies;
}

const SOURCE_FILE = /\.(ts|tsx)$/;
const TEST_FILE = /(\.test\.tsx?|setupTests\.ts)$/;

/**
 * The TypeScript sources of a template's `packages/app/src` and
 * `packages/backend/src` (tests and test setup left out), keyed by their path
 * in the app (`packages/app/src/App.tsx`).
 */
export function templateSources(template: TemplateName): Map<string, string> {
  const root = join(CREATE_APP_DIR, 'templates', template);
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SOURCE_FILE.test(entry.name) && !TEST_FILE.test(entry.name)) {
        files.set(relative(root, full).split('\\').join('/'), readFileSync(full, 'utf8'));
      }
    }
  };
  for (const workspace of ['app', 'backend']) walk(join(root, 'packages', workspace, 'src'));
  return files;
}

/**
 * `compilerOptions` of `@backstage/cli@0.36.6`'s `config/tsconfig.json`, the
 * version create-app 0.9.2 pins, which a new app's root `tsconfig.json` extends.
 * Not read at run time: `@backstage/cli` (webpack, rspack, jest, eslint) is far
 * heavier than this check. Left out: the options that only shape emitted output
 * (`declaration`, `declarationMap`, `emitDeclarationOnly`, `incremental`,
 * `noEmit: false`, `pretty`, `removeComments`, `sourceMap`, `stripInternal`);
 * `types` keeps `node` only, because `@types/jest` and `@types/webpack-env` are
 * for tests and hot reloading, which no snippet touches.
 */
const BACKSTAGE_CLI_TSCONFIG = {
  allowImportingTsExtensions: true,
  allowJs: true,
  esModuleInterop: true,
  experimentalDecorators: false,
  forceConsistentCasingInFileNames: true,
  importHelpers: false,
  isolatedModules: true,
  jsx: 'react',
  lib: ['DOM', 'DOM.Iterable', 'DOM.AsyncIterable', 'ScriptHost', 'ES2023'],
  module: 'ES2020',
  moduleResolution: 'bundler',
  noFallthroughCasesInSwitch: true,
  noImplicitAny: true,
  noImplicitReturns: true,
  noImplicitThis: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  resolveJsonModule: true,
  skipLibCheck: true,
  strict: true,
  strictBindCallApply: true,
  strictFunctionTypes: true,
  strictNullChecks: true,
  strictPropertyInitialization: true,
  target: 'ES2022',
  types: ['node'],
  useDefineForClassFields: true,
};

/** Options of the template's root `tsconfig.json` that only place output. */
const OUTPUT_ONLY = new Set(['outDir', 'rootDir']);

/**
 * The compiler options a create-app 0.9.2 app type-checks with (`yarn tsc`):
 * `@backstage/cli`'s base options overridden by the template's root
 * `tsconfig.json` (read from the package: `jsx: react-jsx`), with `noEmit`.
 *
 * @throws Error when TypeScript rejects an option.
 */
export function appCompilerOptions(template: TemplateName = 'default-app'): ts.CompilerOptions {
  const rootTsconfig = ts.parseConfigFileTextToJson(
    'tsconfig.json',
    readFileSync(join(CREATE_APP_DIR, 'templates', template, 'tsconfig.json'), 'utf8'),
  );
  if (rootTsconfig.error)
    throw new Error(ts.flattenDiagnosticMessageText(rootTsconfig.error.messageText, '\n'));
  const overrides = Object.fromEntries(
    Object.entries(
      (rootTsconfig.config as { compilerOptions?: Record<string, unknown> }).compilerOptions ?? {},
    ).filter(([key]) => !OUTPUT_ONLY.has(key)),
  );
  const { options, errors } = ts.convertCompilerOptionsFromJson(
    { ...BACKSTAGE_CLI_TSCONFIG, ...overrides, noEmit: true },
    CREATE_APP_DIR,
  );
  if (errors.length > 0) {
    throw new Error(
      errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, '\n')).join('\n'),
    );
  }
  return options;
}
