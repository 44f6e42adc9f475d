import type { ConfigBuilderPresetId } from './types';

/**
 * The presets' names, apart from their (larger) states, so that a guide page
 * can name the preset its embedded builder starts from without loading the
 * builder's data. `presets.ts` takes its labels from here.
 */
export const presetLabels: Readonly<Record<ConfigBuilderPresetId, string>> = {
  'local-pat': 'Local development with a PAT',
  'sign-in-only': 'Sign-in only',
  'org-discovery-pat': 'Organization discovery with a PAT',
  'production-app': 'Production with a GitHub App',
  ghes: 'GitHub Enterprise Server',
};
