import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builderReducer, initBuilder, type BuilderAction, type BuilderModel } from './reducer';
import { presetState } from './presets';
import { outputView } from './view';

function run(model: BuilderModel, ...actions: BuilderAction[]): BuilderModel {
  return actions.reduce(builderReducer, model);
}

function ready(presetId: Parameters<typeof initBuilder>[0]['presetId']): BuilderModel {
  return initBuilder({ presetId, ready: true });
}

interface Config {
  catalog: {
    providers: {
      github: Record<string, { organization: string }>;
      githubOrg: { orgs?: string[] };
    };
  };
}

function appConfig(model: BuilderModel): Config {
  return parse(model.files.find((f) => f.path === 'app-config.yaml')!.content) as Config;
}

describe('before the link is read', () => {
  it('ignores every edit, so nothing typed can be lost by the load', () => {
    const waiting = initBuilder({ presetId: 'org-discovery-pat', ready: false });
    const after = run(waiting, {
      type: 'updateProvider',
      index: 0,
      patch: { organization: 'typed-too-early' },
    });
    expect(after).toBe(waiting);
  });

  it('load replaces the form, marks it ready and bumps the generation', () => {
    const waiting = initBuilder({ presetId: 'local-pat', ready: false });
    const state = presetState('ghes');
    const loaded = run(waiting, { type: 'load', state, presetId: 'ghes', unchanged: true });
    expect(loaded.ready).toBe(true);
    expect(loaded.form).toEqual(state);
    expect(loaded.presetId).toBe('ghes');
    expect(loaded.generation).toBe(waiting.generation + 1);
    expect(loaded.changes).toEqual([]);
    const changed = run(waiting, {
      type: 'load',
      state,
      presetId: 'ghes',
      unchanged: false,
      notice: 'n',
    });
    expect(changed).toMatchObject({ presetId: '', basePreset: 'ghes', notice: 'n' });
  });
});

