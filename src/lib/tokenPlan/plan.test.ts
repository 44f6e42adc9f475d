import { describe, expect, it } from 'vitest';
import { featureIds, tokenFeatures, type FeatureId } from '../../data/tokenFeatures';
import { classifyHost, plan, validatePlanInput, type PlanInput } from './plan';
import { manifestJson } from './manifest';
import { defaultPlanInput, inputFromQuery, inputToQuery } from './state';

const input = (over: Partial<PlanInput>): PlanInput => ({
  ...defaultPlanInput,
  ownerType: 'organization',
  ownerName: 'octo-org',
  ...over,
});

/** The table as `name=level` strings, Metadata marked as implied. */
const fgTable = (p: ReturnType<typeof plan>) =>
  p.fineGrained.rows.map((r) => `${r.name}=${r.level}${r.implied ? ' (implied)' : ''}`);
const scopes = (p: ReturnType<typeof plan>) => p.classic.rows.map((r) => r.scope);
const appPerms = (p: ReturnType<typeof plan>) => p.app.manifest.default_permissions;

// Written by hand from the reference (not derived from tokenFeatures.ts), so a
// wrong edit of the data fails here. Private repositories, organization owner.
const expectedPrivate: Record<
  FeatureId,
  { fg: string[]; classic: string[]; app: Record<string, string>; manual?: string[] }
> = {
  catalog: {
    fg: ['metadata=read (implied)', 'contents=read'],
    classic: ['repo'],
    app: { metadata: 'read', contents: 'read' },
  },
  wildcardPaths: {
    fg: ['metadata=read (implied)', 'contents=read', 'statuses=read'],
    classic: ['repo'],
    app: { metadata: 'read', contents: 'read', statuses: 'read' },
  },
  discovery: {
    fg: ['metadata=read (implied)', 'contents=read'],
    classic: ['repo'],
    app: { metadata: 'read', contents: 'read' },
  },
  orgData: {
    fg: ['members=read'],
    classic: ['read:org', 'read:user', 'user:email'],
    app: { metadata: 'read', members: 'read' },
  },
  createRepos: {
    fg: ['metadata=read (implied)', 'administration=write', 'contents=write', 'statuses=read'],
    classic: ['repo'],
    app: { metadata: 'read', administration: 'write', contents: 'write', statuses: 'read' },
  },
  workflows: {
    fg: ['metadata=read (implied)', 'contents=write', 'workflows=write'],
    classic: ['workflow', 'repo'],
    app: { metadata: 'read', contents: 'write', workflows: 'write' },
  },
  secrets: {
    fg: ['metadata=read (implied)', 'secrets=write'],
    classic: ['repo'],
    app: { metadata: 'read', secrets: 'write' },
  },
  variables: {
    fg: ['metadata=read (implied)', 'actions_variables=write'],
    classic: ['repo'],
    app: { metadata: 'read' },
    manual: ['Variables'],
  },
  environments: {
    fg: ['metadata=read (implied)', 'administration=write', 'environments=write'],
    classic: ['repo'],
    app: { metadata: 'read', administration: 'write', environments: 'write' },
  },
  pullRequests: {
    fg: ['metadata=read (implied)', 'contents=write', 'pull_requests=write'],
    classic: ['repo'],
    app: { metadata: 'read', contents: 'write', pull_requests: 'write' },
  },
  techdocs: {
    fg: ['metadata=read (implied)', 'contents=read', 'statuses=read'],
    classic: ['repo'],
    app: { metadata: 'read', contents: 'read', statuses: 'read' },
  },
};

describe('each feature alone, private repositories', () => {
  it('covers every feature', () => {
    expect(Object.keys(expectedPrivate).sort()).toEqual([...featureIds].sort());
  });

  it.each(featureIds)('%s needs exactly the listed permissions', (id) => {
    const p = plan(input({ features: [id] }));
    const want = expectedPrivate[id];
    expect(p.errors).toEqual([]);
    expect(fgTable(p)).toEqual(want.fg);
    expect(scopes(p)).toEqual(want.classic);
    expect(appPerms(p)).toEqual(want.app);
    expect(p.app.manualRows.map((r) => r.label)).toEqual(want.manual ?? []);
  });
});

