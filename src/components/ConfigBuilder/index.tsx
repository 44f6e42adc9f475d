import React, { Suspense, lazy, useState } from 'react';
import Link from '@docusaurus/Link';
import { pages } from '@site/src/data/guideSteps';
import { findPreset } from '@site/src/lib/configBuilder/presets';
import type { ConfigBuilderPresetId } from '@site/src/lib/configBuilder/types';
import styles from './styles.module.css';

/** Preset ids the guide steps embed; defined in the builder library. */
export type { ConfigBuilderPresetId };

export interface ConfigBuilderProps {
  /** Start from this preset (default: `local-pat`). */
  preset?: ConfigBuilderPresetId;
  /** Embedded in a guide step: collapsed until the reader opens it. */
  embedded?: boolean;
}

// The form and the `yaml` library load only when a reader opens the builder,
// so guide pages stay within their JavaScript budget.
const Builder = lazy(() => import('./Builder'));

/**
 * The app-config builder. Embedded in a guide step it is a collapsed panel
 * that loads the builder on demand; without JavaScript the panel still links
 * to the full builder page with the same preset.
 *
 * @param props.preset starting preset (default `local-pat`)
 * @param props.embedded collapsed, on-demand panel for guide steps
 */
export default function ConfigBuilder({
  preset = 'local-pat',
  embedded = false,
}: ConfigBuilderProps): React.JSX.Element {
  const [open, setOpen] = useState(!embedded);
  const panelId = `config-builder-${preset}`;
  const fallback = <p className={styles.loading}>Loading the app-config builder…</p>;
  if (!embedded) {
    return (
      <Suspense fallback={fallback}>
        <Builder preset={preset} />
      </Suspense>
    );
  }
  return (
    <section className={styles.panel} aria-labelledby={`${panelId}-heading`}>
      <p id={`${panelId}-heading`} className={styles.panelHeading}>
        Generate this configuration for your setup
        <span className={styles.panelPreset}> (preset: {findPreset(preset)?.label ?? preset})</span>
      </p>
      <p className={styles.hint}>
        Fill in a short form (names only, never secrets) and copy every file this step needs, or
        open the <Link to={`${pages.configBuilder}?preset=${preset}`}>app-config builder</Link> on
        its own page.
      </p>
      <button
        type="button"
        className="button button--primary button--sm"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Hide the builder' : 'Open the builder here'}
      </button>
      <div id={panelId} hidden={!open}>
        {open && (
          <Suspense fallback={fallback}>
            <Builder preset={preset} embedded />
          </Suspense>
        )}
      </div>
    </section>
  );
}
