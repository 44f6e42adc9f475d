import React from 'react';

import type { ConfigBuilderPresetId } from '@site/src/lib/configBuilder/types';

/** Preset ids the guide steps embed; defined in the builder library. */
export type { ConfigBuilderPresetId };

export interface ConfigBuilderProps {
  /** Start from this preset (default: `local-pat`). */
  preset?: ConfigBuilderPresetId;
  /** Embedded in a guide step: collapsed until the reader opens it. */
  embedded?: boolean;
}

/** Placeholder until the app-config builder lands (issue 4). */
export default function ConfigBuilder({
  preset = 'local-pat',
}: ConfigBuilderProps): React.JSX.Element {
  return <p>The app-config builder (preset: {preset}) is coming soon.</p>;
}
