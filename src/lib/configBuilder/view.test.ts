import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mdxCodeBlocks } from '../mdx/codeBlocks';
import { fileChanges } from './changes';
import { generateFiles } from './generate';
import { setupValues } from './handover';
import { findPlaceholders, isPlaceholderHost, markPlaceholders } from './placeholders';
import { presetState, presets } from './presets';
import { builderReducer, initBuilder, type BuilderAction, type BuilderModel } from './reducer';
import { legacyFrontendAppTsx, newFrontendAppTsx } from './signInPage';
import { describeField, fieldMessages, outputView, segmentLine } from './view';
import { zipEntryPath, zipFiles, zipFolder } from './zip';

function run(model: BuilderModel, ...actions: BuilderAction[]): BuilderModel {
  return actions.reduce(builderReducer, model);
}
const acme: BuilderAction = { type: 'updateProvider', index: 0, patch: { organization: 'acme' } };

describe('still to fill in', () => {
  it('finds the presets’ example values only where the files use them', () => {
    expect(findPlaceholders(presetState('local-pat'))).toEqual([]);
    expect(findPlaceholders(presetState('sign-in-only'))).toEqual([]);
    expect(findPlaceholders(presetState('org-discovery-pat')).map((p) => p.field)).toEqual([
      'discovery.0.organization',
    ]);
    expect(findPlaceholders(presetState('ghes')).map((p) => [p.field, p.value])).toEqual([
      ['ghesHost', 'github.example.com'],
      ['apiBaseUrl', 'github.example.com'],
      ['rawBaseUrl', 'github.example.com'],
      ['discovery.0.organization', 'example-org'],
    ]);
    // The GHES host is not used with github.com.
    const dotCom = { ...presetState('ghes'), hostKind: 'github.com' as const };
    expect(findPlaceholders(dotCom).map((p) => p.field)).toEqual(['discovery.0.organization']);
  });

  it('knows the domains reserved for examples', () => {
    for (const host of [
      'example.com',
      'github.example.com',
      'git.EXAMPLE.org',
      'ghe.example',
      'x.test',
      'a.invalid',
    ]) {
      expect(isPlaceholderHost(host)).toBe(true);
    }
    for (const host of ['github.com', 'example.company.com', 'myexample.com', 'git.acme.dev']) {
      expect(isPlaceholderHost(host)).toBe(false);
    }
  });

  it('marks whole names in a file, not parts of longer names', () => {
    const content =
      'organization: example-org\norgs:\n  - example-org-tools\n  - example-org\nurl: https://github.example.com/api/v3\n';
    expect(markPlaceholders(content, ['example-org', 'github.example.com'])).toEqual([
      { line: 1, start: 14, end: 25, value: 'example-org' },
      { line: 4, start: 4, end: 15, value: 'example-org' },
      { line: 5, start: 13, end: 31, value: 'github.example.com' },
    ]);
  });

  it('blocks copy and download, says why, and typing an organization unblocks them', () => {
    const start = initBuilder({ presetId: 'org-discovery-pat', ready: true });
    const view = outputView(start, 'cb');
    expect(view.status).toBe('todo');
    expect(view.canCopy).toBe(false);
    expect(view.blockedReason).toMatch(/example values \(example-org\)/);
    expect(view.todo).toEqual([
      {
        field: 'discovery.0.organization',
        targetId: 'cb-discovery-0-organization',
        label: 'Discovery provider 1, organization',
        message: 'example-org is an example: enter your GitHub organization.',
      },
    ]);
    const config = view.files.find((f) => f.file.path === 'app-config.yaml')!;
    // Marked in discovery and in users and teams, which follow it.
    expect(config.placeholders.map((m) => m.value)).toEqual(['example-org', 'example-org']);
    expect(fieldMessages(start).todoFor('discovery.0.organization')).toMatch(/example/);

    const filled = outputView(run(start, acme), 'cb');
    expect(filled).toMatchObject({ status: 'ready', canCopy: true, todo: [] });
    expect(filled.blockedReason).toBeUndefined();
    expect(filled.summary).toBe('5 files ready to copy.');
  });
});

describe('the output view', () => {
  it('stale: problems link to their fields and the last files stay, marked', () => {
    const valid = run(initBuilder({ presetId: 'org-discovery-pat', ready: true }), acme);
    const model = run(
      valid,
      { type: 'updateProvider', index: 0, patch: { organization: '-bad-' } },
      { type: 'updateOrg', patch: { timeoutMinutes: 0 } },
    );
    const view = outputView(model, 'cb-x');
    expect(view.status).toBe('stale');
    expect(view.files.map((f) => f.file)).toEqual(valid.files);
    expect(view.summary).toBe('Fix 2 problems: the files shown are out of date.');
    expect(view.problems.map((p) => [p.targetId, p.label])).toEqual([
      ['cb-x-discovery-0-organization', 'Discovery provider 1, organization'],
      ['cb-x-org-timeoutMinutes', 'Users and teams, time out after'],
    ]);
    expect(view.canCopy).toBe(false);
    expect(view.blockedReason).toMatch(/until the form is valid/);
  });

  it('tells what the last edit changed, for the status bar', () => {
    const model = run(initBuilder({ presetId: 'org-discovery-pat', ready: true }), acme);
    const view = outputView(model, 'cb');
    expect(view.lastChange).toMatchObject({ path: 'app-config.yaml', text: 'organization: acme' });
    const config = view.files.find((f) => f.file.path === 'app-config.yaml')!;
    expect(config.changedLines).toContain(view.lastChange!.line);
  });

  it('names fields for people', () => {
    expect(describeField('apps.1.clientIdVar')).toBe('GitHub App 2, client ID variable');
    expect(describeField('signIn.environment')).toBe('Sign-in, auth environment');
    expect(describeField('tokenVar')).toBe('Token variable');
  });
});

