import type { Source, TroubleshootingEntry } from './types';

/*
 * Personal access token failures. Every GitHub message here is quoted from a
 * public thread where someone hit it; Backstage's own wording is checked in
 * the named file of the published package (versions as of Backstage 1.55).
 */

const urlReader: Source = {
  kind: 'package',
  package: '@backstage/backend-defaults',
  version: '0.19.0',
  file: 'dist/entrypoints/urlReader/lib/GithubUrlReader.cjs.js',
};

const integrationConfig: Source = {
  kind: 'package',
  package: '@backstage/integration',
  version: '2.2.0',
  file: 'dist/github/config.cjs.js',
};

const patDocs: Source = {
  kind: 'docs',
  url: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens',
  title: 'GitHub Docs: Managing your personal access tokens',
};

const patPolicyDocs: Source = {
  kind: 'docs',
  url: 'https://docs.github.com/en/organizations/managing-programmatic-access-to-your-organization/setting-a-personal-access-token-policy-for-your-organization',
  title: 'GitHub Docs: Setting a personal access token policy for your organization',
};

/** Troubleshooting entries of the `tokens` area (see `types.ts`). */
export const tokensEntries: readonly TroubleshootingEntry[] = [
  {
    id: 'bad-credentials',
    title: 'Bad credentials: the token is expired, revoked or mangled',
    kind: 'message',
    messages: [
      {
        pattern: 'Bad credentials - {docsUrl}',
        examples: ['Bad credentials - https://docs.github.com/rest'],
        printedBy: {
          kind: 'github',
          surface:
            'REST API 401 response body, as @octokit/request 8.2 and later format it (message, then " - " and the documentation URL)',
        },
        versions:
          'Octokit clients on @octokit/request 8.2.0 and later: the scaffolder GitHub actions and the catalog GitHub module on a current install',
      },
      {
        pattern: 'Bad credentials',
        examples: ['Bad credentials'],
        printedBy: { kind: 'github', surface: 'REST and GraphQL API 401 response body' },
        versions:
          'Clients on @octokit/request before 8.2.0, such as the App-token code of @backstage/integration 2.2.0 (through @octokit/rest 19), print the bare message',
      },
      {
        pattern: 'Request failed for {url}, 401 Unauthorized',
        examples: [
          'Request failed for https://api.github.com/repos/acme/payments/contents/catalog-info.yaml?ref=main, 401 Unauthorized',
        ],
        printedBy: urlReader,
        versions:
          'The GitHub URL reader of @backstage/backend-common 0.20 (Backstage 1.21) and later, now in @backstage/backend-defaults',
      },
      {
        pattern: '{url} could not be read as {apiUrl}, 401 Unauthorized',
        examples: [
          'https://github.com/acme/payments/blob/main/catalog-info.yaml could not be read as https://api.github.com/repos/acme/payments/contents/catalog-info.yaml?ref=main, 401 Unauthorized',
        ],
        printedBy: {
          kind: 'package',
          package: '@backstage/backend-common',
          version: '0.19.10',
          file: 'dist/index.cjs.js',
        },
        versions: '@backstage/backend-common 0.19 and earlier (Backstage 1.20 and earlier)',
      },
    ],
    where:
      'Backend log (catalog, discovery, org import), the Location entity’s error panel, the template run log',
    area: 'tokens',
    causes: [
      {
        cause:
          'The token has **expired**. Most tokens carry an expiry date (the fine-grained form proposes 30 days), and GitHub answers 401 `Bad credentials` from the first request after it.',
        fix: 'Regenerate it under **Settings → Developer settings → Personal access tokens** (you can keep the same permissions), put the new value into the variable behind `integrations.github[].token` (usually `GITHUB_TOKEN`) and restart the backend. `curl -sI -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user` shows a `github-authentication-token-expiration` header for tokens that expire, so you can check the next date.',
      },
      {
        cause:
          'The token was **revoked**: deleted by you, revoked by an organization owner, removed by GitHub because secret scanning found it in a public repository, or removed automatically after a year without use.',
        fix: 'Create a new token with the same permissions ([step 2](/guide/create-token#create-the-token)) and replace the value. If it leaked, find where (logs, commits) before you paste the new one.',
      },
      {
        cause:
          'The value that reaches Backstage is not the token: it still has quotes from a `.env` file, it is the token of another host (a github.com token in the entry for your GitHub Enterprise Server, or the reverse), or an old value is cached in a shell or secret store. Backstage trims spaces around `token` but keeps everything else.',
        fix: 'Print the start of the value the backend really sees (`echo ${GITHUB_TOKEN:0:4}` in the shell that starts it should show `ghp_` or `gith`), keep one `integrations.github` entry per host, each with its own token, and restart after every change.',
      },
      {
        cause:
          'A template acts with the **user’s own token** (`requestUserCredentials`), and the user’s GitHub session in Backstage holds an expired GitHub token. User tokens of a GitHub App expire after eight hours.',
        fix: 'Sign out of GitHub under **Settings → Authentication Providers** in Backstage and sign in again, then rerun the template. See [user token not used](/troubleshooting#user-token-not-used) for the template side.',
      },
    ],
    preventedBy: [
      { step: 2, anchor: 'keep-the-token-safe' },
      { step: 3, anchor: 'check-that-it-works' },
      { step: 10, anchor: '5-plan-for-expiry-and-rotation' },
    ],
    appliesTo: 'all releases',
    sources: [
      {
        kind: 'issue',
        repo: 'fedimint/fedimint',
        number: 6234,
        note: 'a bot fails with Bad credentials until the expired token is regenerated',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 30870,
        note: 'Bad credentials from the user’s GitHub App token in a template; signing out and in again fixes it',
      },
      {
        kind: 'issue',
        repo: 'github/roadmap',
        number: 203,
        note: 'GitHub announces the expiry date response header for expiring tokens',
      },
      urlReader,
      integrationConfig,
      patDocs,
      {
        kind: 'docs',
        url: 'https://docs.github.com/en/organizations/managing-programmatic-access-to-your-organization/github-credential-types',
        title: 'GitHub Docs: GitHub credential types (lifetimes of each token type)',
      },
    ],
    related: ['fine-grained-pat-pending-approval', 'pat-lifetime-policy'],
  },
  {
    id: 'saml-sso-not-authorized',
    title: 'Resource protected by organization SAML enforcement',
    kind: 'message',
    messages: [
      {
        pattern:
          'Resource protected by organization SAML enforcement. You must grant your {tokenKind} access to this organization.',
        examples: [
          'Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.',
          'Resource protected by organization SAML enforcement. You must grant your OAuth token access to this organization.',
          'Resource protected by organization SAML enforcement. You must grant your personal token access to this organization.',
        ],
        printedBy: {
          kind: 'github',
          surface:
            'REST API 403 response body and GraphQL FORBIDDEN error (with saml_failure: true); older responses said "personal token"',
        },
      },
    ],
    where: 'Backend log (catalog, discovery, org import), template run log',
    area: 'tokens',
    causes: [
      {
        cause:
          'The organization enforces SAML single sign-on and the **classic** personal access token was never authorized for it. A classic token must be authorized per organization after it is created.',
        fix: 'Open **Settings → Developer settings → Personal access tokens → Tokens (classic)**, click **Configure SSO** next to the token and **Authorize** the organization (you need an active SAML session). A 403 response also carries an `X-GitHub-SSO` header with a URL that does the same; it expires after an hour.',
      },
      {
        cause:
          'The token is a user token (the GitHub sign-in of Backstage, used by `requestUserCredentials` or by the catalog import’s pull requests) and the user did not grant the OAuth App access to the organization.',
        fix: 'Sign out of GitHub in Backstage and sign in again; on GitHub’s consent page, authorize the organization (an owner may first have to approve the OAuth App for the organization).',
      },
      {
        cause:
          'Reads of private repositories may answer **404 Not Found** instead of this 403 when the token is not SSO-authorized, so a private `catalog-info.yaml` looks missing.',
        fix: 'If a classic token sees public repositories of an SSO organization but none of its private ones, authorize it for SSO as above before looking for other causes.',
      },
    ],
    preventedBy: [
      { step: 2, anchor: 'if-your-organization-must-approve-the-token' },
      { step: 3, anchor: 'check-that-it-works' },
    ],
    appliesTo: 'all releases (a GitHub rule)',
    sources: [
      {
        kind: 'issue',
        repo: 'ossf/scorecard',
        number: 1504,
        note: 'GET /repos answers 403 with the Personal Access token wording',
      },
      {
        kind: 'issue',
        repo: 'cli/cli',
        number: 2661,
        note: 'the OAuth token wording, fixed by re-authenticating',
      },
      {
        kind: 'issue',
        repo: 'fwouts/prmonitor',
        number: 1042,
        note: 'the GraphQL form with saml_failure and the X-GitHub-SSO header',
      },
      {
        kind: 'issue',
        repo: 'mapbox/github-release-tools',
        number: 28,
        note: 'the older "personal token" wording',
      },
      {
        kind: 'docs',
        url: 'https://docs.github.com/en/enterprise-cloud@latest/authentication/authenticating-with-saml-single-sign-on/authorizing-a-personal-access-token-for-use-with-saml-single-sign-on',
        title: 'GitHub Docs: Authorizing a personal access token for use with SAML single sign-on',
      },
      {
        kind: 'docs',
        url: 'https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api',
        title:
          'GitHub Docs: Authenticating to the REST API (personal access tokens and SAML SSO: 404 or 403, X-GitHub-SSO)',
      },
    ],
    related: ['fine-grained-pat-pending-approval'],
  },
  {
    id: 'fine-grained-pat-pending-approval',
    title: 'Fine-grained token pending the organization’s approval',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'fine-grained token reads public repositories but private ones return 404',
      'token looks right but Backstage cannot see the organization’s private repositories',
      'discovery finds only public repositories',
      'the token is listed as pending in the organization settings',
      'catalog-info.yaml not found although the file is there',
    ],
    where:
      'Backend log (404 from reads), Location errors; the token page on GitHub shows it as pending',
    area: 'tokens',
    causes: [
      {
        cause:
          'The organization requires approval for fine-grained personal access tokens (GitHub turns the approval flow on by default) and no owner has approved the request yet. Until then the token can only read public resources, so every private repository answers 404 as if it did not exist.',
        fix: 'Ask an organization owner to approve it under the organization’s **Settings → Personal access tokens → Pending requests**. Requests from owners are approved automatically. Nothing changes in Backstage: the same token starts working after approval.',
      },
      {
        cause: 'An owner denied the request, or revoked the token’s access after approving it.',
        fix: 'Check the token’s page on GitHub; create a new request (or a new token) with the permissions the owners accept, and agree on the scope first.',
      },
      {
        cause:
          'The organization does not allow fine-grained tokens at all, so you created the token for your own account, and it sees only your repositories.',
        fix: 'See [wrong resource owner](/troubleshooting#fine-grained-pat-wrong-resource-owner); ask an owner to allow fine-grained tokens, or move the backend to a GitHub App ([step 9](/guide/github-app)).',
      },
    ],
    preventedBy: [{ step: 2, anchor: 'if-your-organization-must-approve-the-token' }],
    appliesTo: 'all releases (a GitHub rule)',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 16679,
        note: 'a fine-grained token failed for the catalog import where a classic token worked',
      },
      {
        kind: 'pull',
        repo: 'gruntwork-io/docs',
        number: 1721,
        note: 'users see the token as pending until an owner approves it under Pending requests',
      },
      {
        kind: 'docs',
        url: 'https://docs.github.com/en/organizations/managing-programmatic-access-to-your-organization/managing-requests-for-personal-access-tokens-in-your-organization',
        title: 'GitHub Docs: Managing requests for personal access tokens in your organization',
      },
      patDocs,
    ],
    related: ['fine-grained-pat-wrong-resource-owner', 'discovery-imported-nothing'],
  },
  {
    id: 'fine-grained-pat-wrong-resource-owner',
    title: 'Fine-grained token owned by your account: organization repositories return 404',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'fine-grained token cannot see organization repositories',
      'discovery finds only my personal repositories or only public ones',
      'works for my repositories, not for the organization',
      'second organization returns 404 with the same token',
      'repository outside the selected repositories returns 404',
    ],
    where: 'Backend log (404 from reads and from discovery), template run log',
    area: 'tokens',
    causes: [
      {
        cause:
          'The token’s **resource owner** is your personal account, not the organization. A fine-grained token reaches only the resources of its one owner (plus public repositories), and the owner cannot be changed afterwards.',
        fix: 'Create a new fine-grained token with the **organization** as resource owner ([step 2](/guide/create-token#create-the-token)); the organization only appears in the list if it allows fine-grained tokens.',
      },
      {
        cause:
          'Backstage reads more than one owner on the same host (two organizations, or an organization and your account), but `integrations.github[]` holds one `token` per host, and a fine-grained token covers one owner.',
        fix: 'Use a GitHub App installed on every owner ([step 9](/guide/github-app)), or a classic token, which covers every repository your account can see.',
      },
      {
        cause:
          'The owner is right but **Repository access** is **Only select repositories** and the repository is not among them. A fine-grained token also cannot create repositories unless it has access to all repositories, since a new repository is never part of a selection.',
        fix: 'Edit the token’s repository access on GitHub (this can be changed without a new token) and add the repository, or choose **All repositories**.',
      },
    ],
    preventedBy: [
      { step: 2, anchor: 'fine-grained-or-classic' },
      { step: 2, anchor: 'create-the-token' },
    ],
    appliesTo: 'all releases (a GitHub rule)',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 16679,
        note: 'a fine-grained token did not work for catalog import from an organization; a classic token did',
      },
      {
        kind: 'pull',
        repo: 'gruntwork-io/docs',
        number: 1721,
        note: 'the resource owner must be the organization whose repositories the token reads',
      },
      patDocs,
    ],
    related: ['fine-grained-pat-pending-approval', 'resource-not-accessible-by-pat'],
  },
  {
    id: 'resource-not-accessible-by-pat',
    title: 'Resource not accessible by personal access token',
    kind: 'message',
    messages: [
      {
        pattern: 'Resource not accessible by personal access token - {docsUrl}',
        examples: [
          'Resource not accessible by personal access token - https://docs.github.com/rest/repos/repos#create-an-organization-repository',
        ],
        printedBy: {
          kind: 'github',
          surface:
            'REST API 403 response body, as @octokit/request 8.2 and later format it (the scaffolder GitHub actions on a current install)',
        },
        versions: '@octokit/request 8.2.0 and later',
      },
      {
        pattern: 'Resource not accessible by personal access token',
        examples: ['Resource not accessible by personal access token'],
        printedBy: { kind: 'github', surface: 'REST API 403 response body' },
        versions: 'Clients on @octokit/request before 8.2.0 print the bare message',
      },
    ],
    where: 'Template run log, backend log',
    area: 'tokens',
    causes: [
      {
        cause:
          'A **fine-grained** token lacks the permission the call needs. GitHub answers 403 with this message when the token can see the repository but lacks the permission for the call: creating a repository needs **Administration: Read and write**, pushing files **Contents: Read and write**, opening a pull request **Pull requests: Read and write**, Actions secrets and variables **Secrets** and **Variables**, environments **Administration** plus **Environments**.',
        fix: 'Edit the token on GitHub and add the permission; fine-grained permissions can be changed without creating a new token. The response header `x-accepted-github-permissions` names what the endpoint accepts, and the [permissions matrix](/reference/permissions) lists each Backstage feature’s needs.',
      },
      {
        cause:
          'The permission is set but the repository is outside the token’s repository selection, or the call creates a repository while the token has **Only select repositories**.',
        fix: 'Give the token **All repositories** access for templates that create repositories.',
      },
      {
        cause:
          'The organization also limits what members may do (for example who may create repositories); a token can never do more than its user.',
        fix: 'Ask an owner for the role, or let a GitHub App create repositories ([step 9](/guide/github-app)).',
      },
    ],
    preventedBy: [
      { step: 2, anchor: 'work-out-the-minimal-permissions-for-your-features' },
      { step: 8, anchor: '2-grant-the-permissions-repository-creation-needs' },
    ],
    appliesTo: 'all releases (a GitHub rule)',
    sources: [
      {
        kind: 'issue',
        repo: 'gavinr/github-csv-tools',
        number: 109,
        note: 'a fine-grained token gets 403 Resource not accessible by personal access token from an organization repository',
      },
      {
        kind: 'issue',
        repo: 'xresloader/upload-to-github-release',
        number: 49,
        note: 'the same 403 for a write the token was not granted',
      },
      {
        kind: 'docs',
        url: 'https://github.blog/changelog/2023-08-10-x-accepted-github-permissions-header-for-fine-grained-permission-actors/',
        title: 'GitHub changelog: X-Accepted-GitHub-Permissions header',
      },
      patDocs,
    ],
    related: ['resource-not-accessible', 'fine-grained-pat-wrong-resource-owner'],
  },
  {
    id: 'classic-pat-forbidden-by-org',
    title: 'The organization forbids classic personal access tokens',
    kind: 'message',
    messages: [
      {
        pattern:
          '{org} forbids access via a personal access token (classic). Please use a GitHub App, OAuth App, or a personal access token with fine-grained permissions.',
        examples: [
          'acme forbids access via a personal access token (classic). Please use a GitHub App, OAuth App, or a personal access token with fine-grained permissions.',
        ],
        printedBy: { kind: 'github', surface: 'REST API 403 and GraphQL error message' },
      },
      {
        pattern: 'Personal access tokens (classic) are forbidden from accessing this repository.',
        examples: [
          'Personal access tokens (classic) are forbidden from accessing this repository.',
        ],
        printedBy: { kind: 'github', surface: 'Git over HTTPS (push and fetch), remote message' },
      },
    ],
    where: 'Backend log, template run log (the push step)',
    area: 'tokens',
    causes: [
      {
        cause:
          'An organization owner restricted access through classic personal access tokens (**Settings → Personal access tokens → Restrict access via personal access tokens (classic)**). The token still works for other owners, which makes this look random.',
        fix: 'Use a fine-grained token whose resource owner is that organization ([step 2](/guide/create-token#fine-grained-or-classic)), or better, a GitHub App installed on it ([step 9](/guide/github-app)).',
      },
      {
        cause: 'The policy was switched on, or changed by mistake, after Backstage was set up.',
        fix: 'Ask an owner whether the policy is intended before you change tokens; the policy applies at once to every classic token.',
      },
    ],
    preventedBy: [
      { step: 2, anchor: 'fine-grained-or-classic' },
      { step: 9, anchor: 'why-an-app-instead-of-a-token' },
    ],
    appliesTo: 'all releases (a GitHub rule)',
    sources: [
      {
        kind: 'issue',
        repo: 'refined-github/refined-github',
        number: 6951,
        note: 'quotes the API message for an organization that forbids classic tokens',
      },
      {
        kind: 'issue',
        repo: 'os-climate/os_c_data_commons',
        number: 366,
        note: 'the Git push form of the refusal, after an organization changed its policy',
      },
      patPolicyDocs,
    ],
    related: ['pat-lifetime-policy', 'fine-grained-pat-pending-approval'],
  },
  {
    id: 'pat-lifetime-policy',
    title: 'The organization forbids tokens that live longer than its policy',
    kind: 'message',
    messages: [
      {
        pattern:
          "The '{owner}' {ownerType} forbids access via a fine-grained personal access tokens if the token's lifetime is greater than {days} days. Please adjust your token's lifetime at the following URL: {url}",
        examples: [
          "The 'NixOS' organization forbids access via a fine-grained personal access tokens if the token's lifetime is greater than 90 days. Please adjust your token's lifetime at the following URL: https://github.com/settings/personal-access-tokens/12885303",
          "The 'HHS ONC' enterprise forbids access via a fine-grained personal access tokens if the token's lifetime is greater than 366 days. Please adjust your token's lifetime at the following URL: https://github.com/settings/personal-access-tokens/4277325",
        ],
        printedBy: { kind: 'github', surface: 'REST API 403 and GraphQL FORBIDDEN error message' },
      },
    ],
    where: 'Backend log, template run log',
    area: 'tokens',
    causes: [
      {
        cause:
          'The token has no expiry, or one longer than the maximum the organization or enterprise allows. Since October 2024 organizations and enterprises apply a **366-day** maximum to fine-grained tokens by default, and owners may set a shorter one (90 days in one report). The policy is checked when the token is used, not only when it is created.',
        fix: 'Open the URL in the message and regenerate the token with an expiry within the policy (90 days is a safe choice); then update the variable behind `integrations.github[].token` and restart. Put the next date in a calendar.',
      },
      {
        cause:
          'A non-expiring token worked for months and broke when an owner introduced or shortened the policy.',
        fix: 'Same fix; for a backend that should not depend on one person’s expiring token, move to a GitHub App ([step 9](/guide/github-app)).',
      },
    ],
    preventedBy: [
      { step: 2, anchor: 'create-the-token' },
      { step: 10, anchor: '5-plan-for-expiry-and-rotation' },
    ],
    appliesTo: 'all releases (a GitHub rule since October 2024)',
    sources: [
      {
        kind: 'issue',
        repo: 'NixOS/org',
        number: 247,
        note: 'a read-only fine-grained token refused by a 90-day organization policy',
      },
      {
        kind: 'issue',
        repo: 'HHS/simpler-grants-gov',
        number: 2547,
        note: 'the enterprise form of the message, with the 366-day limit',
      },
      {
        kind: 'docs',
        url: 'https://github.blog/changelog/2024-10-18-new-pat-rotation-policies-preview-and-optional-expiration-for-fine-grained-pats',
        title:
          'GitHub changelog: PAT rotation policies and optional expiration for fine-grained PATs',
      },
      patPolicyDocs,
    ],
    related: ['bad-credentials', 'classic-pat-forbidden-by-org'],
  },
  {
    id: 'token-missing-classic-scopes',
    title: 'Your token has not been granted the required scopes (org import)',
    kind: 'message',
    messages: [
      {
        pattern:
          "Your token has not been granted the required scopes to execute this query. The '{field}' field requires one of the following scopes: [{required}], but your token has only been granted the: [{granted}] scopes. Please modify your token's scopes at: https://github.com/settings/tokens.",
        examples: [
          "Your token has not been granted the required scopes to execute this query. The 'email' field requires one of the following scopes: ['user:email', 'read:user'], but your token has only been granted the: ['repo'] scopes. Please modify your token's scopes at: https://github.com/settings/tokens.",
          "Your token has not been granted the required scopes to execute this query. The 'name' field requires one of the following scopes: ['read:org'], but your token has only been granted the: ['repo'] scopes. Please modify your token's scopes at: https://github.com/settings/tokens.",
        ],
        printedBy: {
          kind: 'github',
          surface:
            'GraphQL API error of type INSUFFICIENT_SCOPES (@octokit/graphql prefixes "Request failed due to following response errors:")',
        },
      },
    ],
    where: 'Backend log of the org import (`GithubMultiOrgEntityProvider:<id> refresh failed`)',
    area: 'tokens',
    causes: [
      {
        cause:
          'The org import authenticates with a **classic** token that has only `repo`. It reads members and teams through GraphQL, which needs `read:org`; with a personal access token it also asks for each user’s `email`, which needs `user:email` or `read:user`.',
        fix: 'Edit the classic token and tick `read:org`, `read:user` and `user:email` (scopes can be added to an existing classic token), then wait for the next run or restart.',
      },
      {
        cause:
          'The token is right but belongs to another entry: the org provider takes the credential of the `integrations.github` entry whose host matches `githubUrl`.',
        fix: 'Check that `catalog.providers.githubOrg.githubUrl` names the host whose `token` has the scopes.',
      },
    ],
    preventedBy: [{ step: 7, anchor: '1-give-the-token-access-to-the-organization' }],
    appliesTo: 'all releases with the GitHub org provider',
    sources: [
      {
        kind: 'issue',
        repo: 'mntnr/name-your-contributors',
        number: 67,
        note: 'the exact GraphQL error for the email field with a repo-only token',
      },
      {
        kind: 'pull',
        repo: 'scalar/scalar',
        number: 2186,
        note: 'the read:org form, with the @octokit/graphql prefix',
      },
      {
        kind: 'package',
        package: '@backstage/plugin-catalog-backend-module-github',
        version: '0.14.0',
        file: 'dist/lib/github.cjs.js',
      },
      {
        kind: 'docs',
        url: 'https://backstage.io/docs/integrations/github/locations#token-scopes',
        title:
          'Backstage docs: GitHub locations, token scopes (read:org, read:user, user:email for org data)',
      },
    ],
    related: ['saml-sso-not-authorized'],
  },
];
