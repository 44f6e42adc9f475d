import { forwardRef, type ComponentProps, type ReactNode } from 'react';
import clsx from 'clsx';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import styles from './styles.module.css';

/**
 * A code block's `<pre>`, as `@docusaurus/theme-classic` 3.10.2's
 * `CodeBlock/Content` renders it: focusable (a scrollable block must be
 * reachable from the keyboard) and with the theme's classes.
 */
export const Pre = forwardRef<HTMLPreElement, ComponentProps<'pre'>>(function Pre(props, ref) {
  return (
    <pre
      ref={ref}
      tabIndex={0}
      {...props}
      className={clsx(props.className, styles.codeBlock, 'thin-scrollbar')}
    />
  );
});

/** The `<code>` inside it, with the line-numbering counter when the block has numbers. */
export function Code(props: ComponentProps<'code'>): ReactNode {
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

/** What `./LiveCode` needs for its `<pre>` besides the code block's context. */
export interface PreProps {
  className?: string;
  preRef: ComponentProps<'pre'>['ref'];
  marker: Record<string, string>;
}
