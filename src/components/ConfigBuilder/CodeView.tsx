import React from 'react';
import clsx from 'clsx';
import { usePrismTheme } from '@docusaurus/theme-common';
import { Highlight } from '@site/src/theme/CodeBlock/highlighter';
import { segmentLine, type FileView } from '@site/src/lib/configBuilder';
import styles from './styles.module.css';

/**
 * One generated file's text, highlighted with the site's Prism theme, with the
 * lines the last edit changed and the example values still to fill in marked.
 */
export default function CodeView({
  view,
  label,
}: {
  view: FileView;
  /** Accessible name of the scrollable code region, e.g. "app-config.yaml". */
  label: string;
}): React.JSX.Element {
  const theme = usePrismTheme();
  const { file, placeholders, changedLines } = view;
  const changed = new Set(changedLines);
  const language = file.language === 'dotenv' ? 'bash' : file.language;
  return (
    // One code theme for both colour modes (src/data/prismThemes.ts): the
    // static HTML is right as it is, no remount in the browser.
    <Highlight theme={theme} code={file.content.replace(/\n$/, '')} language={language}>
      {({ className, style, tokens, getLineProps, getTokenProps }) => (
        <pre className={clsx(className, styles.code)} style={style} tabIndex={0} aria-label={label}>
          <code>
            {tokens.map((line, i) => {
              const number = i + 1;
              const marks = placeholders.filter((m) => m.line === number);
              const lineProps = getLineProps({ line });
              // prism-react-renderer gives an empty line one token holding "\n"; each line ends in its own.
              const lineTokens = line.length === 1 && line[0]?.empty ? [] : line;
              return (
                <span
                  key={i}
                  {...lineProps}
                  className={clsx(
                    lineProps.className,
                    styles.line,
                    changed.has(number) && styles.changedLine,
                    marks.length > 0 && styles.todoLine,
                  )}
                  data-line={number}
                  data-changed={changed.has(number) ? 'true' : undefined}
                >
                  {segmentLine(lineTokens, marks).map((segment, j) => {
                    const token = lineTokens[segment.token];
                    const props = token ? getTokenProps({ token }) : {};
                    const span = (
                      <span key={j} {...props}>
                        {segment.text}
                      </span>
                    );
                    return segment.marked ? (
                      <mark key={j} className={styles.todoMark}>
                        {span}
                      </mark>
                    ) : (
                      span
                    );
                  })}
                  {'\n'}
                </span>
              );
            })}
          </code>
        </pre>
      )}
    </Highlight>
  );
}