describe('fileChanges', () => {
  const f = (path: string, content: string) => ({
    path,
    content,
    language: 'yaml' as const,
    guideStep: 3,
    why: '',
  });
  it('marks changed and inserted lines and added files, not unchanged ones', () => {
    expect(
      fileChanges(
        [f('a', 'x\ny\nz\n'), f('b', 'same\n')],
        [f('a', 'x\nY\nz\nnew\n'), f('b', 'same\n'), f('c', 'c\n')],
      ),
    ).toEqual([
      { path: 'a', added: false, lines: [2, 4] },
      { path: 'c', added: true, lines: [] },
    ]);
  });
  it('a repeated line counts once per occurrence', () => {
    expect(fileChanges([f('a', 'k\n')], [f('a', 'k\nk\n')])).toEqual([
      { path: 'a', added: false, lines: [2] },
    ]);
  });
});

describe('the sign-in page is what guide step 4 shows', () => {
  const step4 = readFileSync(
    join(__dirname, '../../../docs/guide/04-sign-in-with-github.mdx'),
    'utf8',
  );
  const blocks = mdxCodeBlocks(step4, 'docs/guide/04-sign-in-with-github.mdx')
    .filter(
      (b) => b.lang === 'tsx' && b.meta.attributes.get('title') === 'packages/app/src/App.tsx',
    )
    .map((b) => `${b.code}\n`);

  it('step 4 has one App.tsx block per frontend system, and they are the generated files', () => {
    expect(blocks).toEqual([newFrontendAppTsx, legacyFrontendAppTsx]);
  });

  it('the generated App.tsx keeps the create-app 0.9.2 template’s features', () => {
    // templates/default-app/packages/app/src/App.tsx: createApp({ features: [catalogPlugin, navModule, homeModule] })
    for (const line of [
      "import catalogPlugin from '@backstage/plugin-catalog/alpha';",
      "import { navModule } from './modules/nav';",
      "import { homeModule } from './modules/home';",
      '    catalogPlugin,\n    navModule,\n    homeModule,\n',
    ]) {
      expect(newFrontendAppTsx).toContain(line);
    }
  });

  it('each frontend choice generates its file', () => {
    const state = presetState('sign-in-only');
    const app = (s: typeof state) =>
      generateFiles(s).find((x) => x.path === 'packages/app/src/App.tsx')!.content;
    expect(app(state)).toBe(newFrontendAppTsx);
    expect(app({ ...state, signIn: { ...state.signIn, frontend: 'legacy' } })).toBe(
      legacyFrontendAppTsx,
    );
  });
});

describe('zip', () => {
  it('holds every file at its path in one folder, with a README, byte for byte', () => {
    const files = generateFiles(presetState('production-app'));
    const zip = zipFiles(files, {
      site: 'https://guide.test',
      mtime: new Date('2026-01-02T03:04:05Z'),
    });
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(
      [
        `${zipFolder}/README.md`,
        `${zipFolder}/app-config.yaml`,
        `${zipFolder}/github-app-backstage-credentials.yaml`,
        `${zipFolder}/.env.example`,
        `${zipFolder}/install-commands.sh`,
        `${zipFolder}/packages/backend/src/index.ts`,
        `${zipFolder}/packages/app/src/App.tsx`,
      ].sort(),
    );
    for (const file of files) expect(strFromU8(entries[zipEntryPath(file)]!)).toBe(file.content);
    expect(strFromU8(entries[`${zipFolder}/README.md`]!)).toContain(
      'Guide step 9, Move the backend to a GitHub App: https://guide.test/guide/github-app',
    );
  });
});

describe('values for "your setup"', () => {
  it('hands over names in use and leaves out examples', () => {
    expect(setupValues(presetState('org-discovery-pat'))).toEqual({
      host: 'github.com',
      tokenVar: 'GITHUB_TOKEN',
      providerId: 'main',
    });
    const state = presetState('production-app');
    state.discovery[0]!.organization = 'acme';
    expect(setupValues(state)).toEqual({
      host: 'github.com',
      organization: 'acme',
      appName: 'backstage',
      providerId: 'main',
    });
    const ghes = presetState('ghes');
    ghes.ghesHost = 'git.acme.dev';
    expect(setupValues(ghes).host).toBe('git.acme.dev');
    expect(setupValues(presetState('ghes')).host).toBeUndefined();
  });

  it('never hands over anything for presets beyond the form’s own values', () => {
    for (const preset of presets) {
      const values = Object.values(setupValues(preset.state));
      for (const v of values) expect(JSON.stringify(preset.state)).toContain(v);
    }
  });
});

describe('segmentLine', () => {
  it('wraps exactly the marked characters, across and inside tokens', () => {
    const tokens = [{ content: 'organization' }, { content: ': ' }, { content: 'example-org' }];
    expect(segmentLine(tokens, [{ start: 14, end: 25 }])).toEqual([
      { token: 0, text: 'organization', marked: false },
      { token: 1, text: ': ', marked: false },
      { token: 2, text: 'example-org', marked: true },
    ]);
    expect(
      segmentLine([{ content: 'url: https://github.example.com/api' }], [{ start: 13, end: 31 }]),
    ).toEqual([
      { token: 0, text: 'url: https://', marked: false },
      { token: 0, text: 'github.example.com', marked: true },
      { token: 0, text: '/api', marked: false },
    ]);
    expect(segmentLine([{ content: 'ab' }, { content: 'cd' }], [{ start: 1, end: 3 }])).toEqual([
      { token: 0, text: 'a', marked: false },
      { token: 0, text: 'b', marked: true },
      { token: 1, text: 'c', marked: true },
      { token: 1, text: 'd', marked: false },
    ]);
  });
});
