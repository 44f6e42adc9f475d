import { Fragment, type ComponentProps, type ReactNode } from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import CodeInline from '@theme/CodeInline';
import Heading from '@site/src/theme/Heading';
import Admonition, { type Props as AdmonitionProps } from '@theme/Admonition';
import { Adopted, staticBlock } from '@site/src/components/StaticBlock';
import styles from '@site/src/components/StaticBlock/styles.module.css';
import { isInlineCode, isStaticTree } from '@site/src/lib/staticContent';

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

type HeadingLevel = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/**
 * A Markdown heading that keeps its server markup at hydration when it is
 * only text, inline code and the like (`src/theme/Heading`, `adopt`).
 */
function staticHeading(level: HeadingLevel) {
  function StaticHeading(props: ComponentProps<HeadingLevel>): ReactNode {
    return <Heading as={level} {...props} adopt={isStaticTree(props.children, allowed)} />;
  }
  StaticHeading.displayName = `StaticHeading(${level})`;
  return StaticHeading;
}

/**
 * An admonition (`:::note` …) whose title and content are static keeps its
 * server markup at hydration, frame and icon included. Its element belongs
 * to theme-classic (its classes are theme-classic's CSS modules), so the
 * markup kept is that of a wrapper `div` with `display: contents`, which
 * adds no box and no role.
 */
function StaticAdmonition(props: AdmonitionProps): ReactNode {
  const adopt = isStaticTree(props.children, allowed) && isStaticTree(props.title, allowed);
  return (
    <Adopted as="div" adopt={adopt} className={styles.contents}>
      <Admonition {...props} />
    </Adopted>
  );
}

/**
 * theme-classic's MDX components, with the article's plain blocks (paragraphs,
 * lists, tables, quotes), headings and admonitions as static blocks:
 * hydrating a page keeps their server markup instead of building React
 * fibers for all their text (`src/components/StaticBlock`); and `code` that
 * keeps a table's long identifiers inline.
 */
export default {
  ...MDXComponents,
  code: MDXCode,
  ...blocks,
  h2: staticHeading('h2'),
  h3: staticHeading('h3'),
  h4: staticHeading('h4'),
  h5: staticHeading('h5'),
  h6: staticHeading('h6'),
  admonition: StaticAdmonition,
};
