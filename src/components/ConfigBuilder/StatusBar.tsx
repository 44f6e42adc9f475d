import React from 'react';
import clsx from 'clsx';
import type { OutputView } from '@site/src/lib/configBuilder';
import styles from './styles.module.css';

/**
 * On narrow layouts, a bar stuck to the bottom of the screen while the form is
 * in view: whether the files are ready, the line the last edit changed, and a
 * jump to the files. Hidden where the output sits beside the form.
 */
export default function StatusBar({
  prefix,
  view,
}: {
  prefix: string;
  view: OutputView;
}): React.JSX.Element {
  const change = view.lastChange;
  return (
    <div className={clsx(styles.bar, styles[`bar-${view.status}`])} data-status-bar="true">
      <p className={styles.barText}>
        <span>{view.summary}</span>
        {change && (
          <span className={styles.barChange}>
            Changed in {change.path}: <code>{change.text}</code>
          </span>
        )}
      </p>
      <a className="button button--sm button--primary" href={`#${prefix}-output`}>
        Jump to the files
      </a>
    </div>
  );
}
