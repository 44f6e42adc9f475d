import type { Source, TroubleshootingEntry } from './types';

/*
 * Sign-in problems: the GitHub auth provider, the OAuth popup, cookies,
 * session refresh and sign-in resolvers. Every package file named here was
 * read in the published tarball of the version given (Backstage 1.55.0).
 */

type PackageSource = Extract<Source, { kind: 'package' }>;

const authNode = (file: string): PackageSource => ({
  kind: 'package',
  package: '@backstage/plugin-auth-node',
  version: '0.7.8',
  file,
});
const authBackend = (file: string): PackageSource => ({
  kind: 'package',
  package: '@backstage/plugin-auth-backend',
  version: '0.31.0',
  file,
});
const githubProvider = (file: string): PackageSource => ({
  kind: 'package',
  package: '@backstage/plugin-auth-backend-module-github-provider',
  version: '0.5.9',
  file,
});
const guestProvider = (file: string): PackageSource => ({
  kind: 'package',
  package: '@backstage/plugin-auth-backend-module-guest-provider',
  version: '0.2.25',
  file,
});
const coreAppApi = (file: string): PackageSource => ({
  kind: 'package',
  package: '@backstage/core-app-api',
  version: '1.20.7',
  file,
});
const bb = (
  kind: 'issue' | 'pull',
  number: number,
  note?: string,
): Extract<Source, { kind: 'issue' | 'pull' | 'discussion' }> =>
  note === undefined
    ? { kind, repo: 'backstage/backstage', number }
    : { kind, repo: 'backstage/backstage', number, note };

const OAUTH_APP_REDIRECT_DOCS: Source = {
  kind: 'docs',
  url: 'https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#redirect-urls',
  title: 'Authorizing OAuth apps: Redirect URLs',
};
const GITHUB_APP_USER_TOKEN_DOCS: Source = {
  kind: 'docs',
  url: 'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-user-access-token-for-a-github-app',
  title: 'Generating a user access token for a GitHub App',
};

const ROUTE_HANDLERS = 'dist/oauth/createOAuthRouteHandlers.cjs.js';
const PASSPORT_HELPERS = 'dist/passport/PassportHelpers.cjs.js';