describe('edits', () => {
  it('the one organization field feeds discovery and users and teams', () => {
    const model = run(ready('org-discovery-pat'), {
      type: 'updateProvider',
      index: 0,
      patch: { organization: 'acme' },
    });
    const config = appConfig(model);
    expect(config.catalog.providers.github.main?.organization).toBe('acme');
    expect(config.catalog.providers.githubOrg.orgs).toEqual(['acme']);
    expect(model.presetId).toBe('');
    expect(model.changes).toEqual([
      { path: 'app-config.yaml', added: false, lines: expect.any(Array) },
    ]);
  });

  it('separating users and teams copies the organizations, then they change on their own', () => {
    const model = run(
      ready('org-discovery-pat'),
      { type: 'updateProvider', index: 0, patch: { organization: 'acme' } },
      { type: 'setSeparateOrgs', separate: true },
    );
    expect(model.form.org.orgs).toEqual(['acme']);
    const apart = run(
      model,
      { type: 'updateOrg', patch: { orgs: ['acme-people'] } },
      { type: 'updateProvider', index: 0, patch: { organization: 'acme-code' } },
    );
    expect(appConfig(apart).catalog.providers.githubOrg.orgs).toEqual(['acme-people']);
    expect(appConfig(apart).catalog.providers.github.main?.organization).toBe('acme-code');
  });

  it('removing the last provider keeps the organizations users and teams had', () => {
    const model = run(
      ready('org-discovery-pat'),
      { type: 'updateProvider', index: 0, patch: { organization: 'acme' } },
      { type: 'removeProvider', index: 0 },
    );
    expect(model.errors).toEqual([]);
    expect(appConfig(model).catalog.providers.githubOrg.orgs).toEqual(['acme']);
  });

  it('a new provider scans the first one’s organization and gets a free id', () => {
    const model = run(
      ready('org-discovery-pat'),
      { type: 'updateProvider', index: 0, patch: { organization: 'acme' } },
      { type: 'addProvider' },
      { type: 'addProvider' },
      { type: 'addProvider' },
    );
    expect(model.form.discovery.map((p) => [p.id, p.organization])).toEqual([
      ['main', 'acme'],
      ['provider2', 'acme'],
      ['provider3', 'acme'],
    ]);
    expect(model.errors).toEqual([]);
  });

  it('the GHES URLs follow the host while they have the usual form', () => {
    let model = run(ready('ghes'), { type: 'setGhesHost', value: 'git.acme.dev' });
    expect(model.form.apiBaseUrl).toBe('https://git.acme.dev/api/v3');
    expect(model.form.rawBaseUrl).toBe('https://git.acme.dev/raw');
    model = run(
      model,
      { type: 'setApiBaseUrl', value: 'https://api.acme.dev' },
      { type: 'setGhesHost', value: 'git2.acme.dev' },
    );
    expect(model.form.apiBaseUrl).toBe('https://api.acme.dev');
    expect(model.form.rawBaseUrl).toBe('https://git2.acme.dev/raw');
  });

  it('choosing Apps adds one; Apps can be added up to three and removed down to one', () => {
    let model = run(ready('local-pat'), { type: 'setCredential', credential: 'app' });
    expect(model.form.apps.map((a) => a.name)).toEqual(['backstage-1']);
    model = run(model, { type: 'addApp' }, { type: 'addApp' }, { type: 'addApp' });
    expect(model.form.apps.map((a) => a.name)).toEqual([
      'backstage-1',
      'backstage-2',
      'backstage-3',
    ]);
    model = run(
      model,
      { type: 'removeApp', index: 0 },
      { type: 'removeApp', index: 0 },
      { type: 'removeApp', index: 0 },
    );
    expect(model.form.apps.map((a) => a.name)).toEqual(['backstage-3']);
  });

  it('resolvers and visibilities keep the form’s order whatever the click order', () => {
    const model = run(
      ready('org-discovery-pat'),
      { type: 'toggleResolver', resolver: 'usernameMatchingUserEntityName', on: true },
      { type: 'toggleResolver', resolver: 'emailMatchingUserEntityProfileEmail', on: true },
      { type: 'toggleResolver', resolver: 'userIdMatchingUserEntityAnnotation', on: false },
      { type: 'toggleVisibility', index: 0, visibility: 'internal', on: true },
      { type: 'toggleVisibility', index: 0, visibility: 'public', on: true },
    );
    expect(model.form.signIn.resolvers).toEqual([
      'emailMatchingUserEntityProfileEmail',
      'usernameMatchingUserEntityName',
    ]);
    expect(model.form.discovery[0]!.visibility).toEqual(['public', 'internal']);
  });

  it('out-of-range indexes are ignored', () => {
    const start = ready('org-discovery-pat');
    expect(run(start, { type: 'updateProvider', index: 5, patch: { id: 'x' } })).toBe(start);
    expect(run(start, { type: 'removeProvider', index: -1 })).toBe(start);
    expect(run(start, { type: 'updateApp', index: 0, patch: { name: 'x' } })).toBe(start);
  });

  it('the legacy frontend choice changes App.tsx only', () => {
    const start = ready('sign-in-only');
    const legacy = run(start, { type: 'updateSignIn', patch: { frontend: 'legacy' } });
    expect(legacy.changes.map((c) => c.path)).toEqual(['packages/app/src/App.tsx']);
    expect(legacy.files.find((f) => f.path === 'packages/app/src/App.tsx')!.content).toContain(
      'components: {',
    );
  });

  it('reset returns to the base preset; choosing a preset changes the base', () => {
    let model = run(ready('ghes'), { type: 'setTokenVar', value: 'MY_TOKEN' }, { type: 'reset' });
    expect(model.form).toEqual(presetState('ghes'));
    model = run(model, { type: 'choosePreset', presetId: 'sign-in-only' }, { type: 'reset' });
    expect(model).toMatchObject({ presetId: 'sign-in-only', basePreset: 'sign-in-only' });
  });
});

describe('invalid input keeps the last valid files, marked stale', () => {
  it('keeps the files, then updates them once valid again', () => {
    const valid = run(ready('org-discovery-pat'), {
      type: 'updateProvider',
      index: 0,
      patch: { organization: 'acme' },
    });
    const invalid = run(valid, {
      type: 'updateProvider',
      index: 0,
      patch: { organization: '-bad-' },
    });
    expect(invalid.errors.map((e) => e.field)).toEqual(['discovery.0.organization']);
    expect(invalid.files).toBe(valid.files);
    expect(invalid.stale).toBe(true);
    expect(invalid.changes).toEqual([]);
    const fixed = run(invalid, {
      type: 'updateProvider',
      index: 0,
      patch: { organization: 'acme2' },
    });
    expect(fixed.stale).toBe(false);
    expect(appConfig(fixed).catalog.providers.github.main?.organization).toBe('acme2');
    // Changes are measured against the files that were on screen (the stale ones).
    expect(fixed.changes[0]?.path).toBe('app-config.yaml');
  });

  it('a form invalid from the start has no files and is not stale', () => {
    const state = presetState('ghes');
    state.ghesHost = 'not a host';
    const model = run(initBuilder({ ready: false }), {
      type: 'load',
      state,
      presetId: 'ghes',
      unchanged: false,
    });
    expect(model.files).toEqual([]);
    expect(model.stale).toBe(false);
    expect(outputView(model, 'cb').status).toBe('invalid');
  });
});
