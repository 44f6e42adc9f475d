import React, { Suspense, lazy } from 'react';
import OnDemandPanel from '@site/src/components/OnDemandPanel';
import { pages } from '@site/src/data/guideSteps';
import { presetLabels } from '@site/src/lib/configBuilder/presetLabels';
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
  if (!embedded) {
    return (
      <Suspense fallback={<p className={styles.loading}>Loading the app-config builder…</p>}>
        <Builder preset={preset} />
      </Suspense>
    );
  }
  return (
    <OnDemandPanel
      heading={
        <>
          Generate this configuration for your setup
          <span className={styles.panelPreset}> (preset: {presetLabels[preset]})</span>
        </>
      }
      hint="Fill in a short form (names only, never secrets) and copy every file this step needs."
      pagePath={`${pages.configBuilder}?preset=${preset}`}
      pageLabel="app-config builder"
      openLabel="Open the builder here"
      closeLabel="Hide the builder"
    >
      <Builder preset={preset} embedded />
    </OnDemandPanel>
  );
}
