/**
 * The app-config builder library: state model, presets, validation, rules
 * and generators. Pure TypeScript (no React, no DOM).
 */
export type {
  BuilderState,
  ConfigBuilderPresetId,
  CredentialKind,
  DiscoveryProviderState,
  FieldError,
  GeneratedFile,
  GithubAppState,
  OrgState,
  RepoVisibility,
  SignInResolverId,
  SignInState,
} from './types';
export {
  presets,
  findPreset,
  presetState,
  defaultPresetId,
  newDiscoveryProvider,
  newGithubApp,
} from './presets';
export type { Preset } from './presets';
export { validateState } from './validate';
export {
  generateFiles,
  generateValidFiles,
  environmentVariables,
  InvalidStateError,
  backendModules,
} from './generate';
export { checkConfigRules, openWebhookTopics, workingGithubResolvers } from './rules';
export { buildConfig } from './config';
