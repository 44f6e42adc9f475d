// Generated from src/data/troubleshooting/ by src/lib/troubleshooting/summaries.test.ts
// (run `npx vitest run -u src/lib/troubleshooting/summaries.test.ts` after changing an entry). Do not edit.
import type { TroubleSummary } from '../../lib/troubleshooting/summaries';

export const troubleSummaries: Readonly<Record<string, TroubleSummary>> = {
  'app-has-no-access-to-repository': {
    title: 'The App has no access to a repository',
    fix: "In the organization's settings, edit the App's installation and add the repository, or switch it to all repositories ([step 9](/guide/github-app#3-install-the-app-on-the-organization)).",
  },
  'app-installation-suspended': {
    title: 'The GitHub App installation is suspended',
    fix: "Unsuspend the installation in the organization's settings (**GitHub Apps → Configure**); an installation suspended by the App's own owner can only be unsuspended by them.",
  },
  'endpoint-requires-authentication': {
    title: 'This endpoint requires you to be authenticated',
    fix: "Install the App on the organization (this needs the organization's **Owner** role; `backstage-cli create-github-app` does not install it). A new installation is picked up within about a minute without a restart: when an owner is not in the cached installation list, the list is fetched again, at most once every 60 seconds.",
  },
  'explicit-apibaseurl': {
    title: 'GitHub Enterprise Server needs apiBaseUrl or rawBaseUrl',
    fix: 'Set `apiBaseUrl` (usually `https://<host>/api/v3`) and, if you like, `rawBaseUrl` (`https://<host>/raw`) ([step 10](/guide/production#github-enterprise-server)).',
  },
  'no-app-installation-found': {
    title: 'No app installation found (swallowed)',
    fix: 'Have an organization Owner install the App on that organization ([step 9](/guide/github-app#3-install-the-app-on-the-organization)). Backstage re-lists the installations when it meets an owner it does not know, at most once a minute, so no restart is needed.',
  },
  'no-github-credentials-for-org': {
    title: 'No GitHub credentials available for the organization',
    fix: 'Export the token, or install the App on the organization; the entities already imported stay until the next successful run ([step 7](/guide/import-users-and-teams#6-know-the-safety-stop)).',
  },
  'no-integration-matches': {
    title: 'No GitHub integration matches the host',
    fix: 'Make `host` (a bare host name) and the host part of `githubUrl` equal to an `integrations.github[].host` ([step 6](/guide/discover-repositories#3-configure-an-entity-provider), [step 7](/guide/import-users-and-teams#3-configure-the-org-provider)).',
  },
  'no-token-available': {
    title: 'No token available for host',
    fix: 'Give the integration a credential: `integrations.github[].token` ([step 3](/guide/give-token-to-backstage)) or an App installed on the owner ([step 9](/guide/github-app#3-install-the-app-on-the-organization)).',
  },
  'rate-limit-anonymous': {
    title: 'API rate limit exceeded for an IP address: Backstage calls GitHub without a token',
    fix: 'Export `GITHUB_TOKEN` in the environment of the backend ([step 3](/guide/give-token-to-backstage#1-export-github_token-in-the-shell-that-runs-yarn-start)) and check with `yarn backstage-cli config:print` that the key is there (shown as `<secret>`).',
  },
  'require-scm-user-credentials': {
    title: 'No user credentials provided for host … requireScmUserCredentials is enabled',
    fix: 'Request the user’s token with `RepoUrlPicker` `requestUserCredentials` and pass `token: ${{ secrets.<secretsKey> }}` to the step.',
  },
  'unable-to-read-url': {
    title: 'Unable to read url',
    fix: 'Find out which credential is used with the [Credential explorer](/tools/credential-explorer), then give it read access: `repo` for a classic token, **Contents: read** on the repository for a fine-grained token or an App ([step 5](/guide/private-repositories#4-recognise-the-errors)).',
  },
};
