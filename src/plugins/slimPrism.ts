import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'acorn';
import type { Plugin } from '@docusaurus/types';

/**
 * A lighter `prism-react-renderer` for every page.
 *
 * `prism-react-renderer` 2.4 (what `@docusaurus/theme-classic` 3.10 highlights
 * code with) ships one file, `dist/index.mjs`, that holds Prism's core, about 40
 * grammars and 20 colour themes, all in the chunk every page loads. This plugin
 * writes a copy without the grammars no page of this site uses and without the
 * bundled themes (the site brings its own, `src/data/prismThemes.ts`), and points
 * the bundler's `prism-react-renderer` at it. Everything else (the `Highlight`
 * component, tokenizer, the grammars kept) is the package's own code, byte for
 * byte, so highlighting is unchanged: `slimPrism.test.ts` tokenizes every code
 * block of `docs/` with both files and compares.
 */

/**
 * Grammars dropped from the bundle: none of `docs/**\/*.mdx` (fences: yaml, ts,
 * tsx, bash, json, text, dockerfile) nor the tools (yaml, ts, tsx, bash, json)
 * uses them, and none of the grammars kept is built from them.
 */
export const DROPPED_LANGUAGES: readonly string[] = [
  'actionscript',
  'coffeescript',
  'coffee',
  'markdown',
  'md',
  'graphql',
  'sql',
  'flow',
  'swift',
  'kotlin',
  'kt',
  'kts',
  'c',
  'objectivec',
  'objc',
  'reason',
  'rust',
  'go',
  'cpp',
  'python',
  'py',
  'webmanifest',
];

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** Every node under `node`, depth first. */
function* walk(node: Node): Generator<Node> {
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) yield* walk(item);
    } else if (isNode(value)) yield* walk(value);
  }
}

/**
 * The grammar names an expression touches: `….languages.NAME`,
 * `….languages["NAME"]`, and the language given by name to
 * `languages.extend(NAME, …)` or `languages.insertBefore(NAME, …)` (three arguments).
 */
export function languagesTouched(expression: Node): Set<string> {
  const names = new Set<string>();
  for (const node of walk(expression)) {
    if (node.type === 'MemberExpression') {
      const object = node.object as Node;
      const property = node.property as Node;
      if (
        object.type === 'MemberExpression' &&
        (object.property as Node).type === 'Identifier' &&
        (object.property as { name: string }).name === 'languages'
      ) {
        if (property.type === 'Identifier' && !node.computed)
          names.add((property as unknown as { name: string }).name);
        if (property.type === 'Literal' && typeof property.value === 'string')
          names.add(property.value);
      }
    }
    if (node.type === 'CallExpression') {
      const callee = node.callee as Node;
      const args = node.arguments as Node[];
      const method =
        callee.type === 'MemberExpression' && (callee.property as Node).type === 'Identifier'
          ? (callee.property as unknown as { name: string }).name
          : undefined;
      const first = args[0];
      const takesLanguage = method === 'extend' || (method === 'insertBefore' && args.length < 4);
      if (takesLanguage && first?.type === 'Literal' && typeof first.value === 'string')
        names.add(first.value);
    }
  }
  return names;
}

/**
 * Removes grammars and colour themes from `prism-react-renderer`'s `dist/index.mjs`.
 *
 * - In the statement that registers the bundled grammars (a comma-separated
 *   expression after `// src/prism-langs.ts`), each part that touches a dropped
 *   grammar (see {@link languagesTouched}) is removed.
 * - The colour themes (`// src/themes/…`) are removed except `vsDark`, the
 *   `Highlight` component's fallback; the `themes` export keeps only it.
 *
 * @param source the text of `prism-react-renderer/dist/index.mjs` (2.4.x)
 * @param dropped grammar names to drop, by default {@link DROPPED_LANGUAGES}
 * @returns the slimmer module text
 * @throws Error when the file does not have the expected layout (another version)
 */