describe('each feature alone, public repositories only', () => {
  it('reading needs no fine-grained permission and no classic scope', () => {
    for (const id of ['catalog', 'wildcardPaths', 'discovery', 'techdocs'] as const) {
      const p = plan(input({ features: [id], visibility: 'public' }));
      expect(fgTable(p), id).toEqual([]);
      expect(scopes(p), id).toEqual([]);
      expect(p.fineGrained.steps[0]).toMatch(/Public repositories/);
    }
  });

  it('writing uses public_repo instead of repo and keeps write permissions', () => {
    const p = plan(input({ features: ['createRepos'], visibility: 'public' }));
    expect(scopes(p)).toEqual(['public_repo']);
    expect(fgTable(p)).toEqual([
      'metadata=read (implied)',
      'administration=write',
      'contents=write',
    ]);
  });

  it('workflow files need workflow plus public_repo', () => {
    expect(scopes(plan(input({ features: ['workflows'], visibility: 'public' })))).toEqual([
      'workflow',
      'public_repo',
    ]);
  });
});

describe('combinations', () => {
  it('merges to the highest level and never adds a permission no chosen feature needs', () => {
    for (const a of featureIds) {
      for (const b of featureIds) {
        const p = plan(input({ features: [a, b] }));
        const union = new Map<string, string>();
        for (const id of [a, b]) {
          for (const [name, level] of Object.entries(expectedPrivate[id].app)) {
            union.set(name, union.get(name) === 'write' ? 'write' : level);
          }
        }
        expect(appPerms(p), `${a}+${b}`).toEqual(Object.fromEntries(union));
        const fgNames = new Set(p.fineGrained.rows.map((r) => r.name));
        const wanted = new Set(
          [a, b].flatMap((id) => expectedPrivate[id].fg.map((s) => s.split('=')[0])),
        );
        expect(fgNames, `${a}+${b}`).toEqual(wanted);
      }
    }
  });

  it('catalog + pull requests: contents is write, with both reasons', () => {
    const p = plan(input({ features: ['catalog', 'pullRequests'] }));
    const contents = p.fineGrained.rows.find((r) => r.name === 'contents');
    expect(contents?.level).toBe('write');
    expect(contents?.reasons.map((r) => r.feature)).toEqual(['catalog', 'pullRequests']);
  });

  it('a typical setup: discovery, users and teams, templates with workflows', () => {
    const p = plan(input({ features: ['discovery', 'orgData', 'createRepos', 'workflows'] }));
    expect(fgTable(p)).toEqual([
      'metadata=read (implied)',
      'administration=write',
      'contents=write',
      'statuses=read',
      'workflows=write',
      'members=read',
    ]);
    expect(scopes(p)).toEqual(['repo', 'read:org', 'read:user', 'user:email', 'workflow']);
  });

  it('ignores duplicates and keeps the data order', () => {
    const p = plan(input({ features: ['techdocs', 'catalog', 'catalog'] }));
    expect(p.fineGrained.rows.find((r) => r.name === 'contents')?.reasons.length).toBe(2);
  });
});

describe('the fine-grained link', () => {
  it('carries exactly the documented parameters', () => {
    const p = plan(
      input({
        features: ['catalog', 'orgData'],
        expiresInDays: '45',
        tokenName: 'Backstage catalog',
      }),
    );
    const url = new URL(p.fineGrained.url ?? '');
    expect(url.origin + url.pathname).toBe(
      'https://github.com/settings/personal-access-tokens/new',
    );
    expect([...url.searchParams]).toEqual([
      ['name', 'Backstage catalog'],
      ['description', 'Backstage: read catalog files, import users and teams'],
      ['target_name', 'octo-org'],
      ['expires_in', '45'],
      ['contents', 'read'],
      ['members', 'read'],
    ]);
    expect(url.searchParams.has('metadata')).toBe(false);
  });

  it('uses expires_in=none and warns', () => {
    const p = plan(input({ noExpiration: true }));
    expect(new URL(p.fineGrained.url ?? '').searchParams.get('expires_in')).toBe('none');
    expect(p.warnings.join(' ')).toMatch(/without expiration/);
  });

  it('leaves target_name out for a personal token without a name', () => {
    const p = plan(input({ ownerType: 'user', ownerName: '' }));
    expect(p.errors).toEqual([]);
    expect(new URL(p.fineGrained.url ?? '').searchParams.has('target_name')).toBe(false);
  });

  it('refuses organization permissions for a personal owner, but keeps the classic link', () => {
    const p = plan(input({ ownerType: 'user', ownerName: 'octocat', features: ['orgData'] }));
    expect(p.fineGrained.blocked).toMatch(/organization/);
    expect(p.fineGrained.url).toBeUndefined();
    expect(p.classic.url).toBeDefined();
  });

  it('works on a GHE.com host', () => {
    const p = plan(input({ host: 'octocorp.ghe.com' }));
    expect(p.fineGrained.url).toMatch(
      /^https:\/\/octocorp\.ghe\.com\/settings\/personal-access-tokens\/new\?/,
    );
  });
});

