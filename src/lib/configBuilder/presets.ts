import type {
  BuilderState,
  ConfigBuilderPresetId,
  DiscoveryProviderState,
  GithubAppState,
  OrgState,
  SignInState,
} from './types';
import { presetLabels } from './presetLabels';

/**
 * Presets as data: one starting state per situation the guide covers.
 * Organization and GitHub Enterprise Server host names are placeholders
 * (`example-org`, `github.example.com`) the reader replaces: see `placeholders.ts`.
 * Users and teams follow the discovery organization unless a preset says otherwise.
 */

/** Sign-in switched off, with sensible values ready for when it is switched on. */
export const defaultSignIn: SignInState = {
  enabled: false,
  environment: 'development',
  clientIdVar: 'AUTH_GITHUB_CLIENT_ID',
  clientSecretVar: 'AUTH_GITHUB_CLIENT_SECRET',
  resolvers: ['userIdMatchingUserEntityAnnotation'],
  frontend: 'new',
};

/**
 * A discovery provider as the Backstage discovery docs suggest for a PAT's
 * 5,000 requests per hour: every 35 minutes, 3-minute timeout.
 */
export function newDiscoveryProvider(
  id = 'main',
  organization = 'example-org',
): DiscoveryProviderState {
  return {
    id,
    organization,
    catalogPath: '/catalog-info.yaml',
    branch: '',
    repositoryPattern: '',
    topicInclude: [],
    topicExclude: [],
    visibility: [],
    allowForks: false,
    allowArchived: false,
    frequencyMinutes: 35,
    timeoutMinutes: 3,
  };
}

/** A GitHub App that reads its credentials from `github-app-<name>-credentials.yaml`. */
export function newGithubApp(name = 'backstage'): GithubAppState {
  const prefix = `GITHUB_APP_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
  return {
    name,
    source: 'include',
    appIdVar: `${prefix}_ID`,
    clientIdVar: `${prefix}_CLIENT_ID`,
    clientSecretVar: `${prefix}_CLIENT_SECRET`,
    privateKeyVar: `${prefix}_PRIVATE_KEY`,
    webhookSecret: false,
    webhookSecretVar: `${prefix}_WEBHOOK_SECRET`,
    allowedInstallationOwners: [],
  };
}

const orgOff: OrgState = {
  enabled: false,
  id: 'production',
  separateOrgs: false,
  orgs: ['example-org'],
  frequencyMinutes: 60,
  timeoutMinutes: 15,
  useVerifiedEmails: false,
};

const base: BuilderState = {
  hostKind: 'github.com',
  ghesHost: '',
  apiBaseUrl: '',
  rawBaseUrl: '',
  credential: 'pat',
  tokenVar: 'GITHUB_TOKEN',
  apps: [],
  signIn: defaultSignIn,
  discovery: [],
  org: orgOff,
};

/** A preset: what the picker shows and the state it loads. */
export interface Preset {
  id: ConfigBuilderPresetId;
  label: string;
  description: string;
  state: BuilderState;
}

/** Every preset, in the order the picker lists them. */
export const presets: ReadonlyArray<Preset> = [
  {
    id: 'local-pat',
    label: presetLabels['local-pat'],
    description:
      'One personal access token in GITHUB_TOKEN lets Backstage read github.com repositories. Guide step 3.',
    state: base,
  },
  {
    id: 'sign-in-only',
    label: presetLabels['sign-in-only'],
    description:
      'GitHub sign-in through an OAuth app, with the recommended user-id resolver, and nothing else. Guide step 4.',
    state: {
      ...base,
      credential: 'none',
      signIn: { ...defaultSignIn, enabled: true },
    },
  },
  {
    id: 'org-discovery-pat',
    label: presetLabels['org-discovery-pat'],
    description:
      'A PAT, GitHub sign-in, discovery of catalog-info.yaml files across one organization, and its users and teams. Guide steps 6 and 7.',
    state: {
      ...base,
      signIn: { ...defaultSignIn, enabled: true },
      discovery: [newDiscoveryProvider()],
      org: { ...orgOff, enabled: true },
    },
  },
  {
    id: 'production-app',
    label: presetLabels['production-app'],
    description:
      'A GitHub App (credentials file) instead of a PAT, sign-in for the production environment, discovery, and users and teams from every organization the App is installed in. Guide steps 9 and 10.',
    state: {
      ...base,
      credential: 'app',
      apps: [newGithubApp('backstage')],
      signIn: { ...defaultSignIn, enabled: true, environment: 'production' },
      discovery: [{ ...newDiscoveryProvider(), frequencyMinutes: 30, timeoutMinutes: 5 }],
      org: { ...orgOff, enabled: true, separateOrgs: true, orgs: [], useVerifiedEmails: true },
    },
  },
  {
    id: 'ghes',
    label: presetLabels.ghes,
    description:
      'A GitHub Enterprise Server host with its API and raw URLs, a PAT, sign-in against the same server, discovery, and users and teams.',
    state: {
      ...base,
      hostKind: 'ghes',
      ghesHost: 'github.example.com',
      apiBaseUrl: 'https://github.example.com/api/v3',
      rawBaseUrl: 'https://github.example.com/raw',
      signIn: { ...defaultSignIn, enabled: true },
      discovery: [newDiscoveryProvider()],
      org: { ...orgOff, enabled: true },
    },
  },
];

/** The preset loaded when none is asked for. */
export const defaultPresetId: ConfigBuilderPresetId = 'local-pat';

/**
 * Looks a preset up by id.
 * @returns the preset, or `undefined` for an unknown id (e.g. from an old link).
 */
export function findPreset(id: string): Preset | undefined {
  return presets.find((p) => p.id === id);
}

/**
 * The state of a preset, as a fresh deep copy the caller may change.
 * @throws RangeError for an unknown id (a programming error).
 */
export function presetState(id: ConfigBuilderPresetId): BuilderState {
  const preset = findPreset(id);
  if (!preset) throw new RangeError(`Unknown preset ${id}`);
  return structuredClone(preset.state);
}
