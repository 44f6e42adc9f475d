/**
 * Type-checks snippets with the TypeScript compiler API, each inside a
 * create-app 0.9.2 app, against the real Backstage packages installed in this
 * package, in one program for all of them.
 *
 * Each snippet gets a folder of its own under `backstage-tests/.snippet-check/`
 * (in memory only: nothing is written) holding the template's
 * `packages/app/src` and `packages/backend/src` with the snippet placed in it
 * (`placeSnippet`). Module resolution walks up from there as it would in an app,
 * so `@backstage/*` imports resolve to this package's `node_modules`.
 *
 * The template imports about fifty packages that no snippet touches (the
 * kubernetes, techdocs and search plugins, ...). Installing them all would add
 * hundreds of megabytes for nothing the guide says, so the template modules that
 * do not resolve to typed code here are declared as untyped modules
 * (`declare module 'x';`). That is safe because every module a snippet's own
 * code relies on (its imports and the template imports it reaches) must resolve
 * to real typed code, or the snippet fails; and the unmodified templates must
 * type-check in the same setup (`baseline`).
 */
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import {
  placeSnippet,
  moduleSpecifiers,
  APP_TSX,
  BACKEND_INDEX,
  type Placement,
  type Snippet,
} from './place';
import { appCompilerOptions, templateSources, TEMPLATE_NAMES, type TemplateName } from './template';

/** This package's folder (`backstage-tests/`). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** Where the in-memory apps sit (never written to disk). */
export const VIRTUAL_ROOT = join(PACKAGE_ROOT, '.snippet-check');

/** The outcome for one snippet. */
export interface SnippetResult {
  readonly snippet: Snippet;
  /** Where it was placed, when it could be. */
  readonly placement?: Placement;
  /** One message per problem, each starting with `<page>:<line>:`; empty when it type-checks. */
  readonly problems: readonly string[];
}

/** What {@link checkSnippets} found, with the time it took. */
export interface CheckReport {
  readonly results: readonly SnippetResult[];
  /** Problems in the unmodified templates (must be none, or the setup is wrong). */
  readonly baseline: readonly string[];
  /** Template imports declared as untyped modules because they are not installed here. */
  readonly stubs: readonly string[];
  /**
   * Files in the program; wall-clock milliseconds spent building it and getting
   * the diagnostics; CPU milliseconds (user + system) of both together.
   */
  readonly stats: {
    readonly files: number;
    readonly programMs: number;
    readonly diagnosticsMs: number;
    readonly cpuMs: number;
  };
}

const TYPED = new Set(['.ts', '.tsx', '.d.ts', '.d.mts', '.d.cts']);

/** A compiler host that serves `files` from memory and everything else from disk. */
function overlayHost(
  options: ts.CompilerOptions,
  files: ReadonlyMap<string, string>,
): ts.CompilerHost {
  const base = ts.createCompilerHost(options, true);
  const dirs = new Set<string>();
  for (const file of files.keys()) {
    for (let d = dirname(file); d.startsWith(VIRTUAL_ROOT) && !dirs.has(d); d = dirname(d))
      dirs.add(d);
  }
  return {
    ...base,
    getCurrentDirectory: () => PACKAGE_ROOT,
    fileExists: (f) => files.has(f) || base.fileExists(f),
    readFile: (f) => files.get(f) ?? base.readFile(f),
    directoryExists: (d) => dirs.has(d) || (base.directoryExists?.(d) ?? false),
    realpath: (f) => (files.has(f) || dirs.has(f) ? f : (base.realpath?.(f) ?? f)),
    getSourceFile: (f, language, onError, shouldCreate) => {
      const text = files.get(f);
      if (text !== undefined) return ts.createSourceFile(f, text, language, true);
      return base.getSourceFile(f, language, onError, shouldCreate);
    },
  };
}

/** Whether `spec`, imported from `from`, resolves to typed code. */
function resolvesTyped(
  spec: string,
  from: string,
  options: ts.CompilerOptions,
  host: ts.CompilerHost,
): boolean {
  const { resolvedModule } = ts.resolveModuleName(spec, from, options, host);
  return resolvedModule !== undefined && TYPED.has(resolvedModule.extension);
}

/** Template files whose relative imports name `target` (both app paths). */
function dependentsOf(target: string, files: ReadonlyMap<string, string>): string[] {
  const stem = target.replace(/\.tsx?$/, '');
  return [...files.entries()]
    .filter(([path, text]) => {
      if (path === target) return false;
      const sf = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
      return moduleSpecifiers(sf).some((spec) => {
        if (!spec.startsWith('.')) return false;
        const resolved = posix
          .normalize(posix.join(posix.dirname(path), spec))
          .replace(/\.tsx?$/, '');
        return resolved === stem || `${resolved}/index` === stem;
      });
    })
    .map(([path]) => path);
}

const lineOf = (sf: ts.SourceFile, pos: number): number =>
  sf.getLineAndCharacterOfPosition(pos).line + 1;
const textOfLine = (sf: ts.SourceFile, line: number): string =>
  (sf.text.split('\n')[line - 1] ?? '').trim();
