import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { detectSecret } from '../secrets';
import { arbitraryBuilderState } from './arbitrary';
import { buildConfig } from './config';
import {
  checkConfigRules,
  generateFiles,
  InvalidStateError,
  presets,
  presetState,
  validateState,
  type BuilderState,
} from './index';
import { decodeUrl, encodeState } from './urlState';
import { toYaml } from './yaml';

const fakeToken = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const fakePem = '-----BEGIN RSA ' + 'PRIVATE KEY-----';

function files(state: BuilderState): Record<string, string> {
  return Object.fromEntries(generateFiles(state).map((f) => [f.path, f.content]));
}

function fieldsOf(state: BuilderState): string[] {
  return validateState(state).map((e) => e.field);
}

describe('presets', () => {
  it('has the five ids the guide embeds', () => {
    expect(presets.map((p) => p.id).sort()).toEqual(
      ['ghes', 'local-pat', 'org-discovery-pat', 'production-app', 'sign-in-only'].sort(),
    );
  });

  it.each(presets.map((p) => [p.id, p] as const))(
    '%s is valid and generates its files',
    (_id, preset) => {
      expect(validateState(preset.state)).toEqual([]);
      const generated = generateFiles(preset.state);
      expect(generated[0]?.path).toBe('app-config.yaml');
      for (const file of generated) {
        expect(file.guideStep).toBeGreaterThanOrEqual(1);
        expect(file.guideStep).toBeLessThanOrEqual(10);
        expect(file.why.length).toBeGreaterThan(20);
      }
      expect(checkConfigRules(parse(generated[0]!.content))).toEqual([]);
    },
  );

  it('local-pat: a github.com integration with the token from GITHUB_TOKEN, nothing to install', () => {
    const out = files(presetState('local-pat'));
    expect(Object.keys(out)).toEqual(['app-config.yaml', '.env.example']);
    expect(parse(out['app-config.yaml']!)).toEqual({
      integrations: { github: [{ host: 'github.com', token: '${GITHUB_TOKEN}' }] },
    });
    expect(out['.env.example']).toMatch(/^GITHUB_TOKEN=$/m);
  });

  it('sign-in-only: auth provider, backend module and sign-in page, no integration', () => {
    const out = files(presetState('sign-in-only'));
    // No Terminal file: create-app 0.9.2's backend already depends on the GitHub auth provider module.
    expect(Object.keys(out)).toEqual([
      'app-config.yaml',
      '.env.example',
      'packages/backend/src/index.ts',
      'packages/app/src/App.tsx',
    ]);
    const config = parse(out['app-config.yaml']!);
    expect(config.integrations).toBeUndefined();
    expect(config.auth.providers.github.development).toEqual({
      clientId: '${AUTH_GITHUB_CLIENT_ID}',
      clientSecret: '${AUTH_GITHUB_CLIENT_SECRET}',
      signIn: { resolvers: [{ resolver: 'userIdMatchingUserEntityAnnotation' }] },
    });
    expect(out['packages/backend/src/index.ts']).toContain(
      "backend.add(import('@backstage/plugin-auth-backend-module-github-provider'));",
    );
    expect(out['packages/app/src/App.tsx']).toContain('githubAuthApiRef');
  });

  it('org-discovery-pat: discovery and githubOrg with their modules', () => {
    const out = files(presetState('org-discovery-pat'));
    const config = parse(out['app-config.yaml']!);
    expect(config.catalog.providers.github.main).toMatchObject({
      host: 'github.com',
      organization: 'example-org',
      catalogPath: '/catalog-info.yaml',
      schedule: { frequency: { minutes: 35 }, timeout: { minutes: 3 } },
    });
    expect(config.catalog.providers.githubOrg).toMatchObject({
      githubUrl: 'https://github.com',
      orgs: ['example-org'],
    });
    expect(out['packages/backend/src/index.ts']).toContain(
      'plugin-catalog-backend-module-github-org',
    );
    // The auth module is added but not installed; the catalog modules are installed.
    expect(out['Terminal']).toBe(
      '# Run from the root of your Backstage app.\n' +
        'yarn --cwd packages/backend add @backstage/plugin-catalog-backend-module-github @backstage/plugin-catalog-backend-module-github-org\n',
    );
  });

  it('production-app: an App through $include, a credentials template without secrets, verified emails', () => {
    const out = files(presetState('production-app'));
    const config = parse(out['app-config.yaml']!);
    expect(config.integrations.github[0].apps).toEqual([
      { $include: 'github-app-backstage-credentials.yaml' },
    ]);
    expect(config.auth.environment).toBe('production');
    expect(config.catalog.providers.githubOrg.orgs).toBeUndefined();
    expect(config.catalog.providers.githubOrg.defaultUserTransformer).toEqual({
      useVerifiedEmails: true,
    });
    const credentials = parse(out['github-app-backstage-credentials.yaml']!);
    expect(Object.keys(credentials)).toEqual(['appId', 'clientId', 'clientSecret', 'privateKey']);
    expect(credentials.privateKey).toMatch(/^<replace/);
  });

  it('ghes: host, apiBaseUrl, rawBaseUrl, enterpriseInstanceUrl and matching provider hosts', () => {
    const config = parse(files(presetState('ghes'))['app-config.yaml']!);
    expect(config.integrations.github[0]).toEqual({
      host: 'github.example.com',
      apiBaseUrl: 'https://github.example.com/api/v3',
      rawBaseUrl: 'https://github.example.com/raw',
      token: '${GITHUB_TOKEN}',
    });
    expect(config.auth.providers.github.development.enterpriseInstanceUrl).toBe(
      'https://github.example.com',
    );
    expect(config.catalog.providers.github.main.host).toBe('github.example.com');
    expect(config.catalog.providers.githubOrg.githubUrl).toBe('https://github.example.com');
  });

  it('Apps through environment variables reference every value as ${VAR}', () => {
    const state = presetState('production-app');
    state.apps = [
      {
        ...state.apps[0]!,
        source: 'env',
        webhookSecret: true,
        allowedInstallationOwners: ['yes', 'example-org'],
      },
    ];
    const out = files(state);
    expect(Object.keys(out)).not.toContain('github-app-backstage-credentials.yaml');
    expect(parse(out['app-config.yaml']!).integrations.github[0].apps[0]).toEqual({
      appId: '${GITHUB_APP_BACKSTAGE_ID}',
      clientId: '${GITHUB_APP_BACKSTAGE_CLIENT_ID}',
      clientSecret: '${GITHUB_APP_BACKSTAGE_CLIENT_SECRET}',
      privateKey: '${GITHUB_APP_BACKSTAGE_PRIVATE_KEY}',
      webhookSecret: '${GITHUB_APP_BACKSTAGE_WEBHOOK_SECRET}',
      allowedInstallationOwners: ['yes', 'example-org'],
    });
    expect(out['.env.example']).toMatch(/^GITHUB_APP_BACKSTAGE_WEBHOOK_SECRET=$/m);
  });
});

