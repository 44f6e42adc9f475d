import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { guideCodeBlocks } from '../lib/mdx/codeBlocks';
import { DROPPED_LANGUAGES, slimPrismReactRenderer } from './slimPrism';

const root = join(__dirname, '..', '..');
const require = createRequire(join(root, 'package.json'));
const originalFile = require.resolve('prism-react-renderer').replace(/index\.js$/, 'index.mjs');
const originalSource = readFileSync(originalFile, 'utf8');

interface PrismLike {
  languages: Record<string, unknown>;
  tokenize(code: string, grammar: unknown): unknown;
}
interface RendererModule {
  Prism: PrismLike;
  normalizeTokens(tokens: unknown): unknown;
  themes: Record<string, unknown>;
}

/** Adds the grammars Docusaurus adds (`themeConfig.prism.additionalLanguages`), as it does. */
function addAdditionalLanguages(prism: PrismLike): void {
  const g = globalThis as { Prism?: unknown };
  g.Prism = prism;
  const file = require.resolve('prismjs/components/prism-bash');
  delete require.cache[file];
  require(file);
  delete g.Prism;
}

/** What the site's code blocks render: the fence language, as the theme maps it. */
const rendered = (lang: string): string => (lang === 'dotenv' ? 'bash' : lang);

let original: RendererModule;
let slim: RendererModule;
const slimSource = slimPrismReactRenderer(originalSource);

beforeAll(async () => {
  // Beside node_modules, so the copy resolves `react` and `clsx` as the bundle does.
  const dir = join(root, 'node_modules', '.cache', 'slim-prism-test');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `prism-react-renderer-${process.pid}.mjs`);
  writeFileSync(file, slimSource);
  original = (await import(pathToFileURL(originalFile).href)) as RendererModule;
  slim = (await import(pathToFileURL(file).href)) as RendererModule;
  addAdditionalLanguages(original.Prism);
  addAdditionalLanguages(slim.Prism);
});

describe('slimPrismReactRenderer', () => {
  it('is lighter by the dropped grammars and themes', () => {
    expect(slimSource.length).toBeLessThan(originalSource.length - 50_000);
  });

  it('drops the grammars no page uses and keeps the ones the site highlights', () => {
    for (const name of DROPPED_LANGUAGES) expect(slim.Prism.languages[name], name).toBeUndefined();
    for (const name of DROPPED_LANGUAGES)
      expect(original.Prism.languages[name], name).toBeDefined();
    for (const name of ['yaml', 'yml', 'ts', 'typescript', 'tsx', 'jsx', 'js', 'json', 'bash'])
      expect(slim.Prism.languages[name], name).toBeDefined();
  });

  it('keeps only the fallback theme', () => {
    expect(Object.keys(slim.themes)).toEqual(['vsDark']);
    expect(slim.themes.vsDark).toEqual(original.themes.vsDark);
  });

  it('highlights every code block of docs/ exactly as the package does', () => {
    const blocks = guideCodeBlocks(root);
    const languages = new Set(blocks.map((block) => rendered(block.lang)));
    // The fences the site uses; a new language must be checked here (and kept).
    for (const lang of languages)
      expect(['', 'text', 'dockerfile', 'bash', 'json', 'ts', 'tsx', 'yaml']).toContain(lang);
    let highlighted = 0;
    for (const block of blocks) {
      const lang = rendered(block.lang);
      const grammar = original.Prism.languages[lang];
      expect(Boolean(slim.Prism.languages[lang]), `${block.file}:${block.line}`).toBe(
        Boolean(grammar),
      );
      if (!grammar) continue;
      const expected = original.normalizeTokens(original.Prism.tokenize(block.code, grammar));
      const actual = slim.normalizeTokens(
        slim.Prism.tokenize(block.code, slim.Prism.languages[lang]),
      );
      expect(actual, `${block.file}:${block.line}`).toEqual(expected);
      highlighted += 1;
    }
    expect(highlighted).toBeGreaterThan(50);
  });

  it('refuses a file of another layout', () => {
    expect(() => slimPrismReactRenderer('export const x = 1;')).toThrow(/not found/);
  });
});
