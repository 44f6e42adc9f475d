import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plannerReducer, restoredPlannerState, type PlannerAction } from './reducer';
import { fieldLabel, levelLabel, plannerView, setupValues, softBreaks } from './view';
import { defaultPlanInput } from './state';

const token = `github_pat_${'Q7w8E9r0T1'.repeat(4)}`;
const stateAfter = (...actions: PlannerAction[]) =>
  actions.reduce(plannerReducer, restoredPlannerState(''));

describe('plan summary', () => {
  it('counts the default plan: Contents read, repo, Metadata and Contents for the App', () => {
    const { summary } = plannerView(stateAfter());
    expect(summary.fineGrainedCount).toBe(1);
    expect(summary.classicCount).toBe(1);
    expect(summary.appCount).toBe(2);
    expect(summary.text).toBe('1 fine-grained permission, 1 classic scope, 2 App permissions.');
    expect(summary.problems).toEqual([]);
    expect(summary.create.kind).toBe('link');
  });

  it('the count follows a ticked feature and the link is the plan’s fine-grained link', () => {
    const view = plannerView(
      stateAfter({ type: 'featureToggled', feature: 'pullRequests', on: true }),
    );
    expect(view.summary.fineGrainedCount).toBe(2);
    expect(view.summary.text).toMatch(/^2 fine-grained permissions,/);
    expect(view.summary.create).toEqual({ kind: 'link', url: view.plan.fineGrained.url });
    const url = new URL(view.plan.fineGrained.url ?? '');
    expect(url.searchParams.get('pull_requests')).toBe('write');
  });

  it('invalid fields disable the create action and are listed by their labels, in form order', () => {
    const { summary, fieldErrors } = plannerView(
      stateAfter(
        { type: 'textEdited', field: 'expiresInDays', value: '400' },
        { type: 'ownerTypeChosen', ownerType: 'organization' },
      ),
    );
    expect(summary.create.kind).toBe('none');
    expect(summary.problems.map((p) => p.label)).toEqual([
      'Organization name',
      'Expires after (days)',
    ]);
    expect(summary.create).toEqual({
      kind: 'none',
      reason: 'Fix these fields first: Organization name, Expires after (days).',
    });
    expect(fieldErrors.expiresInDays).toMatch(/1 to 366/);
  });

  it('no feature at all is a problem of the features field', () => {
    const { summary } = plannerView(
      stateAfter({ type: 'featureToggled', feature: 'catalog', on: false }),
    );
    expect(summary.create).toEqual({
      kind: 'none',
      reason: 'Fix this field first: What will Backstage do?',
    });
  });

  it('organization permissions on a personal owner name the permission and the way out', () => {
    const { summary, plan } = plannerView(
      stateAfter({ type: 'featureToggled', feature: 'orgData', on: true }),
    );
    expect(plan.fineGrained.blocked).toBeDefined();
    expect(summary.create).toEqual({
      kind: 'none',
      reason:
        'Members is an organization permission: choose “An organization” as the owner, or use the classic PAT or the GitHub App below.',
    });
  });

  it('GitHub Enterprise Server has no link and says where the manual steps are', () => {
    const { summary } = plannerView(
      stateAfter({ type: 'textEdited', field: 'host', value: 'GHE.Example.net' }),
    );
    expect(summary.create.kind).toBe('none');
    if (summary.create.kind === 'none') {
      expect(summary.create.reason).toContain('on ghe.example.net');
      expect(summary.create.reason).toContain('Still to do by hand on GitHub');
    }
  });

  it('a refused secret shows on its field but keeps the previous, valid plan and link', () => {
    const view = plannerView(stateAfter({ type: 'textEdited', field: 'tokenName', value: token }));
    expect(view.fieldErrors.tokenName).toMatch(/not accepted/);
    expect(view.summary.create.kind).toBe('link');
    expect(JSON.stringify(view)).not.toContain(token);
  });

  it('the manifest text is the plan’s manifest', () => {
    const view = plannerView(stateAfter());
    expect(JSON.parse(view.manifestJson)).toEqual(view.plan.app.manifest);
  });
});

describe('labels', () => {
  it('the owner field is named after the owner type', () => {
    expect(fieldLabel('ownerName', 'user')).toBe('Your GitHub username');
    expect(fieldLabel('ownerName', 'organization')).toBe('Organization name');
  });

  it('access levels use GitHub’s words', () => {
    expect(levelLabel('read')).toBe('Read-only');
    expect(levelLabel('write')).toBe('Read and write');
    expect(levelLabel('admin')).toBe('Admin');
    expect(levelLabel('read', true)).toBe('Read-only (implied)');
  });
});

describe('setupValues (hand-over to a site-wide setup)', () => {
  it('returns the owner, host and token name when they are valid', () => {
    expect(
      setupValues({
        ...defaultPlanInput,
        ownerName: ' octo-org ',
        host: 'Octo.GHE.com',
        tokenName: ' Backstage catalog ',
      }),
    ).toEqual({ owner: 'octo-org', host: 'octo.ghe.com', tokenName: 'Backstage catalog' });
  });

  it('leaves out empty and invalid values', () => {
    expect(setupValues({ ...defaultPlanInput, ownerName: '', host: 'https://github.com' })).toEqual(
      { tokenName: 'Backstage' },
    );
    expect(
      setupValues({ ...defaultPlanInput, ownerName: '-bad-', tokenName: 'x'.repeat(41) }),
    ).toEqual({ host: 'github.com' });
  });

  it('never returns a value that looks like a secret', () => {
    const values = setupValues({ ...defaultPlanInput, ownerName: token, tokenName: token });
    expect(JSON.stringify(values)).not.toContain(token);
  });
});

describe('softBreaks', () => {
  it('splits after a slash inside a word and nowhere else', () => {
    expect(softBreaks('fails (backstage/backstage#17465).')).toEqual([
      'fails (backstage/',
      'backstage#17465).',
    ]);
    expect(softBreaks('go to /api/events/http/github under it')).toEqual([
      'go to /api/',
      'events/',
      'http/',
      'github under it',
    ]);
    expect(softBreaks('read and / or write')).toEqual(['read and / or write']);
    expect(softBreaks('')).toEqual(['']);
  });

  it('loses no character (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(softBreaks(s).join('')).toBe(s);
      }),
    );
  });
});
