import React from 'react';

/** Preset ids the guide steps embed. The builder's data defines what each one holds. */
export type ConfigBuilderPresetId =
  'local-pat' | 'sign-in-only' | 'org-discovery-pat' | 'production-app' | 'ghes';

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