describe('the classic link', () => {
  it('lists scopes comma-separated with the description', () => {
    const p = plan(input({ features: ['createRepos', 'workflows'] }));
    const url = new URL(p.classic.url ?? '');
    expect(url.origin + url.pathname).toBe('https://github.com/settings/tokens/new');
    expect([...url.searchParams]).toEqual([
      ['scopes', 'repo,workflow'],
      ['description', 'Backstage'],
    ]);
  });

  it('has no scopes parameter when nothing is needed', () => {
    const p = plan(input({ visibility: 'public' }));
    expect([...new URL(p.classic.url ?? '').searchParams.keys()]).toEqual(['description']);
  });
});

describe('GitHub Enterprise Server', () => {
  it('gives manual steps and no links', () => {
    const p = plan(input({ host: 'github.example.net', features: ['catalog', 'variables'] }));
    expect(p.errors).toEqual([]);
    expect(p.fineGrained.url).toBeUndefined();
    expect(p.classic.url).toBeUndefined();
    expect(p.app.registerUrl).toBeUndefined();
    expect(p.fineGrained.steps[0]).toContain(
      'https://github.example.net/settings/personal-access-tokens/new',
    );
    expect(p.classic.steps[0]).toContain('https://github.example.net/settings/tokens/new');
    expect(p.app.steps[0]).toContain(
      'https://github.example.net/organizations/octo-org/settings/apps/new',
    );
  });

  it('classifies hosts', () => {
    expect(classifyHost('GitHub.com').kind).toBe('dotcom');
    expect(classifyHost('acme.ghe.com').kind).toBe('ghe-com');
    expect(classifyHost('ghe.example.net:8443').kind).toBe('ghes');
  });
});

describe('bad input gets a message and no link', () => {
  const cases: Array<[string, Partial<PlanInput>, string]> = [
    ['owner with a space', { ownerName: 'octo org' }, 'ownerName'],
    ['owner starting with a hyphen', { ownerName: '-octo' }, 'ownerName'],
    ['owner with two hyphens', { ownerName: 'octo--org' }, 'ownerName'],
    ['owner too long', { ownerName: 'a'.repeat(40) }, 'ownerName'],
    ['organization without a name', { ownerName: '' }, 'ownerName'],
    ['0 days', { expiresInDays: '0' }, 'expiresInDays'],
    ['367 days', { expiresInDays: '367' }, 'expiresInDays'],
    ['1.5 days', { expiresInDays: '1.5' }, 'expiresInDays'],
    ['empty days', { expiresInDays: '' }, 'expiresInDays'],
    ['negative days', { expiresInDays: '-3' }, 'expiresInDays'],
    ['host with scheme', { host: 'https://github.com' }, 'host'],
    ['empty host', { host: '' }, 'host'],
    ['name too long', { tokenName: 'x'.repeat(41) }, 'tokenName'],
    ['empty name', { tokenName: '  ' }, 'tokenName'],
    ['no feature', { features: [] }, 'features'],
    ['bad Backstage URL', { backstageUrl: 'backstage' }, 'backstageUrl'],
    ['Backstage URL with a password', { backstageUrl: 'https://u:p@example.com' }, 'backstageUrl'],
  ];
  it.each(cases)('%s', (_label, over, field) => {
    const p = plan(input(over));
    expect(p.errors.map((e) => e.field)).toEqual([field]);
    expect(p.errors[0]?.message.length).toBeGreaterThan(10);
    expect(p.fineGrained.url).toBeUndefined();
    expect(p.classic.url).toBeUndefined();
    expect(p.app.registerUrl).toBeUndefined();
  });

  it('accepts the edges 1 and 366 days', () => {
    expect(plan(input({ expiresInDays: '1' })).errors).toEqual([]);
    expect(plan(input({ expiresInDays: '366' })).errors).toEqual([]);
  });

  it('refuses a pasted token in every text field and never echoes it', () => {
    const token = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0'.repeat(2);
    for (const field of [
      'ownerName',
      'host',
      'expiresInDays',
      'tokenName',
      'backstageUrl',
    ] as const) {
      const p = plan(input({ [field]: token }));
      expect(
        p.errors.map((e) => e.field),
        field,
      ).toEqual([field]);
      expect(p.errors[0]?.message).toMatch(/personal access token/);
      const everything = JSON.stringify(p);
      expect(everything.includes(token), field).toBe(false);
    }
  });

  it('lists errors in form order', () => {
    const errors = validatePlanInput(input({ tokenName: '', ownerName: '-x', expiresInDays: '0' }));
    expect(errors.map((e) => e.field)).toEqual(['ownerName', 'expiresInDays', 'tokenName']);
  });
});

