import { useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import { usePrismTheme } from '@docusaurus/theme-common';
import type { Props } from '@theme/CodeBlock/Content';
import { LiveCode } from './loadLiveCode';
import { Code, Pre } from './parts';
import { useServerMarkup } from '@site/src/components/StaticBlock/serverMarkup';

/** The attribute that names a block's `<pre>` so hydration can find its server markup. */
const MARKER = 'data-code-block';

/**
 * A code block's `<pre>`: `@docusaurus/theme-classic` 3.10's
 * `CodeBlock/Content` (same markup and class names), except in how it gets
 * there.
 *
 * - **Hydration keeps the server's lines.** Upstream, hydrating a page
 *   tokenises every code block with Prism again and builds a React element
 *   per token, to arrive at exactly the markup the server sent: on a guide
 *   step, 40–70 % of the article's elements. Here a block being hydrated
 *   takes its highlighted lines from the server's markup
 *   (`dangerouslySetInnerHTML`, which React adopts as it is).
 * - **Prism loads on demand.** A block highlights live (`./LiveCode`, with
 *   Prism) when it is rendered without server markup (a page reached by a
 *   link, a tool's output) or its code changes (the reader's values in a
 *   "your setup" block). Until that chunk has loaded, the block shows its
 *   lines unhighlighted. So Prism is not in the code every page runs.
 *
 * Both rest on the markup not depending on the colour mode
 * (`src/data/prismThemes.ts`: one theme of CSS custom properties).
 *
 * @param props.className extra class names for the `<pre>`
 */
export default function CodeBlockContent({ className }: Props): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const { codeBlockRef } = wordWrap;
  const prismTheme = usePrismTheme();
  const { code } = metadata;
  const language = metadata.language.toLowerCase();
  // During hydration, the server's highlighted lines of this very block, and
  // the code they belong to (the first render's).
  const { marker, html } = useServerMarkup(MARKER, { inner: 'code' });
  const [first] = useState({ code, language });
  const plainPre = (children: ReactNode) => (
    <Pre
      ref={codeBlockRef}
      className={clsx(className, `prism-code language-${language}`)}
      style={prismTheme.plain}
      {...marker}
    >
      {children}
    </Pre>
  );

  if (html !== null && first.code === code && first.language === language) {
    return plainPre(<Code dangerouslySetInnerHTML={{ __html: html }} />);
  }
  // An element, not its lines: they are only split if the fallback shows.
  const unhighlighted = plainPre(<UnhighlightedLines code={code} color={prismTheme.plain.color} />);
  return (
    <LiveCode
      className={className}
      preRef={codeBlockRef}
      marker={marker}
      fallback={unhighlighted}
    />
  );
}

/** A block's lines as plain text, while Prism loads. */
function UnhighlightedLines({ code, color }: { code: string; color?: string }): ReactNode {
  return (
    <Code>
      {code.split('\n').map((line, i) => (
        <div key={i} className="token-line" style={{ color }}>
          {line}
          <br />
        </div>
      ))}
    </Code>
  );
}
