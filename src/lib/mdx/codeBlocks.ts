/**
 * The code blocks of the guide's MDX pages, found by parsing each page as the
 * site does, not by matching fences in the raw text: `@mdx-js/mdx`'s parser with
 * the remark plugins Docusaurus 3 parses with (`remark-frontmatter`,
 * `remark-directive` for admonitions, `remark-gfm`), after Docusaurus's own
 * `escapeMarkdownHeadingIds` (`{#id}` after a heading is not an MDX expression;
 * `@docusaurus/mdx-loader`'s preprocessor escapes it the same way). Line numbers
 * are the page's own: the escaping adds characters within lines only.
 *
 * `backstage-tests` type-checks the `ts`/`tsx` blocks with it. It lives here, not
 * there, so the parser packages resolve from the site's `node_modules` at the
 * versions Docusaurus uses (`backstage-tests` holds an older `remark-gfm` for
 * Backstage's own Markdown rendering).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { escapeMarkdownHeadingIds } from '@docusaurus/utils';
import { createProcessor } from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { defaultSetup } from '../yourSetup/defaults';
import { substitute } from '../yourSetup/substitute';

/** A code fence's meta string, read into its parts. */
export interface FenceMeta {
  /** The raw meta string (`title="app-config.yaml" setup`), empty when none. */
  readonly raw: string;
  /** `key="value"`, `key='value'` and `key=value` pairs. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Bare words (`setup`, `showLineNumbers`). */
  readonly flags: ReadonlySet<string>;
}

const META_TOKEN = /([A-Za-z_][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/y;

/**
 * Reads a fence meta string. Unknown keys and flags are kept, never refused:
 * other tools (the "your setup" `setup` flag, Docusaurus's `showLineNumbers`)
 * put their own there. Characters that start no token (a stray `{1,3}` line
 * range) are skipped.
 *
 * @param meta the text after the fence's language, or null/undefined
 */
export function parseFenceMeta(meta: string | null | undefined): FenceMeta {
  const raw = (meta ?? '').trim();
  const attributes = new Map<string, string>();
  const flags = new Set<string>();
  let i = 0;
  while (i < raw.length) {
    META_TOKEN.lastIndex = i;
    const m = META_TOKEN.exec(raw);
    if (!m) {
      i += 1;
      continue;
    }
    const [, key, dq, sq, bare] = m;
    const value = dq ?? sq ?? bare;
    if (value === undefined) flags.add(key!);
    else attributes.set(key!, value);
    i = META_TOKEN.lastIndex;
  }
  return { raw, attributes, flags };
}

/** One fenced code block of a guide page. */
export interface GuideCodeBlock {
  /** The page, relative to the site root (`docs/guide/04-sign-in-with-github.mdx`). */
  readonly file: string;
  /** 1-based line of the opening fence in the page. */
  readonly line: number;
  /** The fence's language (`ts`, `yaml`), empty when none. */
  readonly lang: string;
  readonly meta: FenceMeta;
  /**
   * The block's content, as the static page renders it (list indentation
   * removed; in a `setup` block, the placeholders replaced by the default
   * values with the same function the site's CodeBlock uses).
   */
  readonly code: string;
  /** The block's content as written, placeholders and all. */
  readonly source: string;
}

interface MdastNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: MdastNode[];
}

let processor: ReturnType<typeof createProcessor> | undefined;

/**
 * The code blocks of one MDX page, in document order, including blocks inside
 * lists, admonitions and JSX elements such as `<TabItem>`.
 *
 * @param source the page's text
 * @param file the name to give in results (relative path)
 * @throws Error naming the file when the page is not valid MDX.
 */
export function mdxCodeBlocks(source: string, file: string): GuideCodeBlock[] {
  processor ??= createProcessor({
    format: 'mdx',
    remarkPlugins: [remarkFrontmatter, remarkDirective, remarkGfm],
  });
  let tree: MdastNode;
  try {
    tree = processor.parse(escapeMarkdownHeadingIds(source)) as MdastNode;
  } catch (error) {
    throw new Error(`${file}: not valid MDX: ${(error as Error).message}`);
  }
  const blocks: GuideCodeBlock[] = [];
  const walk = (node: MdastNode): void => {
    if (node.type === 'code') {
      const meta = parseFenceMeta(node.meta);
      const source = node.value ?? '';
      blocks.push({
        file,
        line: node.position?.start.line ?? 0,
        lang: node.lang ?? '',
        meta,
        code: meta.flags.has('setup') ? substitute(source, defaultSetup) : source,
        source,
      });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return blocks;
}

/**
 * Every `.mdx` file under `docs/`, relative to the site root, sorted.
 * @param root the site root (the repository's root folder)
 */
export function guidePages(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.name.endsWith('.mdx') ? [relative(root, full).split('\\').join('/')] : [];
    });
  return walk(join(root, 'docs')).sort();
}

/**
 * The code blocks of every guide page (`docs/**\/*.mdx`) whose language is in
 * `languages` (all blocks when omitted).
 *
 * @param root the site root (the repository's root folder)
 * @param languages e.g. `['ts', 'tsx']`
 * @throws Error naming the page when one is not valid MDX.
 */
export function guideCodeBlocks(root: string, languages?: readonly string[]): GuideCodeBlock[] {
  return guidePages(root).flatMap((file) =>
    mdxCodeBlocks(readFileSync(join(root, file), 'utf8'), file).filter(
      (block) => !languages || languages.includes(block.lang),
    ),
  );
}