const messageOf = (d: ts.Diagnostic): string =>
  `TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;

interface Variant {
  readonly dir: string;
  readonly template: TemplateName;
  /** App paths whose diagnostics are reported. */
  readonly checked: readonly string[];
  readonly describe: (path: string, sf: ts.SourceFile, d: ts.Diagnostic) => string;
  readonly problems: string[];
}

/**
 * Type-checks every snippet in one TypeScript program.
 *
 * @param snippets guide blocks and generated files (`./sources`)
 * @returns one result per snippet, in order, plus the templates' own problems.
 * @throws Error only for a broken setup (create-app or TypeScript missing).
 */
export function checkSnippets(snippets: readonly Snippet[]): CheckReport {
  const options = appCompilerOptions();
  const templates = new Map(TEMPLATE_NAMES.map((t) => [t, templateSources(t)] as const));
  const files = new Map<string, string>();
  const variants: Variant[] = [];
  const resolutionHost = overlayHost(options, new Map());

  // The unmodified templates.
  const baseline: string[] = [];
  for (const [template, sources] of templates) {
    const dir = join(VIRTUAL_ROOT, `baseline-${template}`);
    for (const [path, text] of sources) files.set(join(dir, path), text);
    const checked = [APP_TSX, 'packages/app/src/index.tsx', BACKEND_INDEX].filter((p) =>
      sources.has(p),
    );
    variants.push({
      dir,
      template,
      checked,
      describe: (path, sf, d) => {
        const line = d.start === undefined ? 0 : lineOf(sf, d.start);
        return `${template} ${path}:${line}: ${messageOf(d)}`;
      },
      problems: baseline,
    });
  }

  // Template imports that do not resolve to typed code here become untyped modules.
  const stubs = new Set<string>();
  for (const [template, sources] of templates) {
    for (const [path, text] of sources) {
      const from = join(VIRTUAL_ROOT, `baseline-${template}`, path);
      const specs = moduleSpecifiers(ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true));
      for (const spec of specs) {
        if (!spec.startsWith('.') && !resolvesTyped(spec, from, options, resolutionHost)) {
          stubs.add(spec);
        }
      }
    }
  }
  const stubFile = join(VIRTUAL_ROOT, 'template-stubs.d.ts');
  files.set(
    stubFile,
    [...stubs]
      .sort()
      .map((s) => `declare module '${s}';`)
      .join('\n') + '\n',
  );

  const results: { snippet: Snippet; placement?: Placement; problems: string[] }[] = [];
  snippets.forEach((snippet, index) => {
    const problems: string[] = [];
    const at = `${snippet.file}:${snippet.fenceLine}`;
    const placed = placeSnippet(snippet, (t, p) => templates.get(t)?.get(p));
    if ('error' in placed) {
      problems.push(`${at}: ${snippet.language} block ${placed.error}`);
      results.push({ snippet, problems });
      return;
    }
    results.push({ snippet, placement: placed, problems });
    const dir = join(VIRTUAL_ROOT, String(index));
    const sources = new Map(templates.get(placed.template));
    sources.set(placed.path, placed.text);
    for (const [path, text] of sources) files.set(join(dir, path), text);
    for (const spec of placed.realModules) {
      if (!resolvesTyped(spec, join(dir, placed.path), options, resolutionHost)) {
        problems.push(
          `${at}: the block relies on '${spec}', which does not resolve to typed code in backstage-tests ` +
            '(add the package there, at the version the guide names)',
        );
      }
    }
    variants.push({
      dir,
      template: placed.template,
      checked: [placed.path, ...dependentsOf(placed.path, sources)],
      describe: (path, sf, d) => {
        const msg = messageOf(d);
        if (path !== placed.path) {
          const line = d.start === undefined ? 0 : lineOf(sf, d.start);
          return `${at}: the ${placed.template} template's ${path}:${line} (\`${textOfLine(sf, line)}\`), which uses the block's file: ${msg}`;
        }
        if (d.start === undefined) return `${at}: ${msg}`;
        const origin = placed.originOf(d.start);
        if (origin.from === 'snippet') return `${snippet.file}:${origin.line}: ${msg}`;
        if (origin.from === 'template') {
          return `${at}: the ${placed.template} template's ${placed.path}:${origin.line} (\`${origin.text}\`) around the block: ${msg}`;
        }
        return `${at}: ${msg}`;
      },
      problems,
    });
  });

  const started = performance.now();
  const cpu = process.cpuUsage();
  const host = overlayHost(options, files);
  const program = ts.createProgram({
    rootNames: [stubFile, ...variants.flatMap((v) => v.checked.map((p) => join(v.dir, p)))],
    options,
    host,
  });
  const built = performance.now();
  for (const d of program.getOptionsDiagnostics())
    baseline.push(`compiler options: ${messageOf(d)}`);
  for (const d of program.getGlobalDiagnostics()) baseline.push(`global: ${messageOf(d)}`);
  for (const variant of variants) {
    for (const path of variant.checked) {
      const sf = program.getSourceFile(join(variant.dir, path));
      if (!sf) {
        variant.problems.push(`${path}: not in the program`);
        continue;
      }
      for (const d of [
        ...program.getSyntacticDiagnostics(sf),
        ...program.getSemanticDiagnostics(sf),
      ]) {
        variant.problems.push(variant.describe(path, sf, d));
      }
    }
  }
  const done = performance.now();
  const cpuUsed = process.cpuUsage(cpu);
  return {
    results,
    baseline,
    stubs: [...stubs].sort(),
    stats: {
      files: program.getSourceFiles().length,
      programMs: Math.round(built - started),
      diagnosticsMs: Math.round(done - built),
      cpuMs: Math.round((cpuUsed.user + cpuUsed.system) / 1000),
    },
  };
}
