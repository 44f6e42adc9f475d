import React, { Suspense, useId, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

export interface OnDemandPanelProps {
  /** One line naming what the panel opens, e.g. "Work out your token's permissions". */
  heading: ReactNode;
  /** A sentence under the heading; a link to `pagePath` is appended. */
  hint: string;
  /** The tool's own page, linked from the panel (works without JavaScript). */
  pagePath: string;
  /** Link text for `pagePath`, e.g. "token planner". */
  pageLabel: string;
  /** Button text while closed, e.g. "Open the planner here". */
  openLabel: string;
  /** Button text while open. */
  closeLabel: string;
  /**
   * The tool: an element of a `React.lazy` component, so its code loads when
   * the panel first opens (it is not rendered before that).
   */
  children: ReactNode;
}

/**
 * A collapsed panel that embeds an interactive tool in a guide step and loads
 * the tool's code only when the reader opens it, so a step's first visit
 * stays within its JavaScript budget (see e2e/budget.spec.ts). Without
 * JavaScript the panel still links to the tool's own page.
 *
 * The button is a disclosure (`aria-expanded`, `aria-controls`); once opened,
 * the tool stays mounted while hidden so its state survives closing.
 */
export default function OnDemandPanel({
  heading,
  hint,
  pagePath,
  pageLabel,
  openLabel,
  closeLabel,
  children,
}: OnDemandPanelProps): React.JSX.Element {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  return (
    <section className={styles.panel} aria-labelledby={`${id}-heading`}>
      <p id={`${id}-heading`} className={styles.heading}>
        {heading}
      </p>
      <p className={styles.hint}>
        {hint} You can also open the <Link to={pagePath}>{pageLabel}</Link> on its own page.
      </p>
      <button
        type="button"
        className="button button--primary button--sm"
        aria-expanded={open}
        aria-controls={`${id}-tool`}
        onClick={() => {
          setOpen((o) => !o);
          setLoaded(true);
        }}
      >
        {open ? closeLabel : openLabel}
      </button>
      <div id={`${id}-tool`} hidden={!open}>
        {loaded && (
          <Suspense fallback={<p className={styles.loading}>Loading…</p>}>{children}</Suspense>
        )}
      </div>
    </section>
  );
}