describe('YAML serialization', () => {
  const hostile = fc.oneof(
    fc.constantFrom(
      'yes',
      'no',
      'on',
      'off',
      'y',
      'N',
      'null',
      '~',
      '0x1F',
      '1e3',
      '0o17',
      '1:20',
      '.inf',
      '#x',
      'a: b',
      "'",
      '"',
      '- x',
      '? x',
      '|',
      '>',
      '&a',
      '*a',
      '!t',
      '%x',
      '@x',
      '`x',
      ' lead',
      'trail ',
      'héllo',
      '日本',
      '${X}',
      '',
      'a\nb',
    ),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
  );

  it('round-trips any string in any position', () => {
    fc.assert(
      fc.property(fc.dictionary(hostile, fc.oneof(hostile, fc.array(hostile))), (value) => {
        expect(parse(toYaml({ root: value }))).toEqual({ root: value });
      }),
      { numRuns: 500 },
    );
  });

  it('quotes strings YAML 1.1 reads as booleans or numbers', () => {
    expect(toYaml({ a: 'yes', b: 'on', c: '1:20', d: 'plain' })).toBe(
      'a: "yes"\nb: "on"\nc: "1:20"\nd: plain\n',
    );
    const yaml11 = parse(toYaml({ a: 'yes', b: 'Off', c: 'y' }), { version: '1.1' });
    expect(yaml11).toEqual({ a: 'yes', b: 'Off', c: 'y' });
  });

  it('every generated app-config.yaml parses back to exactly the built config (typed strings intact)', () => {
    fc.assert(
      fc.property(arbitraryBuilderState, (state) => {
        const yaml = generateFiles(state)[0]!.content;
        expect(parse(yaml)).toEqual(buildConfig(state).config);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps typed values exactly', () => {
    const state = presetState('org-discovery-pat');
    state.discovery[0] = {
      ...state.discovery[0]!,
      id: 'yes',
      organization: 'null',
      catalogPath: 'a: b #x "q" \'s\' héllo',
      branch: '0x1F',
      repositoryPattern: '#x',
      topicInclude: ['on', '1e3'],
    };
    state.org.id = '- dash';
    state.org.separateOrgs = true;
    state.org.orgs = ['0x1F'];
    expect(validateState(state)).toEqual([]);
    const config = parse(files(state)['app-config.yaml']!);
    const provider = config.catalog.providers.github.yes;
    expect(provider.organization).toBe('null');
    expect(provider.catalogPath).toBe('a: b #x "q" \'s\' héllo');
    expect(provider.filters.branch).toBe('0x1F');
    expect(provider.filters.repository).toBe('#x');
    expect(provider.filters.topic.include).toEqual(['on', '1e3']);
    expect(config.catalog.providers.githubOrg.id).toBe('- dash');
    expect(config.catalog.providers.githubOrg.orgs).toEqual(['0x1F']);
  });
});

describe('validation', () => {
  const base = (): BuilderState => presetState('org-discovery-pat');

  it.each([
    ['tokenVar', (s: BuilderState) => void (s.tokenVar = '1TOKEN')],
    ['tokenVar', (s: BuilderState) => void (s.tokenVar = 'GITHUB-TOKEN')],
    ['signIn.environment', (s: BuilderState) => void (s.signIn.environment = 'my env')],
    ['signIn.resolvers', (s: BuilderState) => void (s.signIn.resolvers = [])],
    ['discovery.0.id', (s: BuilderState) => void (s.discovery[0]!.id = '1st')],
    [
      'discovery.0.organization',
      (s: BuilderState) => void (s.discovery[0]!.organization = '-bad-'),
    ],
    [
      'discovery.0.repositoryPattern',
      (s: BuilderState) => void (s.discovery[0]!.repositoryPattern = '(unclosed'),
    ],
    ['discovery.0.branch', (s: BuilderState) => void (s.discovery[0]!.branch = 'feature/x')],
    ['discovery.0.catalogPath', (s: BuilderState) => void (s.discovery[0]!.catalogPath = ' ')],
    [
      'discovery.0.topicInclude',
      (s: BuilderState) => void (s.discovery[0]!.topicInclude = ['Not A Topic']),
    ],
    [
      'discovery.0.frequencyMinutes',
      (s: BuilderState) => void (s.discovery[0]!.frequencyMinutes = 0),
    ],
    [
      'discovery.0.timeoutMinutes',
      (s: BuilderState) => void (s.discovery[0]!.timeoutMinutes = 1.5),
    ],
    ['org.frequencyMinutes', (s: BuilderState) => void (s.org.frequencyMinutes = -5)],
    [
      'org.orgs',
      (s: BuilderState) => void ((s.org.separateOrgs = true), (s.org.orgs = ['has space'])),
    ],
    ['org.id', (s: BuilderState) => void (s.org.id = '')],
    [
      'signIn.clientSecretVar',
      (s: BuilderState) => void (s.signIn.clientSecretVar = 'GITHUB_TOKEN'),
    ],
  ])('reports %s', (field, change) => {
    const state = base();
    change(state);
    expect(fieldsOf(state)).toContain(field);
    expect(() => generateFiles(state)).toThrow(InvalidStateError);
  });

  it('GHES host names and URLs are checked', () => {
    const state = presetState('ghes');
    state.ghesHost = 'https://github.example.com';
    state.apiBaseUrl = '';
    expect(fieldsOf(state)).toEqual(expect.arrayContaining(['ghesHost', 'apiBaseUrl']));
  });

  it('rule: a GHES host needs apiBaseUrl', () => {
    const state = presetState('ghes');
    state.apiBaseUrl = '';
    expect(fieldsOf(state)).toEqual(['apiBaseUrl']);
    expect(
      checkConfigRules({ integrations: { github: [{ host: 'ghe.example.net', token: '${T}' }] } }),
    ).toHaveLength(1);
  });

  it('rule: githubOrg without orgs needs an App', () => {
    const state = base();
    state.org.separateOrgs = true;
    state.org.orgs = [];
    expect(fieldsOf(state)).toEqual(['org.orgs']);
    state.credential = 'app';
    state.apps = presetState('production-app').apps;
    expect(validateState(state)).toEqual([]);
    expect(
      checkConfigRules({
        integrations: { github: [{ host: 'github.com', token: '${T}' }] },
        catalog: { providers: { githubOrg: { id: 'x', githubUrl: 'https://github.com' } } },
      }),
    ).toEqual([expect.stringContaining('needs an integration with a GitHub App')]);
  });

  it('rule: a catalog provider host must match an integration', () => {
    expect(
      checkConfigRules({
        integrations: { github: [{ host: 'github.com', token: '${T}' }] },
        catalog: {
          providers: { github: { main: { host: 'ghe.example.net', organization: 'o' } } },
        },
      }),
    ).toEqual([expect.stringContaining('ghe.example.net')]);
    expect(
      checkConfigRules({ catalog: { providers: { github: { main: { organization: 'o' } } } } }),
    ).toEqual([]);
  });

  it('rule: githubOrg.githubUrl must match an integration', () => {
    expect(
      checkConfigRules({
        integrations: { github: [{ host: 'github.com', token: '${T}' }] },
        catalog: {
          providers: {
            githubOrg: { id: 'x', githubUrl: 'https://ghe.example.net', orgs: ['o'] },
          },
        },
      }),
    ).toEqual([expect.stringContaining('does not match')]);
  });

  it('rule: no resolver that fails at runtime', () => {
    const problems = checkConfigRules({
      auth: {
        providers: {
          github: {
            development: {
              signIn: { resolvers: [{ resolver: 'preferredUsernameMatchingUserEntityName' }] },
            },
          },
        },
      },
    });
    expect(problems).toEqual([expect.stringContaining('preferredUsernameMatchingUserEntityName')]);
    const state = presetState('sign-in-only');
    (state.signIn.resolvers as string[]) = ['preferredUsernameMatchingUserEntityName'];
    expect(fieldsOf(state)).toEqual(['signIn.resolvers']);
  });

  it('discovery and org need credentials', () => {
    const state = base();
    state.credential = 'none';
    expect(fieldsOf(state)).toEqual(expect.arrayContaining(['discovery', 'org']));
  });

  it('never throws on odd states', () => {
    fc.assert(
      fc.property(arbitraryBuilderState, fc.string(), fc.integer(), (state, text, n) => {
        const broken = { ...state, ghesHost: text, tokenVar: text };
        broken.discovery = state.discovery.map((p) => ({
          ...p,
          repositoryPattern: text,
          frequencyMinutes: n,
        }));
        expect(() => validateState(broken)).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});

describe('secrets', () => {
  it('a secret in any string field is an error, and nothing is generated', () => {
    for (const secret of [fakeToken, fakePem, 'github_pat_' + '1'.repeat(30)]) {
      const state = presetState('org-discovery-pat');
      state.discovery[0]!.catalogPath = secret;
      expect(fieldsOf(state)).toContain('discovery.0.catalogPath');
      expect(() => generateFiles(state)).toThrow(InvalidStateError);
    }
  });

  it('no generated file ever contains something that looks like a secret', () => {
    fc.assert(
      fc.property(arbitraryBuilderState, (state) => {
        for (const file of generateFiles(state)) expect(detectSecret(file.content)).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it('secret keys are always ${VAR} references or $include', () => {
    fc.assert(
      fc.property(arbitraryBuilderState, (state) => {
        const config = buildConfig(state).config as {
          integrations?: {
            github: Array<{ token?: string; apps?: Array<Record<string, unknown>> }>;
          };
          auth?: { providers: { github: Record<string, { clientSecret: string }> } };
        };
        const ref = /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/;
        for (const integration of config.integrations?.github ?? []) {
          if (integration.token !== undefined) expect(integration.token).toMatch(ref);
          for (const app of integration.apps ?? []) {
            if ('$include' in app) expect(Object.keys(app)).toEqual(['$include']);
            else
              for (const key of ['privateKey', 'clientSecret', 'webhookSecret'])
                if (key in app) expect(app[key]).toMatch(ref);
          }
        }
        for (const env of Object.values(config.auth?.providers.github ?? {})) {
          expect(env.clientSecret).toMatch(ref);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a state holding a secret never becomes a link, and a link holding one is refused', () => {
    const state = presetState('local-pat');
    state.tokenVar = fakeToken;
    expect(encodeState(state)).toBeUndefined();
    for (const search of [
      `?v=2&preset=local-pat&tokenVar=${fakeToken}`,
      `?v=2&preset=local-pat&discovery=1&discovery.0.catalogPath=${encodeURIComponent(fakePem)}`,
    ]) {
      const decoded = decodeUrl(search);
      expect(decoded.notice).toMatch(/looks like a token/);
      expect(JSON.stringify(decoded.state)).not.toContain('ghp_');
      expect(JSON.stringify(decoded.state)).not.toContain('PRIVATE KEY');
    }
  });
});
