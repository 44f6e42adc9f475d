/**
 * A fake GitHub on 127.0.0.1 (random port) that answers the REST, GraphQL and
 * OAuth calls the Backstage GitHub modules really make, and records every
 * request with its `Authorization` header.
 *
 * Calls answered (found in the packages' `dist/`, versions as in `package.json`):
 * - `GET /api/v3/app/installations`, `POST /api/v3/app/installations/{id}/access_tokens`
 *   (JWT signed with the App's private key), `GET /api/v3/installation/repositories`
 *   (installation token): `@backstage/integration` `SingleInstanceGithubCredentialsProvider`.
 * - `POST /api/graphql` (and `/api/v3/graphql`): the `repositories`, `users`, `teams`,
 *   `members` and `orgs` queries of `@backstage/plugin-catalog-backend-module-github`
 *   `dist/lib/github.cjs.js`.
 * - `GET /api/v3/repos/{owner}/{repo}/contents/{path}?ref=` and `GET /raw/{owner}/{repo}/{ref}/{path}`:
 *   `@backstage/backend-defaults` `GithubUrlReader` (`getGithubFileFetchUrl`).
 * - `POST /login/oauth/access_token` and `GET /api/v3/user`: passport-github2 through
 *   `@backstage/plugin-auth-backend-module-github-provider` with `enterpriseInstanceUrl`.
 * - `GET /api/v3/users/{login}` and `POST /api/v3/orgs/{org}/repos`: the `github:repo:create`
 *   action of `@backstage/plugin-scaffolder-backend-module-github` (`dist/actions/helpers.cjs.js`).
 *
 * Access rules are GitHub's: a private repository answers 404 (not 403) to a caller
 * that may not see it; GraphQL needs a credential ("This endpoint requires you to be
 * authenticated."); an installation token sees only its own owner (and, with
 * "selected repositories", only those).
 *
 * Bounded: after {@link FakeGithub.maxRequests} requests since the last
 * {@link FakeGithub.reset} it answers 503 and counts the overflow.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  ORGANIZATIONS,
  USERS,
  fakeOrganization,
  type FakeOrganization,
  type FakeRepository,
  type FakeUser,
} from './fixtures';

/** Which credential a request carried, as the fake understood it. */
export type SeenCredential =
  | { readonly kind: 'none' }
  | { readonly kind: 'pat'; readonly token: string }
  | { readonly kind: 'app-jwt'; readonly appId: number }
  | { readonly kind: 'installation-token'; readonly installationId: number; readonly owner: string }
  | { readonly kind: 'user-token'; readonly login: string }
  | { readonly kind: 'invalid'; readonly reason: string };

/** One recorded request. */
export interface RecordedRequest {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  readonly query: string;
  /** The raw `Authorization` header, if any. */
  readonly authorization: string | undefined;
  readonly credential: SeenCredential;
  /** For GraphQL: the operation name (`repositories`, `users`, `teams`, …). */
  readonly graphqlOperation?: string;
  /** For GraphQL: the variables sent. */
  readonly graphqlVariables?: Record<string, unknown>;
  readonly status: number;
}

/** An installation of a fake GitHub App. */
export interface FakeInstallation {
  readonly id: number;
  /** The account login the App is installed on. */
  readonly owner: string;
  readonly suspended?: boolean;
  /** Set for "Only select repositories"; absent for "All repositories". */
  readonly selectedRepositories?: readonly string[];
}

/** A fake GitHub App: its id, the public half of its key, and where it is installed. */
export interface FakeApp {
  readonly appId: number;
  readonly publicKeyPem: string;
  installations: FakeInstallation[];
}

/** An OAuth client (OAuth App or GitHub App) users can sign in through. */
export interface FakeOAuthClient {
  readonly clientId: string;
  readonly clientSecret: string;
}

interface IssuedInstallationToken {
  readonly installationId: number;
  readonly owner: string;
  readonly selectedRepositories?: readonly string[];
}