export function slimPrismReactRenderer(
  source: string,
  dropped: readonly string[] = DROPPED_LANGUAGES,
): string {
  const drop = new Set(dropped);
  const program = parse(source, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as {
    body: Node[];
  };
  const edits: Array<{ start: number; end: number; text: string }> = [];

  const grammars = program.body.find(
    (statement) =>
      statement.type === 'ExpressionStatement' &&
      (statement.expression as Node).type === 'SequenceExpression' &&
      source.slice(statement.start, statement.start + 40).startsWith('Prism.languages.markup ='),
  );
  if (!grammars) throw new Error('prism-react-renderer: grammar registration not found');
  const parts = ((grammars.expression as Node).expressions as Node[]).filter(
    (part) => ![...languagesTouched(part)].some((name) => drop.has(name)),
  );
  edits.push({
    start: grammars.start,
    end: grammars.end,
    text: `${parts.map((part) => source.slice(part.start, part.end)).join(', ')};`,
  });

  let themesSeen = 0;
  for (const statement of program.body) {
    if (statement.type === 'VariableDeclaration') {
      const declarator = (statement.declarations as Node[])[0]!;
      const name = (declarator.id as unknown as { name: string }).name;
      if (/^theme\d*$/.test(name) || /_default$/.test(name)) {
        const init = declarator.init as Node | null;
        const isTheme =
          /^theme\d*$/.test(name) ||
          (init?.type === 'Identifier' &&
            /^theme\d*$/.test((init as unknown as { name: string }).name));
        if (
          isTheme &&
          name !== 'vsDark_default' &&
          !isVsDarkTheme(source, statement, program.body)
        ) {
          edits.push({ start: statement.start, end: statement.end, text: '' });
          themesSeen += 1;
        }
      }
    }
    if (
      statement.type === 'ExpressionStatement' &&
      source.slice(statement.start, statement.end).startsWith('__export(themes_exports,')
    ) {
      edits.push({
        start: statement.start,
        end: statement.end,
        text: '__export(themes_exports, { vsDark: () => vsDark_default });',
      });
    }
  }
  if (themesSeen === 0) throw new Error('prism-react-renderer: colour themes not found');

  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** Whether `statement` declares the theme object that `vsDark_default` names. */
function isVsDarkTheme(source: string, statement: Node, body: Node[]): boolean {
  const vsDark = body.find(
    (s) =>
      s.type === 'VariableDeclaration' &&
      source.slice(s.start, s.end).startsWith('var vsDark_default ='),
  );
  const themeName = vsDark
    ? source.slice(vsDark.start, vsDark.end).replace(/^var vsDark_default = (\w+);?$/, '$1')
    : undefined;
  return source.slice(statement.start, statement.end).startsWith(`var ${themeName} =`);
}

/**
 * The Docusaurus plugin: writes the slim copy into the generated-files folder
 * and aliases `prism-react-renderer` to it (client and server bundles alike, so
 * the static HTML and the hydrated page highlight the same). It also replaces
 * theme-classic's startup client module `prism-include-languages` (which pulls
 * Prism into the code of every page) with an empty one: Prism and the extra
 * grammars load with `src/theme/CodeBlock/highlighter.ts`, when code is
 * highlighted; in the server bundle, `CodeBlock/Content/loadLiveCode` is swapped
 * for its `.server` twin, which imports the highlighter directly.
 */
export default function slimPrismPlugin(context: {
  siteDir: string;
  generatedFilesDir: string;
}): Plugin {
  const require = createRequire(join(context.siteDir, 'package.json'));
  const original = require.resolve('prism-react-renderer').replace(/index\.js$/, 'index.mjs');
  const target = join(context.generatedFilesDir, 'slim-prism', 'prism-react-renderer.mjs');
  const startupModule = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages.js');
  return {
    name: 'slim-prism',
    configureWebpack(_config, isServer, utils) {
      mkdirSync(join(context.generatedFilesDir, 'slim-prism'), { recursive: true });
      writeFileSync(target, slimPrismReactRenderer(readFileSync(original, 'utf8')));
      return {
        // The server renders code blocks in one pass: no lazy chunk there.
        plugins: isServer
          ? [
              new utils.currentBundler.instance.NormalModuleReplacementPlugin(
                /^\.\/loadLiveCode$/,
                './loadLiveCode.server',
              ),
            ]
          : [],
        resolve: {
          alias: {
            'prism-react-renderer$': target,
            [startupModule]: join(__dirname, 'prismAtStartup.ts'),
          },
        },
      };
    },
  };
}
