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
  FrontendSystem,
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
export { usersAndTeamsOrgs, orgsFollowDiscovery } from './organizations';
export {
  findPlaceholders,
  markPlaceholders,
  isPlaceholderHost,
  isPlaceholderOwner,
} from './placeholders';
export type { Placeholder, PlaceholderMark } from './placeholders';
export { builderReducer, initBuilder, resolverOrder, maxApps, maxProviders } from './reducer';
export type { BuilderAction, BuilderModel } from './reducer';
export { outputView, fieldMessages, fieldId, describeField, segmentLine } from './view';
export type { FieldLink, FileView, LineSegment, OutputStatus, OutputView } from './view';
export { setupValues } from './handover';
export type { BuilderSetupValues } from './handover';
export { fileChanges } from './changes';
export type { FileChange } from './changes';