/** Verifies an RS256 JWT against each known App; returns the App id or a reason. */
function verifyAppJwt(
  token: string,
  apps: readonly FakeApp[],
  keys: Map<number, KeyObject>,
): { appId: number } | { reason: string } {
  const parts = token.split('.');
  if (parts.length !== 3) return { reason: 'not a JWT' };
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  let header: { alg?: string };
  let payload: { iss?: unknown; iat?: number; exp?: number };
  try {
    header = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8'));
    payload = JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8'));
  } catch {
    return { reason: 'A JSON web token could not be decoded' };
  }
  if (header.alg !== 'RS256') return { reason: `alg ${String(header.alg)} is not RS256` };
  const app = apps.find((a) => String(a.appId) === String(payload.iss));
  if (!app) return { reason: `iss ${String(payload.iss)} is no known App` };
  let key = keys.get(app.appId);
  if (!key) {
    key = createPublicKey(app.publicKeyPem);
    keys.set(app.appId, key);
  }
  const signed = Buffer.from(`${headerPart}.${payloadPart}`);
  if (!verify('sha256', signed, key, Buffer.from(signaturePart, 'base64url'))) {
    return { reason: 'signature does not verify with the App public key' };
  }
  const now = Math.floor(Date.now() / 1000);
  if (typeof payload.exp !== 'number' || payload.exp < now - 60) return { reason: 'expired' };
  if (typeof payload.iat !== 'number' || payload.exp - payload.iat > 600 + 60) {
    return { reason: 'lifetime over 10 minutes' };
  }
  return { appId: app.appId };
}

const json = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 1_000_000) throw new Error('request body over 1 MB');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The fake GitHub server. Create with {@link startFakeGithub}. */
export class FakeGithub {
  /** Requests recorded since the last {@link reset}. */
  readonly requests: RecordedRequest[] = [];
  /** Requests refused because {@link maxRequests} was reached. */
  overLimit = 0;
  /** Upper bound of requests answered between two resets. */
  maxRequests = 400;
  /** Personal access tokens the fake accepts (full access to every fixture repository). */
  readonly pats = new Set<string>();
  readonly apps: FakeApp[] = [];
  readonly oauthClients: FakeOAuthClient[] = [];
  private readonly appKeys = new Map<number, KeyObject>();
  private readonly installationTokens = new Map<string, IssuedInstallationToken>();
  private readonly userTokens = new Map<string, string>();
  private readonly codes = new Map<string, { login: string; clientId: string }>();
  private server: Server | undefined;
  /** `http://127.0.0.1:<port>`. */
  origin = '';

  /** `apiBaseUrl` for `integrations.github` (GitHub Enterprise Server layout). */
  get apiBaseUrl(): string {
    return `${this.origin}/api/v3`;
  }

  /** `rawBaseUrl` for `integrations.github`. */
  get rawBaseUrl(): string {
    return `${this.origin}/raw`;
  }

  /** Forgets recorded requests, credentials and Apps (not the fixtures). */
  reset(): void {
    this.requests.length = 0;
    this.overLimit = 0;
    this.maxRequests = 400;
    this.pats.clear();
    this.apps.length = 0;
    this.appKeys.clear();
    this.oauthClients.length = 0;
    this.installationTokens.clear();
    this.userTokens.clear();
    this.codes.clear();
  }

  /**
   * A one-time authorization code, as GitHub's authorize page would hand it to
   * the callback after `login` approved `clientId`.
   */
  issueCode(login: string, clientId: string): string {
    const code = `code-${randomBytes(8).toString('hex')}`;
    this.codes.set(code, { login, clientId });
    return code;
  }

  /** A user access token for `login`, as the OAuth flow would have handed it to Backstage. */
  issueUserToken(login: string): string {
    const token = `gho_${randomBytes(18).toString('hex')}`;
    this.userTokens.set(token, login);
    return token;
  }

