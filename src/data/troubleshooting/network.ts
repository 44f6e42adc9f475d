import type { Source, TroubleshootingEntry } from './types';

/*
 * GitHub Enterprise Server behind proxies and internal certificate
 * authorities. Node.js prints the TLS messages; which client prints them how
 * depends on the library: undici's fetch hides the reason in `cause`
 * ("fetch failed"), node-fetch writes "request to <url> failed, reason: …",
 * and @octokit/request 8.1.4 and later print the cause's message itself.
 * Backstage 1.55 runs on Node.js 22 or 24.
 */

const nodeCliDocs: Source = {
  kind: 'docs',
  url: 'https://nodejs.org/api/cli.html#node_extra_ca_certsfile',
  title: 'Node.js docs: NODE_EXTRA_CA_CERTS',
};
const nodeEnterpriseDocs: Source = {
  kind: 'docs',
  url: 'https://nodejs.org/en/learn/http/enterprise-network-configuration',
  title: 'Node.js: Enterprise network configuration (proxies and certificate authorities)',
};
const proxyTutorial: Source = {
  kind: 'docs',
  url: 'https://backstage.io/docs/tutorials/corporate-proxy',
  title: 'Backstage docs: Running Backstage behind a corporate proxy',
};
const nodeFetch: Source = {
  kind: 'package',
  package: 'node-fetch',
  version: '2.7.0',
  file: 'lib/index.js (FetchError)',
};
const urlReader: Source = {
  kind: 'package',
  package: '@backstage/backend-defaults',
  version: '0.19.0',
  file: 'dist/entrypoints/urlReader/lib/GithubUrlReader.cjs.js',
};

