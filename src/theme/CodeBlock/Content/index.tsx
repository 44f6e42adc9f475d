import { forwardRef, useId, useState, type ComponentProps, type ReactNode } from 'react';
import clsx from 'clsx';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import { usePrismTheme } from '@docusaurus/theme-common';
import { Highlight } from 'prism-react-renderer';
import Line from '@theme/CodeBlock/Line';
import type { Props } from '@theme/CodeBlock/Content';
import { serverMarkup } from './serverMarkup';
import styles from './styles.module.css';

/** The attribute that names a block's `<pre>` so hydration can find its server markup. */
const MARKER = 'data-code-block';

const Pre = forwardRef<HTMLPreElement, ComponentProps<'pre'>>(function Pre(props, ref) {
  return (
    <pre
      ref={ref}
      // A scrollable block must be reachable from the keyboard (as upstream).
      tabIndex={0}
      {...props}
      className={clsx(props.className, styles.codeBlock, 'thin-scrollbar')}
    />
  );
});

function Code(props: ComponentProps<'code'>): ReactNode {
  const { metadata } = useCodeBlockContext();
  return (
    <code
      {...props}
      className={clsx(
        props.className,
        styles.codeBlockLines,
        metadata.lineNumbersStart !== undefined && styles.codeBlockLinesWithNumbering,
      )}
      style={{
        ...props.style,
        counterReset:
          metadata.lineNumbersStart === undefined
            ? undefined
            : `line-count ${metadata.lineNumbersStart - 1}`,
      }}
    />
  );
}

/**
 * A code block's `<pre>`: `@docusaurus/theme-classic` 3.10's
 * `CodeBlock/Content` (same markup and class names), except while the page
 * hydrates.
 *
 * Upstream, hydrating a page tokenises every code block with Prism again and
 * builds a React element per token, to arrive at exactly the markup the
 * server already sent: on a guide step that is 40–70 % of the article's
 * elements and the largest single part of its script time. Here a block being
 * hydrated takes its highlighted lines from the server's markup instead
 * (`dangerouslySetInnerHTML`, which React adopts without touching), so Prism
 * does not run for it at all. The block highlights live (upstream's path) when
 * it is rendered in the browser without server markup (a page reached by a
 * link, a tool's output) and as soon as its code changes (the reader's own
 * values in a "your setup" block, a builder's new output).
 *
 * This holds because the markup does not depend on the colour mode
 * (`src/data/prismThemes.ts`: one theme of CSS custom properties).
 *
 * @param props.className extra class names for the `<pre>`
 */
export default function CodeBlockContent({ className }: Props): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const { codeBlockRef } = wordWrap;
  const prismTheme = usePrismTheme();
  const { code, lineNumbersStart, lineClassNames } = metadata;
  const language = metadata.language.toLowerCase();
  const id = useId();
  // Read once, on the first render: during hydration, the server's markup of
  // this very block; otherwise null. Kept with the code it belongs to.
  const [server] = useState(() => {
    const html = serverMarkup(MARKER, id);
    return html === null ? null : { html, code, language };
  });
  const marker = { [MARKER]: id };

  if (server !== null && server.code === code && server.language === language) {
    return (
      <Pre
        key="server"
        ref={codeBlockRef}
        className={clsx(className, `prism-code language-${language}`)}
        style={prismTheme.plain}
        {...marker}
      >
        <Code dangerouslySetInnerHTML={{ __html: server.html }} />
      </Pre>
    );
  }

  return (
    <Highlight theme={prismTheme} code={code} language={language}>
      {({ className: highlightClassName, style, tokens, getLineProps, getTokenProps }) => (
        <Pre
          key="live"
          ref={codeBlockRef}
          className={clsx(className, highlightClassName)}
          style={style}
          {...marker}
        >
          <Code>
            {tokens.map((line, i) => (
              <Line
                key={i}
                line={line}
                getLineProps={getLineProps}
                getTokenProps={getTokenProps}
                classNames={lineClassNames[i]}
                showLineNumbers={lineNumbersStart !== undefined}
              />
            ))}
          </Code>
        </Pre>
      )}
    </Highlight>
  );
}