/** Troubleshooting entries of the `sign-in` area (see `types.ts`). */
export const signInEntries: readonly TroubleshootingEntry[] = [
  {
    id: 'sign-in-works-backend-does-not',
    title: 'Sign-in works, but the backend still has no GitHub access',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'I can sign in with GitHub but the catalog cannot read private repositories',
      'sign-in works but templates fail to publish to GitHub',
      'I configured the GitHub auth provider and discovery still calls GitHub anonymously',
    ],
    where:
      'Catalog import, discovery, org import or the template run log, after a successful sign-in',
    area: 'sign-in',
    causes: [
      {
        cause:
          "`auth.providers.github` only configures sign-in. The catalog, discovery, the org import and the scaffolder ask `integrations.github` for a credential (an App installation token, then the `token`), never the signed-in user's GitHub session. Putting a GitHub App's client ID and secret under the auth provider gives the backend nothing.",
        fix: 'Add a `token` or an `apps` entry under `integrations.github`. If one GitHub App does both jobs, configure it twice: its client ID and secret under `auth.providers.github.<environment>`, and its app ID, client ID, client secret and private key under `integrations.github[].apps`. The [credential explorer](/tools/credential-explorer) shows which credential each feature uses.',
      },
      {
        cause:
          "A template was expected to act as the signed-in user. The GitHub scaffolder actions only use the user's token when the template asks for it (`RepoUrlPicker` with `requestUserCredentials`) and passes it as the action's `token` input; otherwise they use the integration.",
        fix: "Either give the integration a credential, or change the template to request the user's credentials and pass `token: ${{ secrets.<secretsKey> }}` to the action.",
      },
    ],
    preventedBy: [
      { step: 3, anchor: '2-understand-the-integration-entry' },
      { step: 9, anchor: '4-give-backstage-the-apps-credentials' },
    ],
    appliesTo: 'all releases',
    sources: [
      bb(
        'issue',
        17169,
        'a 2025 comment explains that the scaffolder ignores the auth provider and needs the integration',
      ),
      bb('issue', 3586),
      {
        kind: 'package',
        package: '@backstage/integration',
        version: '2.2.0',
        file: 'dist/github/SingleInstanceGithubCredentialsProvider.cjs.js',
      },
    ],
    related: ['endpoint-requires-authentication', 'no-token-available', 'unable-to-read-url'],
  },
  {
    id: 'redirect-uri-mismatch',
    title: 'redirect_uri mismatch',
    kind: 'message',
    messages: [
      {
        pattern:
          'error=redirect_uri_mismatch&error_description=The+redirect_uri+MUST+match+the+registered+callback+URL+for+this+application.',
        examples: [
          'error=redirect_uri_mismatch&error_description=The+redirect_uri+MUST+match+the+registered+callback+URL+for+this+application.',
        ],
        printedBy: {
          kind: 'github',
          surface:
            'the redirect to the registered callback URL (query string in the sign-in popup)',
        },
      },
    ],
    symptoms: [
      'the sign-in popup lands on a page with error=redirect_uri_mismatch in the address bar',
      'GitHub says the redirect_uri is not associated with this application',
    ],
    where: "Sign-in popup (address bar) or GitHub's authorization page",
    area: 'sign-in',
    causes: [
      {
        cause:
          'The host or port Backstage sends does not match the registered callback URL. Backstage sends `<backend.baseUrl>/api/auth/github/handler/frame` (or `callbackUrl` when set). For an **OAuth App**, GitHub accepts a `redirect_uri` whose host (sub-domains allowed) and port equal the registered callback URL and whose path is that path or a subdirectory of it; a loopback callback such as `http://127.0.0.1/api/auth/github` also accepts any port. So a callback registered as `http://localhost:3000/...` (the frontend) or as the production domain fails locally, while `http://localhost:7007/api/auth/github` without `/handler/frame` is accepted.',
        fix: 'Register `<backend.baseUrl>/api/auth/github/handler/frame` exactly, locally `http://localhost:7007/api/auth/github/handler/frame`. An OAuth App holds one callback URL, so use one OAuth App per environment whose host differs.',
      },
      {
        cause:
          "Sign-in uses a **GitHub App**. For a GitHub App the `redirect_uri` must be an exact match of one of the App's callback URLs, with no extra parameters; the subdirectory and loopback-port rules of OAuth Apps do not apply.",
        fix: "Add the exact handler URL of every Backstage instance to the App's callback URLs (a GitHub App can hold several), for example both `http://localhost:7007/api/auth/github/handler/frame` and `https://backstage.example.com/api/auth/github/handler/frame`.",
      },
      {
        cause:
          '`auth.providers.github.<environment>.callbackUrl` is set to something other than the registered URL, or `backend.baseUrl` still says `localhost` after a deploy.',
        fix: 'Remove `callbackUrl` unless one app serves several Backstage instances, and set `backend.baseUrl` to the URL the browser uses.',
      },
    ],
    preventedBy: [
      { step: 4, anchor: '1-register-an-app-for-the-login-on-github' },
      { step: 10, anchor: '3-configure-github-sign-in-for-production' },
    ],
    appliesTo: 'all releases',
    sources: [
      OAUTH_APP_REDIRECT_DOCS,
      {
        kind: 'docs',
        url: 'https://docs.github.com/en/apps/oauth-apps/maintaining-oauth-apps/troubleshooting-authorization-request-errors',
        title: 'Troubleshooting authorization request errors',
      },
      GITHUB_APP_USER_TOKEN_DOCS,
      bb('issue', 14360),
      bb('pull', 14368, 'fixed the callback URL in the docs'),
      bb('issue', 10673, 'several callback URLs on one GitHub App'),
      bb(
        'issue',
        12439,
        'the popup stays on a page with the error in its URL; a maintainer points at the callback path',
      ),
      authNode(ROUTE_HANDLERS),
    ],
    related: ['popup-closed', 'cookie-nonce-missing'],
  },
  {
    id: 'origin-not-allowed',
    title: 'Origin is not allowed',
    kind: 'message',
    messages: [
      {
        pattern: "Origin '{origin}' is not allowed",
        examples: ["Origin 'http://localhost:7007' is not allowed"],
        printedBy: authNode(ROUTE_HANDLERS),
      },
    ],
    symptoms: [
      'sign-in fails right after deploying Backstage',
      'the sign-in popup shows a JSON error about the origin',
    ],
    where: 'Sign-in popup or sign-in page, usually right after a deploy',
    area: 'sign-in',
    causes: [
      {
        cause:
          'The frontend sends the origin of the page in the address bar, and the auth backend accepts only the origin of `app.baseUrl`. After a deploy `app.baseUrl` often still says `http://localhost:7007` (the create-app production file) or names an internal host.',
        fix: 'Set `app.baseUrl` (and `backend.baseUrl`) to the URLs as the browser sees them, scheme and port included, and make `backend.cors.origin` allow the frontend. When the backend serves the frontend, both base URLs are the same. See [base URLs](/reference/config-keys#base-urls).',
      },
      {
        cause:
          'The production config file is not loaded at all, so the `app.baseUrl` of `app-config.yaml` (`http://localhost:3000`) is in force.',
        fix: 'Load the production file with `--config` or `BACKSTAGE_ENV` (see [production config not loaded](/troubleshooting#production-config-not-loaded)).',
      },
      {
        cause:
          'Backstage is reached under more than one host name (an alias domain, an IP address, a NodePort).',
        fix: 'Send people to one canonical URL, or list the other origins under `auth.experimentalExtraAllowedOrigins` (glob patterns, compared without case).',
      },
    ],
    preventedBy: [{ step: 10, anchor: '2-set-the-public-urls-and-the-cors-origin' }],
    appliesTo: 'all releases',
    sources: [
      bb('issue', 26795),
      bb('issue', 27729),
      bb('issue', 25291, 'a maintainer: set both base URLs as seen from the browser'),
      bb('issue', 11147),
      authBackend('dist/providers/router.cjs.js'),
      authNode(ROUTE_HANDLERS),
    ],
    related: ['incorrect-app-origin', 'production-config-not-loaded'],
  },
  {
    id: 'incorrect-app-origin',
    title: 'Incorrect app origin, or a postMessage origin error',
    kind: 'message',
    messages: [
      {
        pattern: 'Login failed, Incorrect app origin, expected {origin}',
        examples: ['Login failed, Incorrect app origin, expected http://localhost:3000'],
        printedBy: coreAppApi('dist/lib/loginPopup.esm.js'),
      },
      {
        pattern:
          "Failed to execute 'postMessage' on 'DOMWindow': The target origin provided ('{expected}') does not match the recipient window's origin ('{actual}').",
        examples: [
          "Failed to execute 'postMessage' on 'DOMWindow': The target origin provided ('http://localhost:3000') does not match the recipient window's origin ('http://localhost:7000').",
        ],
        printedBy: { kind: 'browser', surface: 'console of the sign-in popup (Chromium)' },
      },
    ],
    where: 'Sign-in page, or the console of the sign-in popup',
    area: 'sign-in',
    causes: [
      {
        cause:
          "The sign-in handler answers the popup's opener at one origin (the one the sign-in started from, else the origin of `app.baseUrl`) while the app actually runs at another, for example behind a proxy or under a second domain name.",
        fix: 'Make `app.baseUrl` exactly the origin in the address bar and use that one host name for everyone; then sign in again from a fresh tab.',
      },
      {
        cause:
          'The GitHub callback URL points at a different host than the one the app is served from.',
        fix: 'Register the callback on the same host as `backend.baseUrl` (see [redirect_uri mismatch](/troubleshooting#redirect-uri-mismatch)).',
      },
    ],
    preventedBy: [{ step: 10, anchor: '2-set-the-public-urls-and-the-cors-origin' }],
    appliesTo:
      'all releases; most reports come from releases before the frontend sent its origin with the sign-in request',
    sources: [
      bb('issue', 7362, 'a maintainer: app.baseUrl must be the address in the address bar'),
      bb('issue', 3223, 'why the explicit message exists'),
      bb('issue', 27696, 'the console message behind a second domain name'),
      bb('issue', 2733),
      authNode('dist/flow/sendWebMessageResponse.cjs.js'),
    ],
    related: ['origin-not-allowed', 'popup-closed'],
  },
  {
    id: 'popup-closed',
    title: 'Login failed, popup was closed',
    kind: 'message',
    messages: [
      {
        pattern: 'Login failed, popup was closed',
        examples: ['Login failed, popup was closed'],
        printedBy: coreAppApi('dist/lib/loginPopup.esm.js'),
      },
    ],
    symptoms: [
      'the GitHub sign-in popup closes and nothing happens',
      'the popup stays open on a Backstage page or an error page',
    ],
    where: 'Sign-in page',
    area: 'sign-in',
    causes: [
      {
        cause:
          "The popup never reached the sign-in handler, or the handler answered with an error page instead of a result: the frontend only learns that the window closed. The real error is in the popup (a JSON error such as `Origin ... is not allowed`, GitHub's error page, or the Backstage home page with `error=` in the URL because the callback points at the frontend).",
        fix: 'Sign in again and read the popup before it closes (or open its URL in a tab). Fix the error it shows: usually the callback URL (`<backend.baseUrl>/api/auth/github/handler/frame`) or the base URLs.',
      },
      {
        cause: 'The person closed the popup or cancelled on GitHub.',
        fix: 'Nothing to fix; sign in again.',
      },
      {
        cause: 'Popups are a poor fit for the deployment (a browser policy, an embedded view).',
        fix: 'Set `enableExperimentalRedirectFlow: true` at the config root to sign in with a full-page redirect instead of a popup.',
      },
    ],
    preventedBy: [
      { step: 4, anchor: 'check-that-it-works' },
      { step: 10, anchor: '2-set-the-public-urls-and-the-cors-origin' },
    ],
    appliesTo: 'all releases',
    sources: [
      bb('issue', 18386),
      bb(
        'issue',
        12439,
        'a maintainer: the callback points at the frontend, not at /api/auth/github/handler/frame',
      ),
      bb('issue', 27696),
      bb('issue', 2733),
    ],
    related: ['redirect-uri-mismatch', 'origin-not-allowed', 'incorrect-app-origin'],
  },
  {
    id: 'cookie-nonce-missing',
    title: 'Auth response is missing cookie nonce',
    kind: 'message',
    messages: [
      {
        pattern: 'Auth response is missing cookie nonce',
        examples: ['Auth response is missing cookie nonce'],
        printedBy: authNode(ROUTE_HANDLERS),
      },
    ],
    where: 'Sign-in popup or sign-in page',
    area: 'sign-in',
    causes: [
      {
        cause:
          'The sign-in started on one host and GitHub sent the browser back to another. The nonce cookie is set for the host and path of the callback URL (`/api/auth/github/handler`), so a callback on a different host name, IP address or port than the one the browser used finds no cookie.',
        fix: 'Use one URL everywhere: the address people open, `backend.baseUrl`, and the callback URL registered on GitHub (and `callbackUrl`, if set) must share scheme, host and port.',
      },
      {
        cause:
          'The callback URL is `https`, so the cookie is marked `Secure`, but the browser reached the backend over plain `http` (a proxy terminating TLS in front of an `http` URL, or a test over `http`).',
        fix: 'Serve Backstage over `https` end to end as the browser sees it, or make `backend.baseUrl` say `http` in a plain-http test setup.',
      },
      {
        cause:
          'More than ten minutes passed between opening the popup and approving on GitHub: the nonce cookie lives ten minutes.',
        fix: 'Close the popup and sign in again.',
      },
    ],
    preventedBy: [{ step: 10, anchor: '2-set-the-public-urls-and-the-cors-origin' }],
    appliesTo: 'all releases',
    sources: [
      bb('issue', 18170),
      bb('issue', 7088, 'a maintainer on a proxy in front of Backstage'),
      authNode('dist/oauth/OAuthCookieManager.cjs.js'),
      authNode(ROUTE_HANDLERS),
    ],
    related: ['redirect-uri-mismatch', 'refresh-missing-session-cookie'],
  },
  {
    id: 'failed-to-obtain-access-token',
    title: 'Authentication failed, Failed to obtain access token',
    kind: 'message',
    messages: [
      {
        pattern: 'Authentication failed, Failed to obtain access token',
        examples: ['Authentication failed, Failed to obtain access token'],
        printedBy: authNode(PASSPORT_HELPERS),
      },
    ],
    symptoms: ['GitHub login works but Backstage says it failed to obtain an access token'],
    where: 'Sign-in page (after approving on GitHub)',
    area: 'sign-in',
    causes: [
      {
        cause:
          'GitHub refused to exchange the code for a token. GitHub answers such refusals with an error body instead of a token (`incorrect_client_credentials`, `bad_verification_code`, `redirect_uri_mismatch`, `unverified_user_email`), and the OAuth library then reports only that no token came back. The most common case is a wrong `clientSecret`: a regenerated secret, the secret of another app, or the client ID of the OAuth App paired with the secret of a GitHub App.',
        fix: 'Copy the client ID and a freshly generated client secret of the same app into `auth.providers.github.<environment>`, check them with `yarn backstage-cli config:print --with-secrets` (locally only), restart, and sign in again.',
      },
      {
        cause:
          "The backend cannot reach GitHub's token endpoint (`<host>/login/oauth/access_token`): a corporate proxy, a firewall, or a GitHub Enterprise Server certificate Node does not trust. The token request is made by the backend, not the browser.",
        fix: 'Let the backend reach GitHub; for an internal certificate authority start Node with `NODE_EXTRA_CA_CERTS` pointing at the CA bundle.',
      },
      {
        cause: "The user's primary email on GitHub is not verified (`unverified_user_email`).",
        fix: 'The user verifies the primary email address on GitHub and signs in again.',
      },
    ],
    preventedBy: [
      { step: 4, anchor: '3-configure-the-provider' },
      { step: 10, anchor: '4-keep-secrets-out-of-git' },
    ],
    appliesTo: 'all releases',
    sources: [
      bb('issue', 9087),
      bb('issue', 8543),
      bb('issue', 18335),
      {
        kind: 'docs',
        url: 'https://docs.github.com/en/apps/oauth-apps/maintaining-oauth-apps/troubleshooting-oauth-app-access-token-request-errors',
        title: 'Troubleshooting OAuth app access token request errors',
      },
      authNode(PASSPORT_HELPERS),
    ],
    related: ['failed-to-fetch-user-profile', 'auth-provider-misconfigured'],
  },
  {
    id: 'failed-to-fetch-user-profile',
    title: 'Failed to fetch user profile',
    kind: 'message',
    messages: [
      {
        pattern: 'Authentication failed, Failed to fetch user profile',
        examples: ['Authentication failed, Failed to fetch user profile'],
        printedBy: authNode(PASSPORT_HELPERS),
      },
      {
        pattern: 'Refresh failed; caused by Error: unable to get local issuer certificate',
        examples: ['Refresh failed; caused by Error: unable to get local issuer certificate'],
        printedBy: authNode(ROUTE_HANDLERS),
      },
    ],
    where:
      "Sign-in page, or the response of `/api/auth/github/refresh` in the browser's network tab",
    area: 'sign-in',
    causes: [
      {
        cause:
          "After getting a token, the backend reads the user from GitHub's API (`https://api.github.com/user`, or `<enterpriseInstanceUrl>/api/v3/user`) and that request failed. Behind a TLS-inspecting proxy or with a GitHub Enterprise Server certificate from an internal CA, Node rejects the certificate (`unable to get local issuer certificate`).",
        fix: 'Start the backend with `NODE_EXTRA_CA_CERTS=/path/to/ca-bundle.pem` so Node trusts the internal CA. Do not switch TLS verification off.',
      },
      {
        cause:
          "`enterpriseInstanceUrl` is wrong for a GitHub Enterprise Server: the provider builds `<enterpriseInstanceUrl>/login/oauth/authorize`, `/login/oauth/access_token` and `/api/v3/user` from it, so it must be the server's web root (`https://ghe.example.net`), without `/api/v3` and without a trailing path.",
        fix: 'Set `enterpriseInstanceUrl: https://ghe.example.net` under `auth.providers.github.<environment>`, and register the OAuth App on that server, not on github.com.',
      },
    ],
    preventedBy: [{ step: 10, anchor: 'github-enterprise-server' }],
    appliesTo: 'all releases',
    sources: [
      bb('issue', 8543, 'a 2025 comment shows the refresh failing on an untrusted certificate'),
      githubProvider('dist/authenticator.cjs.js'),
      authNode(PASSPORT_HELPERS),
    ],
    related: ['failed-to-obtain-access-token'],
  },
  {
    id: 'refresh-missing-session-cookie',
    title: 'Refresh failed: Missing session cookie',
    kind: 'message',
    messages: [
      {
        pattern: 'Refresh failed; caused by InputError: Missing session cookie',
        examples: ['Refresh failed; caused by InputError: Missing session cookie'],
        printedBy: authNode(ROUTE_HANDLERS),
      },
    ],
    symptoms: [
      'every page load shows a 401 from /api/auth/github/refresh',
      'I am signed out every time I reload the page',
    ],
    where:
      'Browser console and network tab (`/api/auth/github/refresh?optional…` answers 401), backend log',
    area: 'sign-in',
    causes: [
      {
        cause:
          'Nobody has signed in with GitHub in this browser yet. On every page load the app asks `/refresh?optional` whether a session exists; without a session cookie the answer is this 401, which is expected and harmless.',
        fix: 'Nothing to fix if signing in then works. Look further only when you are signed out after every reload.',
      },
      {
        cause:
          'The session cookie is set but never sent back. It is scoped to the host and path of the callback URL (`/api/auth/github`) and is `Secure` when that URL is `https`; when the app and the callback have different host names it is also `SameSite=None`, a third-party cookie that many browsers now drop.',
        fix: 'Serve frontend and backend from the same site (ideally the same origin, with the backend serving the app), over `https`, and keep `backend.baseUrl` equal to what the browser uses.',
      },
      {
        cause:
          'A `sessionDuration` shorter than expected, or the refresh cookie was cleared by signing out.',
        fix: 'Raise `auth.providers.github.<environment>.sessionDuration` if sessions end too soon.',
      },
    ],
    preventedBy: [{ step: 10, anchor: '2-set-the-public-urls-and-the-cors-origin' }],
    appliesTo: 'all releases',
    sources: [
      bb('issue', 28355, 'works on localhost, fails in a Kubernetes deployment'),
      bb('issue', 25613, 'the 401 shows up next to an unrelated sign-in error'),
      bb('issue', 18335),
      bb('issue', 14262),
      authNode('dist/oauth/OAuthCookieManager.cjs.js'),
    ],
    related: ['cookie-nonce-missing', 'unable-to-resolve-user-identity'],
  },
  {
    id: 'refresh-scope-not-granted',
    title: 'Refresh failed: session has not been granted the requested scope',
    kind: 'message',
    messages: [
      {
        pattern:
          'Refresh failed; caused by Error: Refresh failed, session has not been granted the requested scope',
        examples: [
          'Refresh failed; caused by Error: Refresh failed, session has not been granted the requested scope',
        ],
        printedBy: githubProvider('dist/authenticator.cjs.js'),
      },
    ],
    symptoms: [
      'a plugin keeps asking me to sign in to GitHub again',
      'a popup asks for repo access when a template loads',
    ],
    where:
      'Browser network tab (`/api/auth/github/refresh?optional&scope=…` answers 401), then a sign-in prompt',
    area: 'sign-in',
    causes: [
      {
        cause:
          "A frontend feature asked for more GitHub scopes than the session holds, for example `repo` for a template that publishes with the user's token, or `workflow`. An OAuth App token that does not expire cannot be widened by a refresh, so Backstage refuses and the app opens a consent popup.",
        fix: 'Approve the popup once; the new scopes are stored with the session. To ask for them at sign-in instead, list them in `auth.providers.github.<environment>.additionalScopes`.',
      },
      {
        cause: 'The consent popup is blocked or dismissed, so the scopes are never granted.',
        fix: 'Allow popups for Backstage and approve the requested scopes.',
      },
    ],
    preventedBy: [{ step: 8, anchor: '4-optional-act-with-the-users-own-token' }],
    appliesTo:
      'all current releases (the GitHub authenticator keeps granted scopes on refresh since PR 20364)',
    sources: [
      bb('pull', 20364, 'GitHub auth kept the existing scopes on refresh from this fix on'),
      bb('issue', 18170, 'a refresh asking for scope=repo answers 401'),
      githubProvider('dist/authenticator.cjs.js'),
    ],
    related: ['github-app-sign-in-scopes'],
  },
  {
    id: 'multiple-user-matches',
    title: 'The sign-in resolver found more than one User',
    kind: 'message',
    messages: [
      {
        pattern: 'User lookup resulted in multiple exact matches',
        examples: ['User lookup resulted in multiple exact matches'],
        printedBy: githubProvider('dist/resolvers.cjs.js'),
      },
      {
        pattern: 'User lookup resulted in multiple matches',
        examples: ['User lookup resulted in multiple matches'],
        printedBy: authBackend('dist/lib/resolvers/CatalogAuthResolverContext.cjs.js'),
      },
    ],
    symptoms: ['sign-in fails for one person only, after a second org import was added'],
    where: 'Sign-in page',
    area: 'sign-in',
    causes: [
      {
        cause:
          '`userIdMatchingUserEntityAnnotation` found two User entities with the same `github.com/user-id` annotation. This happens when the same person is imported twice under different names or namespaces: by two org providers, or by the org import plus a hand-written User entity that copies the annotation.',
        fix: 'Keep one User entity per GitHub account: import each organization once, remove the duplicate `catalog-info.yaml` User, or drop the annotation from the copy you keep by hand. Then refresh the catalog.',
      },
      {
        cause:
          "`emailMatchingUserEntityProfileEmail` found several Users whose `spec.profile.email` is the person's GitHub email (shared mailboxes, service accounts, duplicates across namespaces).",
        fix: 'Give each User a unique email, or switch to `userIdMatchingUserEntityAnnotation`, which matches the GitHub account ID.',
      },
    ],
    preventedBy: [
      { step: 7, anchor: 'which-namespace-users-and-groups-land-in' },
      { step: 4, anchor: '5-choose-a-sign-in-resolver' },
    ],
    appliesTo:
      'github-provider 0.4.0 and later (the user ID resolver); the email variant in all releases',
    sources: [
      bb('pull', 35618, 'exact, case-sensitive matching of the GitHub user ID'),
      bb('issue', 31925, 'why the user ID resolver exists'),
      githubProvider('dist/resolvers.cjs.js'),
      authBackend('dist/lib/resolvers/CatalogAuthResolverContext.cjs.js'),
    ],
    related: ['unable-to-resolve-user-identity', 'github-user-id-mismatch'],
  },
  {
    id: 'github-user-id-mismatch',
    title: 'GitHub user ID does not match the catalog user',
    kind: 'message',
    messages: [
      {
        pattern: 'GitHub user ID does not match the catalog user',
        examples: ['GitHub user ID does not match the catalog user'],
        printedBy: githubProvider('dist/resolvers.cjs.js'),
      },
    ],
    where: 'Sign-in page',
    area: 'sign-in',
    causes: [
      {
        cause:
          "The catalog search by `github.com/user-id` ignores letter case, but GitHub node IDs are case-sensitive. A User entity whose annotation differs from the person's node ID only in case (typed by hand, or lower-cased by a script) is found but rejected.",
        fix: 'Copy the node ID exactly (`gh api users/<login> --jq .node_id`), or let the org import set the annotation.',
      },
    ],
    preventedBy: [{ step: 4, anchor: '6-create-your-user-entity' }],
    appliesTo: 'github-provider 0.5.7 and later (exact matching of the user ID)',
    sources: [
      bb('pull', 35618, 'introduced the exact-match check and this message'),
      githubProvider('dist/resolvers.cjs.js'),
    ],
    related: ['multiple-user-matches', 'unable-to-resolve-user-identity'],
  },
  {
    id: 'guest-provider-in-production',
    title: 'The guest provider in production',
    kind: 'message',
    messages: [
      {
        pattern:
          "The guest provider cannot be used outside of a development environment unless 'auth.providers.guest.dangerouslyAllowOutsideDevelopment' is enabled",
        examples: [
          "The guest provider cannot be used outside of a development environment unless 'auth.providers.guest.dangerouslyAllowOutsideDevelopment' is enabled",
        ],
        printedBy: guestProvider('dist/authenticator.cjs.js'),
        versions: 'guest-provider 0.2.0 and later: sign-in is refused, the backend starts',
      },
      {
        pattern: 'The guest provider cannot be used outside of a development environment',
        examples: ['The guest provider cannot be used outside of a development environment'],
        printedBy: guestProvider('dist/authenticator.cjs.js'),
        versions:
          'guest-provider 0.1.4 to 0.1.10 (the 0.1.10 tarball checked): thrown while the provider starts, so production backends failed to start',
      },
      {
        pattern: "Missing required config value at 'auth.providers.guest' in '{file}'",
        examples: ["Missing required config value at 'auth.providers.guest' in 'app-config.yaml'"],
        printedBy: {
          kind: 'package',
          package: '@backstage/config',
          version: '1.3.11',
          file: 'dist/reader.cjs.js',
        },
      },
    ],
    symptoms: [
      'Enter as guest works locally but not in the Docker image',
      'every API call answers 401 after deploying',
    ],
    where: 'Sign-in page (guest button), or backend start-up',
    area: 'sign-in',
    causes: [
      {
        cause:
          'The backend runs with `NODE_ENV=production` (the create-app Dockerfile sets it) and the sign-in page still offers the guest provider. Outside `NODE_ENV=development` the guest provider refuses unless `dangerouslyAllowOutsideDevelopment: true` is set.',
        fix: 'Sign in with GitHub in production: remove the guest provider from the sign-in page and the `plugin-auth-backend-module-guest-provider` line from `packages/backend/src/index.ts`. Only set `dangerouslyAllowOutsideDevelopment` for a demo that sits behind another login.',
      },
      {
        cause:
          'The production config removes the guest provider (`auth.providers.guest: null` or no `guest` key) while `packages/backend/src/index.ts` still adds the guest module, which reads `auth.providers.guest` when the backend starts.',
        fix: 'Remove the guest module from the backend when you remove its config, or keep `guest: {}`.',
      },
    ],
    preventedBy: [{ step: 10, anchor: '3-configure-github-sign-in-for-production' }],
    appliesTo: 'guest-provider 0.1.4 and later',
    sources: [
      {
        kind: 'pull',
        repo: 'devantler-tech/platform',
        number: 2267,
        note: 'quotes the 403 from /api/auth/guest/refresh in a production image',
      },
      bb('pull', 28652, 'documents the guest provider options'),
      guestProvider('dist/authenticator.cjs.js'),
      guestProvider('CHANGELOG.md'),
      guestProvider('dist/resolvers.cjs.js'),
    ],
    related: ['no-auth-provider-registered', 'sign-in-not-configured'],
  },
  {
    id: 'dangerously-allow-sign-in-without-user',
    title: 'Signed in without a User entity: odd name, no ownership',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'I am signed in but own nothing and my groups are missing',
      'my Backstage user is a strange string instead of my GitHub login',
      'the profile card says the user entity was not found',
    ],
    where: 'Settings page, catalog ownership filters, permission checks',
    area: 'sign-in',
    causes: [
      {
        cause:
          '`dangerouslyAllowSignInWithoutUserInCatalog: true` is set on the resolver and the person has no User entity. Backstage then issues an identity with no groups. With `userIdMatchingUserEntityAnnotation` the identity is built from the GitHub node ID, so the person becomes `user:default/<node id, lower-cased>`, not their login; with `usernameMatchingUserEntityName` it is `user:default/<login>`.',
        fix: 'Import users and teams (step 7) so every person has a User entity, then remove the option. Keep it only for a trial, never where permissions matter.',
      },
    ],
    preventedBy: [
      { step: 7, anchor: '5-connect-imported-users-to-sign-in' },
      { step: 4, anchor: '5-choose-a-sign-in-resolver' },
    ],
    appliesTo: 'plugin-auth-node 0.6.3 and later, where the option was introduced',
    sources: [
      bb('pull', 28967, 'introduced the option'),
      {
        kind: 'pull',
        repo: 'redhat-developer/rhdh',
        number: 1468,
        note: 'enabled temporarily because GitHub users were missing from the catalog',
      },
      githubProvider('dist/resolvers.cjs.js'),
    ],
    related: ['unable-to-resolve-user-identity'],
  },
  {
    id: 'github-app-sign-in-scopes',
    title: 'Signing in with a GitHub App ignores scopes',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'additionalScopes has no effect when signing in with our GitHub App',
      'the user token from sign-in cannot create repositories although repo scope is requested',
      'the user token only sees some repositories',
    ],
    where: "Templates or plugins that use the signed-in user's GitHub token",
    area: 'sign-in',
    causes: [
      {
        cause:
          "A GitHub App's user access token has no scopes: it carries the permissions that both the App and the user have, on the repositories the App is installed on and the user can reach. The `scope` parameter (and so `additionalScopes`) does nothing.",
        fix: 'Give the App the repository and organization permissions the feature needs, install it where the repositories live, and have the user accept any new permissions. Use an OAuth App for sign-in if you need classic scopes.',
      },
    ],
    preventedBy: [{ step: 4, anchor: '1-register-an-app-for-the-login-on-github' }],
    appliesTo: 'all releases',
    sources: [
      bb(
        'issue',
        6710,
        'a maintainer notes that GitHub App permissions work differently from scopes',
      ),
      GITHUB_APP_USER_TOKEN_DOCS,
    ],
    related: ['refresh-scope-not-granted', 'github-app-user-token-expiry'],
  },
];
