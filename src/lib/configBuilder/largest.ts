import { newDiscoveryProvider, newGithubApp } from './presets';
import type { BuilderState } from './types';

/** The largest form the builder supports: 3 Apps, 3 discovery providers with every filter, githubOrg with 3 orgs, sign-in with every working resolver. */
export const largestState: BuilderState = {
  hostKind: 'ghes',
  ghesHost: 'github.example.com',
  apiBaseUrl: 'https://github.example.com/api/v3',
  rawBaseUrl: 'https://github.example.com/raw',
  credential: 'app',
  tokenVar: 'GITHUB_TOKEN',
  apps: [
    { ...newGithubApp('backstage'), allowedInstallationOwners: ['org-one', 'org-two'] },
    {
      ...newGithubApp('reader'),
      source: 'env',
      webhookSecret: true,
      allowedInstallationOwners: ['org-three'],
    },
    { ...newGithubApp('writer'), webhookSecret: true },
  ],
  signIn: {
    enabled: true,
    environment: 'production',
    clientIdVar: 'AUTH_GITHUB_CLIENT_ID',
    clientSecretVar: 'AUTH_GITHUB_CLIENT_SECRET',
    resolvers: [
      'userIdMatchingUserEntityAnnotation',
      'emailMatchingUserEntityProfileEmail',
      'emailLocalPartMatchingUserEntityName',
      'usernameMatchingUserEntityName',
    ],
    frontend: 'new',
  },
  discovery: ['one', 'two', 'three'].map((id) => ({
    ...newDiscoveryProvider(id, `org-${id}`),
    branch: 'main',
    repositoryPattern: '(service|lib)-[a-z0-9-]+',
    topicInclude: ['backstage', 'yes'],
    topicExclude: ['deprecated', 'null'],
    visibility: ['private', 'internal'],
    allowForks: true,
  })),
  org: {
    enabled: true,
    id: 'production',
    // Exactly the organizations discovery scans, as one organization field gives them.
    separateOrgs: false,
    orgs: ['org-one', 'org-two', 'org-three'],
    frequencyMinutes: 60,
    timeoutMinutes: 15,
    useVerifiedEmails: true,
  },
};