  /** Requests other than the ones the test itself made to inspect state. */
  requestsTo(pathPrefix: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path.startsWith(pathPrefix));
  }

  async listen(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        json(res, 500, { message: String(error) });
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }

  private identify(authorization: string | undefined): SeenCredential {
    if (!authorization) return { kind: 'none' };
    const match = /^(?:bearer|token)\s+(.+)$/i.exec(authorization.trim());
    if (!match) return { kind: 'invalid', reason: 'unknown scheme' };
    const token = match[1]!;
    if (this.pats.has(token)) return { kind: 'pat', token };
    const installation = this.installationTokens.get(token);
    if (installation) {
      return {
        kind: 'installation-token',
        installationId: installation.installationId,
        owner: installation.owner,
      };
    }
    const login = this.userTokens.get(token);
    if (login) return { kind: 'user-token', login };
    if (token.split('.').length === 3) {
      const result = verifyAppJwt(token, this.apps, this.appKeys);
      return 'appId' in result
        ? { kind: 'app-jwt', appId: result.appId }
        : { kind: 'invalid', reason: result.reason };
    }
    return { kind: 'invalid', reason: 'Bad credentials' };
  }

  /** Whether `credential` may see `repository` of `owner` (GitHub answers 404 when not). */
  private canSee(credential: SeenCredential, owner: string, repository: FakeRepository): boolean {
    if (repository.visibility === 'PUBLIC') return true;
    if (credential.kind === 'pat') return true;
    if (credential.kind === 'installation-token') {
      if (credential.owner.toLowerCase() !== owner.toLowerCase()) return false;
      const issued = [...this.installationTokens.values()].find(
        (t) => t.installationId === credential.installationId,
      );
      return !issued?.selectedRepositories || issued.selectedRepositories.includes(repository.name);
    }
    return false;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const authorization = req.headers.authorization;
    const credential = this.identify(authorization);
    const body = req.method === 'POST' ? await readBody(req) : '';
    const record = (status: number, extra: Partial<RecordedRequest> = {}) => {
      this.requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.search,
        authorization,
        credential,
        status,
        ...extra,
      });
    };
    if (this.requests.length >= this.maxRequests) {
      this.overLimit += 1;
      json(res, 503, { message: 'fake GitHub: request limit reached' });
      return;
    }
    if (credential.kind === 'invalid') {
      record(401);
      json(res, 401, { message: 'Bad credentials', detail: credential.reason });
      return;
    }
    const path = url.pathname;
    let m: RegExpExecArray | null;

    // OAuth (sign-in)
    if (path === '/login/oauth/authorize') {
      record(200);
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Authorize</title>');
      return;
    }
    if (path === '/login/oauth/access_token' && req.method === 'POST') {
      const form = new URLSearchParams(body);
      const client = this.oauthClients.find(
        (c) => c.clientId === form.get('client_id') && c.clientSecret === form.get('client_secret'),
      );
      const grant = this.codes.get(form.get('code') ?? '');
      if (!client) {
        record(200);
        json(res, 200, { error: 'incorrect_client_credentials' });
        return;
      }
      if (!grant || grant.clientId !== client.clientId) {
        record(200);
        json(res, 200, { error: 'bad_verification_code' });
        return;
      }
      this.codes.delete(form.get('code') ?? '');
      const accessToken = `gho_${randomBytes(18).toString('hex')}`;
      this.userTokens.set(accessToken, grant.login);
      record(200);
      json(res, 200, { access_token: accessToken, token_type: 'bearer', scope: 'read:user' });
      return;
    }

    // GraphQL
    if ((path === '/api/graphql' || path === '/api/v3/graphql') && req.method === 'POST') {
      const { query, variables = {} } = JSON.parse(body) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      const operation = /query\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';
      if (credential.kind === 'none') {
        record(401, { graphqlOperation: operation, graphqlVariables: variables });
        json(res, 401, {
          message: 'This endpoint requires you to be authenticated.',
          documentation_url:
            'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql',
        });
        return;
      }
      const result = this.graphql(operation, query, variables, credential);
      record(200, { graphqlOperation: operation, graphqlVariables: variables });
      json(res, 200, result);
      return;
    }

    // REST, under /api/v3
    const rest = path.startsWith('/api/v3/') ? path.slice('/api/v3'.length) : undefined;
    if (rest === '/app/installations' && req.method === 'GET') {
      if (credential.kind !== 'app-jwt') {
        record(401);
        json(res, 401, { message: 'A JSON web token could not be decoded' });
        return;
      }
      const app = this.apps.find((a) => a.appId === credential.appId)!;
      record(200);
      json(
        res,
        200,
        app.installations.map((i) => ({
          id: i.id,
          account: { login: i.owner, type: 'Organization' },
          target_type: 'Organization',
          app_id: app.appId,
          repository_selection: i.selectedRepositories ? 'selected' : 'all',
          suspended_by: i.suspended ? { login: 'an-owner' } : null,
          suspended_at: i.suspended ? new Date().toISOString() : null,
        })),
      );
      return;
    }
    if (
      (m = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(rest ?? '')) &&
      req.method === 'POST'
    ) {
      if (credential.kind !== 'app-jwt') {
        record(401);
        json(res, 401, { message: 'A JSON web token could not be decoded' });
        return;
      }
      const app = this.apps.find((a) => a.appId === credential.appId)!;
      const installation = app.installations.find((i) => i.id === Number(m![1]));
      if (!installation) {
        record(404);
        json(res, 404, { message: 'Not Found' });
        return;
      }
      if (installation.suspended) {
        record(403);
        json(res, 403, { message: 'This installation has been suspended' });
        return;
      }
      const token = `ghs_${randomBytes(18).toString('hex')}`;
      this.installationTokens.set(token, {
        installationId: installation.id,
        owner: installation.owner,
        selectedRepositories: installation.selectedRepositories,
      });
      record(201);
      json(res, 201, {
        token,
        expires_at: new Date(Date.now() + 3600_000).toISOString(),
        permissions: { contents: 'read', metadata: 'read', members: 'read' },
        repository_selection: installation.selectedRepositories ? 'selected' : 'all',
      });
      return;
    }
    if (rest === '/installation/repositories' && req.method === 'GET') {
      if (credential.kind !== 'installation-token') {
        record(401);
        json(res, 401, { message: 'Bad credentials' });
        return;
      }
      const organization = fakeOrganization(credential.owner);
      const repositories = (organization?.repositories ?? []).filter((r) =>
        this.canSee(credential, credential.owner, r),
      );
      record(200);
      json(res, 200, {
        total_count: repositories.length,
        repositories: repositories.map((r) => ({
          name: r.name,
          full_name: `${credential.owner}/${r.name}`,
        })),
      });
      return;
    }
    if (rest === '/user' && req.method === 'GET') {
      if (credential.kind !== 'user-token') {
        record(401);
        json(res, 401, { message: 'Requires authentication' });
        return;
      }
      const user = USERS.find((u) => u.login === credential.login)!;
      record(200);
      json(res, 200, restUser(user, this.origin));
      return;
    }
    if (
      (m = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(rest ?? '')) &&
      req.method === 'GET'
    ) {
      const [, owner, name, filePath] = m as unknown as [string, string, string, string];
      const ref = url.searchParams.get('ref') ?? undefined;
      this.serveFile(res, credential, owner, name, ref, decodeURIComponent(filePath), record);
      return;
    }
    if ((m = /^\/raw\/([^/]+)\/([^/]+)\/([^/]+)\/(.+)$/.exec(path)) && req.method === 'GET') {
      const [, owner, name, ref, filePath] = m as unknown as [
        string,
        string,
        string,
        string,
        string,
      ];
      this.serveFile(res, credential, owner, name, ref, decodeURIComponent(filePath), record);
      return;
    }
    if ((m = /^\/users\/([^/]+)$/.exec(rest ?? '')) && req.method === 'GET') {
      const login = decodeURIComponent(m[1]!);
      const organization = fakeOrganization(login);
      const user = USERS.find((u) => u.login === login);
      if (!organization && !user) {
        record(404);
        json(res, 404, { message: 'Not Found' });
        return;
      }
      record(200);
      json(res, 200, {
        login: organization?.login ?? login,
        type: organization ? 'Organization' : 'User',
      });
      return;
    }
    if ((m = /^\/orgs\/([^/]+)\/repos$/.exec(rest ?? '')) && req.method === 'POST') {
      const org = decodeURIComponent(m[1]!);
      const { name } = JSON.parse(body || '{}') as { name?: string };
      if (credential.kind === 'none') {
        record(401);
        json(res, 401, { message: 'Requires authentication' });
        return;
      }
      if (
        credential.kind === 'installation-token' &&
        credential.owner.toLowerCase() !== org.toLowerCase()
      ) {
        record(403);
        json(res, 403, { message: 'Resource not accessible by integration' });
        return;
      }
      record(201);
      json(res, 201, {
        name,
        full_name: `${org}/${name}`,
        clone_url: `https://github.com/${org}/${name}.git`,
        html_url: `https://github.com/${org}/${name}`,
      });
      return;
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)$/.exec(rest ?? '')) && req.method === 'GET') {
      const found = this.findRepository(m[1]!, m[2]!);
      if (!found || !this.canSee(credential, m[1]!, found.repository)) {
        record(404);
        json(res, 404, { message: 'Not Found' });
        return;
      }
      record(200);
      json(res, 200, {
        name: found.repository.name,
        default_branch: found.repository.defaultBranch,
      });
      return;
    }
    record(404);
    json(res, 404, { message: 'Not Found', documentation_url: 'fake GitHub: no such route' });
  }

  private findRepository(owner: string, name: string) {
    const organization = fakeOrganization(owner);
    const repository = organization?.repositories.find((r) => r.name === name);
    return organization && repository ? { organization, repository } : undefined;
  }

  private serveFile(
    res: ServerResponse,
    credential: SeenCredential,
    owner: string,
    name: string,
    ref: string | undefined,
    filePath: string,
    record: (status: number) => void,
  ): void {
    const found = this.findRepository(owner, name);
    const content =
      found &&
      this.canSee(credential, owner, found.repository) &&
      (ref === undefined || ref === found.repository.defaultBranch || ref === 'HEAD')
        ? found.repository.files[filePath]
        : undefined;
    if (content === undefined) {
      record(404);
      json(res, 404, { message: 'Not Found' });
      return;
    }
    record(200);
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(content);
  }

  private graphql(
    operation: string,
    query: string,
    variables: Record<string, unknown>,
    credential: SeenCredential,
  ): unknown {
    const orgLogin = String(variables.org ?? '');
    const organization = fakeOrganization(orgLogin);
    const orgVisible =
      organization !== undefined &&
      (credential.kind !== 'installation-token' ||
        credential.owner.toLowerCase() === organization.login.toLowerCase());
    const notFound = (type: string) => ({
      data: { [type === 'Organization' ? 'organization' : 'repositoryOwner']: null },
      errors: [
        {
          type: 'NOT_FOUND',
          path: [type === 'Organization' ? 'organization' : 'repositoryOwner'],
          message: `Could not resolve to ${type === 'Organization' ? 'an Organization' : 'a RepositoryOwner'} with the login of '${orgLogin}'.`,
        },
      ],
    });
    const page = <T>(nodes: T[]) => ({ pageInfo: { hasNextPage: false, endCursor: null }, nodes });
    const userNode = (u: FakeUser, withEmail: boolean) => ({
      avatarUrl: `${this.origin}/avatars/${u.login}`,
      bio: null,
      ...(withEmail ? { email: u.email ?? '' } : {}),
      id: u.nodeId,
      login: u.login,
      name: u.name,
      organizationVerifiedDomainEmails: [...u.verifiedDomainEmails],
    });
    switch (operation) {
      case 'repositories': {
        if (!organization || !orgVisible) return notFound('RepositoryOwner');
        const [, path] = String(variables.catalogPathRef ?? 'HEAD:catalog-info.yaml').split(':');
        return {
          data: {
            repositoryOwner: {
              login: organization.login,
              repositories: page(
                organization.repositories
                  .filter((r) => this.canSee(credential, organization.login, r))
                  .map((r) => {
                    const text = r.files[path ?? ''];
                    return {
                      name: r.name,
                      catalogInfoFile:
                        text === undefined
                          ? null
                          : { __typename: 'Blob', id: `blob-${r.name}`, text },
                      url: `https://github.com/${organization.login}/${r.name}`,
                      isArchived: r.isArchived,
                      isFork: r.isFork,
                      visibility: r.visibility,
                      repositoryTopics: { nodes: r.topics.map((name) => ({ topic: { name } })) },
                      defaultBranchRef: { name: r.defaultBranch },
                    };
                  }),
              ),
            },
          },
        };
      }
      case 'users': {
        if (!organization || !orgVisible) return notFound('Organization');
        const members = organization.members.map((login) => USERS.find((u) => u.login === login)!);
        return {
          data: {
            organization: {
              membersWithRole: page(members.map((u) => userNode(u, variables.email === true))),
            },
          },
        };
      }
      case 'teams': {
        if (!organization || !orgVisible) return notFound('Organization');
        const teamNode = (t: FakeOrganization['teams'][number]) => ({
          slug: t.slug,
          combinedSlug: `${organization.login.toLowerCase()}/${t.slug}`,
          name: t.name,
          description: null,
          avatarUrl: null,
          editTeamUrl: `https://github.com/orgs/${organization.login}/teams/${t.slug}/edit`,
          parentTeam: t.parent ? { slug: t.parent } : null,
          members: page(
            t.members.map((login) =>
              userNode(
                USERS.find((u) => u.login === login)!,
                true,
              ),
            ),
          ),
        });
        if ('teamSlug' in variables) {
          const team = organization.teams.find((t) => t.slug === variables.teamSlug);
          return { data: { organization: { team: team ? teamNode(team) : null } } };
        }
        const logins = Array.isArray(variables.userLogins)
          ? (variables.userLogins as string[])
          : undefined;
        const teams = organization.teams.filter(
          (t) => !logins || t.members.some((l) => logins.includes(l)),
        );
        return { data: { organization: { teams: page(teams.map(teamNode)) } } };
      }
      case 'members': {
        if (!organization || !orgVisible) return notFound('Organization');
        const team = organization.teams.find((t) => t.slug === variables.teamSlug);
        return {
          data: {
            organization: {
              team: team ? { members: page(team.members.map((login) => ({ login }))) } : null,
            },
          },
        };
      }
      case 'orgs': {
        const login = String(variables.user ?? '');
        const orgs = ORGANIZATIONS.filter((o) => o.members.includes(login));
        return { data: { user: { organizations: page(orgs.map((o) => ({ login: o.login }))) } } };
      }
      default:
        return {
          errors: [{ message: `fake GitHub: unknown query ${operation}: ${query.slice(0, 80)}` }],
        };
    }
  }
}

/** The REST `GET /user` body for a fake user (the fields passport-github2 reads). */
function restUser(user: FakeUser, origin: string) {
  return {
    login: user.login,
    id: user.databaseId,
    node_id: user.nodeId,
    avatar_url: `${origin}/avatars/${user.login}`,
    html_url: `https://github.com/${user.login}`,
    type: 'User',
    name: user.name,
    email: user.email,
  };
}

/** Starts a fake GitHub on 127.0.0.1 with a random port. */
export async function startFakeGithub(): Promise<FakeGithub> {
  const fake = new FakeGithub();
  await fake.listen();
  return fake;
}
