import { Fragment, type ComponentProps, type ReactNode } from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import CodeInline from '@theme/CodeInline';
import { staticBlock } from '@site/src/components/StaticBlock';
import { isInlineCode } from '@site/src/lib/staticContent';

const staticBlocks = new Set<unknown>();

/**
 * MDX's `code`: inline code (text, and `<wbr>` break opportunities in table
 * identifiers) as `CodeInline`, anything else as theme-classic decides.
 */
function MDXCode(props: ComponentProps<'code'>): ReactNode {
  return isInlineCode(props) ? <CodeInline {...props} /> : <MDXComponents.code {...props} />;
}

/**
 * What a static block may hold besides text and intrinsic elements: inline
 * code, links, list items, images, fragments and nested static blocks, all
 * of which render the same markup on the server and in the browser and need
 * no React once rendered (a link's client-side navigation is taken over by
 * the block, see `StaticBlock`).
 */
function allowed(type: unknown, props: { children?: unknown }): boolean {
  if (staticBlocks.has(type) || type === Fragment) return true;
  if (type === MDXCode) return isInlineCode(props);
  return type === MDXComponents.a || type === MDXComponents.li || type === MDXComponents.img;
}

const blocks = {
  p: staticBlock('p', allowed),
  ul: staticBlock(MDXComponents.ul, allowed),
  ol: staticBlock('ol', allowed),
  table: staticBlock('table', allowed),
  blockquote: staticBlock('blockquote', allowed),
};
for (const block of Object.values(blocks)) staticBlocks.add(block);

/**
 * theme-classic's MDX components, with the article's plain blocks (paragraphs,
 * lists, tables, quotes) as static blocks: hydrating a page keeps their
 * server markup instead of building React fibers for all their text
 * (`src/components/StaticBlock`); and `code` that keeps a table's long
 * identifiers inline.
 */
export default { ...MDXComponents, code: MDXCode, ...blocks };
