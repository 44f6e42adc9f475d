import type { ReactNode } from 'react';
import clsx from 'clsx';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import { usePrismTheme } from '@docusaurus/theme-common';
import Line from '@theme/CodeBlock/Line';
import { Highlight } from '../highlighter';
import { Code, Pre, type PreProps } from './parts';

/**
 * A code block's lines highlighted with Prism, in the browser or on the
 * server: upstream's `CodeBlock/Content` body. Loaded on demand (see
 * `./index.tsx`), so Prism is not in the code every page runs.
 */
export default function LiveCode({ className, preRef, marker }: PreProps): ReactNode {
  const { metadata } = useCodeBlockContext();
  const prismTheme = usePrismTheme();
  const { code, lineNumbersStart, lineClassNames } = metadata;
  return (
    <Highlight theme={prismTheme} code={code} language={metadata.language.toLowerCase()}>
      {({ className: highlightClassName, style, tokens, getLineProps, getTokenProps }) => (
        <Pre ref={preRef} className={clsx(className, highlightClassName)} style={style} {...marker}>
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