/** Troubleshooting entries of the `network` area (see `types.ts`). */
export const networkEntries: readonly TroubleshootingEntry[] = [
  {
    id: 'fetch-failed',
    title: 'fetch failed',
    kind: 'message',
    messages: [
      {
        pattern: 'fetch failed',
        examples: ['fetch failed'],
        printedBy: {
          kind: 'node',
          surface:
            'undici (Node.js fetch): TypeError whose cause holds the real error; printed as is by @octokit/request before 8.1.4 and by @octokit/request 6',
        },
        versions:
          'Template steps on @octokit/request before 8.1.4 (later versions print the cause instead); GitHub App token requests of @backstage/integration 2.2.0, which go through @octokit/request 6',
      },
    ],
    where: 'Template run log (`HttpError: fetch failed`), backend log',
    area: 'network',
    causes: [
      {
        cause:
          'The message hides the real error: Node’s `fetch` throws `TypeError: fetch failed` and keeps the reason (a certificate error, a DNS failure, a refused or timed-out connection) in `error.cause`, which many log lines do not print.',
        fix: 'Ask Node for the cause from the machine or container that runs the backend: `node -e "fetch(process.argv[1]).then(r => console.log(r.status), e => console.log(e.cause))" https://ghe.example.net/api/v3/meta`. Then follow the entry for that cause, such as [unable to get local issuer certificate](/troubleshooting#unable-to-get-local-issuer-certificate).',
      },
      {
        cause:
          'The GitHub Enterprise Server certificate is issued by an internal certificate authority that Node does not trust (Node uses its own list of root certificates, not the operating system’s).',
        fix: 'Start the backend with `NODE_EXTRA_CA_CERTS=/path/to/internal-root-ca.pem`; see [unable to get local issuer certificate](/troubleshooting#unable-to-get-local-issuer-certificate).',
      },
      {
        cause:
          'The backend needs a proxy to reach the server, and Node’s `fetch` ignores `HTTPS_PROXY` unless told otherwise.',
        fix: 'See [proxy settings ignored](/troubleshooting#proxy-environment-ignored).',
      },
      {
        cause:
          'It works on your machine but not in the container: the image cannot resolve the server’s name or lacks the certificates your machine has.',
        fix: 'Run the command above inside the container; add the CA file and DNS settings to the image or the deployment.',
      },
    ],
    preventedBy: [{ step: 10, anchor: 'github-enterprise-server' }],
    appliesTo: 'Backstage on Node.js 18 and later (Node’s built-in fetch)',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 22206,
        note: 'HttpError: fetch failed at the publish step against GitHub Enterprise',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 26686,
        note: 'HttpError fetch failed for GitHub Enterprise discovery after the Docker build guide',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 15940,
        note: 'a maintainer: Octokit now uses the native fetch, which the global-agent proxy setup does not cover',
      },
      {
        kind: 'package',
        package: '@octokit/request',
        version: '8.4.1',
        file: 'dist-node/index.js',
      },
      nodeEnterpriseDocs,
    ],
    related: [
      'unable-to-get-local-issuer-certificate',
      'self-signed-certificate-in-chain',
      'proxy-environment-ignored',
    ],
  },
  {
    id: 'unable-to-get-local-issuer-certificate',
    title: 'unable to get local issuer certificate',
    kind: 'message',
    messages: [
      {
        pattern: 'unable to get local issuer certificate',
        examples: ['unable to get local issuer certificate'],
        printedBy: {
          kind: 'node',
          surface:
            'TLS handshake (code UNABLE_TO_GET_ISSUER_CERT_LOCALLY), printed by @octokit/request 8.1.4 and later',
        },
      },
      {
        pattern: 'request to {url} failed, reason: unable to get local issuer certificate',
        examples: [
          'request to https://ghe.example.net/api/v3/repos/acme/payments/contents/catalog-info.yaml?ref=main failed, reason: unable to get local issuer certificate',
        ],
        printedBy: nodeFetch,
        versions: 'node-fetch, used by the GitHub URL reader of @backstage/backend-defaults 0.19.0',
      },
    ],
    where: 'Backend log (catalog, org import), template run log, sign-in against GitHub Enterprise',
    area: 'network',
    causes: [
      {
        cause:
          'The server sends its certificate and intermediates, but the root is an internal certificate authority that Node does not know. Node trusts its bundled root list, not the operating system’s store, so `curl` may work on the same machine while Backstage fails.',
        fix: 'Put the root (and intermediate) certificates in a PEM file and start the backend with `NODE_EXTRA_CA_CERTS=/etc/ssl/internal-root-ca.pem` in its environment (the Dockerfile or the deployment, not `app-config.yaml`; Node reads it at start-up). It covers Node’s fetch and node-fetch alike. Recent Node releases also accept `NODE_USE_SYSTEM_CA=1` to use the operating system’s store.',
      },
      {
        cause:
          'A TLS-inspecting proxy (for example Zscaler) re-signs traffic to github.com with its own root.',
        fix: 'Add that proxy’s root certificate to `NODE_EXTRA_CA_CERTS` the same way.',
      },
      {
        cause: 'Someone set `NODE_TLS_REJECT_UNAUTHORIZED=0` to make it go away.',
        fix: 'Remove it: it turns off certificate checks for every connection the backend makes. Trust the one certificate authority instead.',
      },
    ],
    preventedBy: [{ step: 10, anchor: 'github-enterprise-server' }],
    appliesTo: 'all releases (a Node.js rule)',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 21813,
        note: 'unable to get local issuer certificate from Backstage’s own fetch calls',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 8543,
        note: 'GitHub sign-in refresh fails with UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 6240,
        note: 'the same error for an internal CA, and NODE_EXTRA_CA_CERTS',
      },
      nodeCliDocs,
      nodeEnterpriseDocs,
    ],
    related: [
      'fetch-failed',
      'self-signed-certificate-in-chain',
      'unable-to-verify-first-certificate',
    ],
  },
  {
    id: 'self-signed-certificate-in-chain',
    title: 'self-signed certificate in certificate chain',
    kind: 'message',
    messages: [
      {
        pattern: 'self-signed certificate in certificate chain',
        examples: ['self-signed certificate in certificate chain'],
        printedBy: {
          kind: 'node',
          surface: 'TLS handshake (code SELF_SIGNED_CERT_IN_CHAIN)',
        },
        versions: 'Node.js 17 and later (OpenSSL 3), so every current Backstage',
      },
      {
        pattern: 'self signed certificate in certificate chain',
        examples: ['self signed certificate in certificate chain'],
        printedBy: { kind: 'node', surface: 'TLS handshake (code SELF_SIGNED_CERT_IN_CHAIN)' },
        versions: 'Node.js 16 and earlier (OpenSSL 1.1)',
      },
      {
        pattern: 'self-signed certificate',
        examples: ['self-signed certificate'],
        printedBy: { kind: 'node', surface: 'TLS handshake (code DEPTH_ZERO_SELF_SIGNED_CERT)' },
        versions: 'The server certificate itself is self-signed; Node.js 17 and later',
      },
    ],
    where: 'Backend log, template run log (GitHub Enterprise Server, TLS-inspecting proxies)',
    area: 'network',
    causes: [
      {
        cause:
          'The server sends a chain that ends in its own self-signed root, an internal certificate authority that Node does not trust.',
        fix: 'Give Node that root: `NODE_EXTRA_CA_CERTS=/path/to/internal-root-ca.pem` in the backend’s environment. Adding the root to the chain the **server** sends does not help; the client must trust it.',
      },
      {
        cause: 'The server certificate itself is self-signed (the short message).',
        fix: 'Add that certificate to `NODE_EXTRA_CA_CERTS`, or better, have the server use a certificate from your internal certificate authority and trust that one.',
      },
    ],
    preventedBy: [{ step: 10, anchor: 'github-enterprise-server' }],
    appliesTo: 'all releases (a Node.js rule; hyphenated wording from Node.js 17)',
    sources: [
      {
        kind: 'issue',
        repo: 'cnoe-io/idpbuilder',
        number: 127,
        note: 'Backstage creating a repository on a server with an internal CA: self-signed certificate in certificate chain',
      },
      {
        kind: 'issue',
        repo: 'actions/checkout',
        number: 362,
        note: 'the older wording without the hyphen, against GitHub Enterprise Server',
      },
      nodeCliDocs,
    ],
    related: ['unable-to-get-local-issuer-certificate', 'fetch-failed'],
  },
  {
    id: 'unable-to-verify-first-certificate',
    title: 'unable to verify the first certificate',
    kind: 'message',
    messages: [
      {
        pattern: 'unable to verify the first certificate',
        examples: ['unable to verify the first certificate'],
        printedBy: {
          kind: 'node',
          surface: 'TLS handshake (code UNABLE_TO_VERIFY_LEAF_SIGNATURE)',
        },
      },
      {
        pattern: 'request to {url} failed, reason: unable to verify the first certificate',
        examples: [
          'request to https://ghe.example.net/api/v3/repos/acme/payments/contents/mkdocs.yml?ref=main failed, reason: unable to verify the first certificate',
        ],
        printedBy: nodeFetch,
        versions: 'node-fetch, used by the GitHub URL reader of @backstage/backend-defaults 0.19.0',
      },
    ],
    where: 'Backend log (catalog, TechDocs), template run log',
    area: 'network',
    causes: [
      {
        cause:
          'The server sends only its own certificate, without the intermediate that signed it. Browsers often fetch the missing intermediate themselves; Node does not.',
        fix: 'Have the server send the full chain (a GitHub Enterprise Server administrator uploads the certificate together with its intermediates), or add the intermediate and root to `NODE_EXTRA_CA_CERTS`.',
      },
      {
        cause: 'The certificate is signed directly by an internal root that Node does not trust.',
        fix: 'Add that root to `NODE_EXTRA_CA_CERTS`.',
      },
    ],
    preventedBy: [{ step: 10, anchor: 'github-enterprise-server' }],
    appliesTo: 'all releases (a Node.js rule)',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 13962,
        note: 'TechDocs: request to … failed, reason: unable to verify the first certificate',
      },
      {
        kind: 'issue',
        repo: 'release-drafter/release-drafter',
        number: 875,
        note: 'a GitHub Enterprise Server with a corporate certificate chain; NODE_EXTRA_CA_CERTS',
      },
      nodeCliDocs,
    ],
    related: ['unable-to-get-local-issuer-certificate'],
  },
  {
    id: 'proxy-environment-ignored',
    title: 'HTTPS_PROXY is set, but the backend still connects directly',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'HTTPS_PROXY is set but Backstage ignores it',
      'works with curl but not from the Backstage backend',
      'some GitHub calls work behind the proxy, others time out',
      'JWKS check fetch failed after configuring a proxy',
      'connect ETIMEDOUT to api.github.com behind a corporate proxy',
    ],
    where: 'Backend log (timeouts, `fetch failed`), template run log',
    area: 'network',
    causes: [
      {
        cause:
          'Node.js does not read `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY` by default, unlike `curl` and Git.',
        fix: 'On Node.js 22.21.0 or 24.5.0 and later, also set `NODE_USE_ENV_PROXY=1`: Node’s fetch, `node:http` and `node:https` then use the proxy variables, and so does node-fetch, which sits on top of them. This is what the Backstage proxy guide now recommends.',
      },
      {
        cause:
          'On older Node releases, or with the older recipe, only half of the clients use the proxy: `global-agent` (`GLOBAL_AGENT_HTTP_PROXY`) covers `node:http` and node-fetch, but not Node’s built-in fetch, which Octokit uses for the catalog and template GitHub calls; that one needs undici’s `setGlobalDispatcher` with a proxy agent in `packages/backend/src/index.ts`.',
        fix: 'Follow the Backstage corporate proxy guide for both parts, or upgrade Node and use `NODE_USE_ENV_PROXY`.',
      },
      {
        cause:
          'Calls to the backend itself (`localhost`) now go through the proxy too and fail, for example the plugin-to-plugin token check (`Unexpected failure for target JWKS check fetch failed`).',
        fix: 'List the local names in `NO_PROXY` (`localhost,127.0.0.1`, and your internal domains such as the GitHub Enterprise Server host if it is reached directly), or `GLOBAL_AGENT_NO_PROXY` with global-agent.',
      },
    ],
    preventedBy: [{ step: 10, anchor: 'github-enterprise-server' }],
    appliesTo: 'all releases; NODE_USE_ENV_PROXY needs Node.js 22.21.0+ or 24.5.0+',
    sources: [
      {
        kind: 'pull',
        repo: 'backstage/backstage',
        number: 33006,
        note: 'the docs recommend Node’s built-in proxy support (NODE_USE_ENV_PROXY)',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 15940,
        note: 'GitHub discovery behind a corporate proxy: native fetch is not covered by global-agent',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 24841,
        note: 'JWKS check fails behind a proxy until localhost is in GLOBAL_AGENT_NO_PROXY',
      },
      {
        kind: 'pull',
        repo: 'backstage/backstage',
        number: 24877,
        note: 'the fetch failed error of the JWKS check behind a proxy',
      },
      proxyTutorial,
      nodeEnterpriseDocs,
    ],
    related: ['fetch-failed', 'git-push-connection-reset'],
  },
  {
    id: 'ghes-api-url-returns-html',
    title: 'GitHub Enterprise Server apiBaseUrl without /api/v3: HTML instead of JSON',
    kind: 'message',
    messages: [
      {
        pattern: "Cannot read properties of undefined (reading 'repositoryOwner')",
        examples: ["Cannot read properties of undefined (reading 'repositoryOwner')"],
        printedBy: {
          kind: 'package',
          package: '@backstage/plugin-catalog-backend-module-github',
          version: '0.14.0',
          file: 'dist/lib/github.cjs.js',
        },
        versions:
          'Discovery (`github-provider:<id> refresh failed, TypeError: …`) when the GraphQL URL answers with an HTML page',
      },
      {
        pattern: "Cannot read properties of undefined (reading 'organization')",
        examples: ["Cannot read properties of undefined (reading 'organization')"],
        printedBy: {
          kind: 'package',
          package: '@backstage/plugin-catalog-backend-module-github',
          version: '0.14.0',
          file: 'dist/lib/github.cjs.js',
        },
        versions: 'The org import, same cause',
      },
      {
        pattern:
          'invalid json response body at {url} reason: Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON',
        examples: [
          'invalid json response body at https://ghe.example.net/login?return_to=%2Frepos%2Facme%2Fpayments%2Fcommits%2Fmain%2Fstatus%3Fper_page%3D0 reason: Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON',
        ],
        printedBy: nodeFetch,
        versions: 'The URL reader’s JSON requests (node-fetch) on Node.js 20 and later',
      },
      {
        pattern:
          'invalid json response body at {url} reason: Unexpected token < in JSON at position 0',
        examples: [
          'invalid json response body at https://ghe.example.net/login reason: Unexpected token < in JSON at position 0',
        ],
        printedBy: nodeFetch,
        versions: 'The same on Node.js 18 and earlier',
      },
    ],
    where: 'Backend log (discovery, org import, catalog reads of folders and wildcards)',
    area: 'network',
    causes: [
      {
        cause:
          '`apiBaseUrl` is the server’s web address (`https://ghe.example.net`) instead of its API (`https://ghe.example.net/api/v3`). Requests reach the web interface, which answers with HTML: a sign-in page after a redirect (then the JSON parsing fails as above) or a 404 page (then the error message is the HTML itself). GraphQL is derived from the same value: `…/api/v3` becomes `…/api/graphql`.',
        fix: 'Set `apiBaseUrl: https://ghe.example.net/api/v3`. Check it with `curl -s https://ghe.example.net/api/v3/meta`, which answers JSON. For GitHub Enterprise Cloud with data residency the API is `https://api.<subdomain>.ghe.com`.',
      },
      {
        cause:
          'A gateway or single sign-on proxy in front of the server answers unauthenticated or unknown requests with its login page.',
        fix: 'Let API requests with a token through to the server, or point `apiBaseUrl` at an address that bypasses the gateway.',
      },
    ],
    preventedBy: [{ step: 10, anchor: 'github-enterprise-server' }],
    appliesTo: 'all releases with a GitHub Enterprise Server integration',
    sources: [
      {
        kind: 'issue',
        repo: 'PyGithub/PyGithub',
        number: 769,
        note: 'without /api/v3 the server answers a redirect to an HTML page',
      },
      {
        kind: 'issue',
        repo: 'hub4j/github-api',
        number: 1032,
        note: 'GitHub Enterprise Server returns HTML until /api/v3 is added',
      },
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 9072,
        note: 'Backstage’s reader: invalid json response body … Unexpected token < in JSON at position 0 (a sign-in page)',
      },
      {
        kind: 'package',
        package: '@octokit/graphql',
        version: '7.1.1',
        file: 'dist-node/index.js',
      },
      urlReader,
    ],
    related: ['explicit-apibaseurl', 'no-integration-matches'],
  },
  {
    id: 'git-push-connection-reset',
    title: 'Git push reset by a proxy: ECONNRESET',
    kind: 'message',
    messages: [
      {
        pattern:
          'Git push failed with {code}, retrying via GitHub API. This can happen when a network proxy blocks the binary payload in the git smart HTTP protocol.',
        examples: [
          'Git push failed with ECONNRESET, retrying via GitHub API. This can happen when a network proxy blocks the binary payload in the git smart HTTP protocol.',
        ],
        printedBy: {
          kind: 'package',
          package: '@backstage/plugin-scaffolder-backend-module-github',
          version: '0.10.4',
          file: 'dist/actions/helpers.cjs.js',
        },
        versions:
          'plugin-scaffolder-backend-module-github 0.9.10 and later (a warning; the push continues through the API)',
      },
      {
        pattern:
          'GraphQL API fallback payload too large ({rawMb} MB raw, ~{encodedMb} MB encoded). Consider reducing template size or resolving the network issue preventing git push.',
        examples: [
          'GraphQL API fallback payload too large (31.2 MB raw, ~41.6 MB encoded). Consider reducing template size or resolving the network issue preventing git push.',
        ],
        printedBy: {
          kind: 'package',
          package: '@backstage/plugin-scaffolder-backend-module-github',
          version: '0.10.4',
          file: 'dist/actions/helpers.cjs.js',
        },
      },
      {
        pattern: 'read ECONNRESET',
        examples: ['read ECONNRESET'],
        printedBy: {
          kind: 'node',
          surface: 'socket error during the Git push (isomorphic-git over node:https)',
        },
        versions: 'The failure itself; before module 0.9.10 the step ends here',
      },
    ],
    where: 'Template run log (publish:github, github:repo:push)',
    area: 'network',
    causes: [
      {
        cause:
          'A proxy that inspects TLS traffic drops the Git push: it is a POST of binary pack data to `/git-receive-pack`, which such proxies cannot parse, while the JSON API calls before it pass. The repository is created, then the push fails.',
        fix: 'Upgrade the GitHub scaffolder module to 0.9.10 or later: on `ECONNRESET` or `ECONNREFUSED` it retries the push as one commit through GitHub’s GraphQL API (up to about 30 MB). Better, ask for the Git endpoints of your GitHub host to be exempt from inspection.',
      },
      {
        cause: 'The fallback refuses templates whose files exceed the GraphQL payload limit.',
        fix: 'Make the skeleton smaller (no binaries or generated files) or fix the proxy exemption.',
      },
    ],
    preventedBy: [{ step: 8, anchor: 'check-that-it-works' }],
    appliesTo: 'API fallback since plugin-scaffolder-backend-module-github 0.9.10',
    sources: [
      {
        kind: 'issue',
        repo: 'backstage/backstage',
        number: 34074,
        note: 'publish:github fails with ECONNRESET behind proxies with deep packet inspection',
      },
      {
        kind: 'pull',
        repo: 'backstage/backstage',
        number: 34036,
        note: 'adds the GraphQL fallback',
      },
    ],
    related: ['proxy-environment-ignored', 'repository-not-found-after-creation'],
  },
];