describe('the App manifest', () => {
  it('has the documented shape and parses back', () => {
    const p = plan(
      input({
        features: ['discovery', 'orgData'],
        webhooks: true,
        backstageUrl: 'https://portal.example.com/',
      }),
    );
    const parsed = JSON.parse(manifestJson(p.app.manifest)) as Record<string, unknown>;
    expect(parsed).toEqual({
      name: 'Backstage',
      url: 'https://portal.example.com',
      hook_attributes: { url: 'https://portal.example.com/api/events/http/github', active: true },
      public: false,
      default_permissions: { metadata: 'read', contents: 'read', members: 'read' },
      default_events: ['push', 'repository', 'organization', 'team', 'membership'],
    });
    expect(p.app.registerUrl).toBe('https://github.com/organizations/octo-org/settings/apps/new');
  });

  it('subscribes to no events unless webhooks are on', () => {
    const p = plan(input({ features: ['discovery', 'orgData'] }));
    expect(p.app.manifest.default_events).toEqual([]);
    expect(p.app.manifest.hook_attributes.active).toBe(false);
  });

  it('asks for more than create-github-app when templates create repositories', () => {
    const perms = plan(input({ features: ['createRepos'] })).app.manifest.default_permissions;
    expect(perms.administration).toBe('write');
  });

  it('registers on the personal account for a user owner', () => {
    expect(plan(input({ ownerType: 'user', ownerName: 'octocat' })).app.registerUrl).toBe(
      'https://github.com/settings/apps/new',
    );
  });

  it('shortens a long name to 34 characters and says so', () => {
    const p = plan(input({ tokenName: 'Backstage catalog and templates bot' }));
    expect(p.app.manifest.name.length).toBeLessThanOrEqual(34);
    expect(p.warnings.join(' ')).toMatch(/34 characters/);
  });
});

describe('query state', () => {
  it('round-trips every field', () => {
    const original = input({
      features: ['discovery', 'techdocs'],
      visibility: 'public',
      host: 'octocorp.ghe.com',
      noExpiration: true,
      tokenName: 'BS',
      webhooks: true,
      backstageUrl: 'https://portal.example.com',
    });
    expect(inputFromQuery(inputToQuery(original))).toEqual({ ...original, expiresInDays: '90' });
  });

  it('drops unknown features and secrets', () => {
    const token = 'github_pat_' + 'x'.repeat(30);
    const read = inputFromQuery(`?features=catalog,bogus&owner=${token}&name=${token}`);
    expect(read.features).toEqual(['catalog']);
    expect(read.ownerName).toBe('');
    expect(read.tokenName).toBe('Backstage');
    expect(inputToQuery({ ...defaultPlanInput, ownerName: token })).not.toContain(token);
  });

  it('falls back to defaults for nonsense', () => {
    expect(inputFromQuery('?visibility=secret&ownerType=robot')).toEqual(defaultPlanInput);
  });
});

describe('the data', () => {
  it('has one entry per id, with a reason and a source for every need', () => {
    expect(tokenFeatures.map((f) => f.id)).toEqual([...featureIds]);
    for (const f of tokenFeatures) {
      const needs = [
        ...f.fineGrained,
        ...f.classic,
        ...f.app,
        ...(f.appManual ?? []),
        ...(f.appEvents ?? []),
      ];
      for (const n of needs) {
        expect(n.reason.length, f.id).toBeGreaterThan(10);
        expect(n.source, f.id).toMatch(
          /^(https:\/\/(backstage\.io|docs\.github\.com|github\.com)\/|@backstage\/[a-z-]+@\d)/,
        );
      }
    }
  });
});
