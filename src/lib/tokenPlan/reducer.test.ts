import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureIds } from '../../data/tokenFeatures';
import {
  pendingPlannerState,
  plannerReducer,
  restoredPlannerState,
  type PlannerAction,
  type PlannerState,
  type TextField,
} from './reducer';
import { defaultPlanInput, inputToQuery } from './state';

const token = `ghp_${'A1b2C3d4E5'.repeat(4)}`;
const run = (state: PlannerState, ...actions: PlannerAction[]) =>
  actions.reduce(plannerReducer, state);

describe('planner lifecycle (no lost input)', () => {
  it('starts pending with the defaults, which is what the static HTML shows', () => {
    const state = pendingPlannerState();
    expect(state).toEqual({ input: defaultPlanInput, refused: {}, touched: false, ready: false });
  });

  it('restoring reads the query and makes the state final', () => {
    const state = run(pendingPlannerState(), {
      type: 'restored',
      search: '?features=orgData&ownerType=organization&owner=octo-org',
    });
    expect(state.ready).toBe(true);
    expect(state.touched).toBe(false);
    expect(state.input.features).toEqual(['orgData']);
    expect(state.input.ownerType).toBe('organization');
    expect(state.input.ownerName).toBe('octo-org');
  });

  it('an empty query restores the defaults', () => {
    expect(restoredPlannerState('').input).toEqual(defaultPlanInput);
    expect(restoredPlannerState('').ready).toBe(true);
  });

  it('a restore after an edit keeps the edit and ignores the query', () => {
    const state = run(
      pendingPlannerState(),
      { type: 'featureToggled', feature: 'pullRequests', on: true },
      { type: 'restored', search: '?features=orgData' },
    );
    expect(state.ready).toBe(true);
    expect(state.input.features).toEqual(['catalog', 'pullRequests']);
  });

  it('a second restore changes nothing', () => {
    const restored = restoredPlannerState('?features=secrets');
    const edited = run(restored, { type: 'featureToggled', feature: 'techdocs', on: true });
    expect(plannerReducer(edited, { type: 'restored', search: '?features=orgData' })).toBe(edited);
  });

  it('restores exactly what inputToQuery wrote, for any reachable input (property)', () => {
    const action = fc.oneof(
      fc.record({
        type: fc.constant('featureToggled' as const),
        feature: fc.constantFrom(...featureIds),
        on: fc.boolean(),
      }),
      fc.record({
        type: fc.constant('visibilityChosen' as const),
        visibility: fc.constantFrom('public' as const, 'private' as const),
      }),
      fc.record({
        type: fc.constant('ownerTypeChosen' as const),
        ownerType: fc.constantFrom('user' as const, 'organization' as const),
      }),
      fc.record({
        type: fc.constant('textEdited' as const),
        field: fc.constantFrom<TextField>(
          'ownerName',
          'host',
          'expiresInDays',
          'tokenName',
          'backstageUrl',
        ),
        // `none` is how the query writes "no expiration"; a number field cannot hold it.
        value: fc.string({ maxLength: 30 }).filter((v) => v !== 'none'),
      }),
      fc.record({ type: fc.constant('noExpirationSet' as const), on: fc.boolean() }),
      fc.record({ type: fc.constant('webhooksSet' as const), on: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), (actions) => {
        const state = run(restoredPlannerState(''), ...actions);
        const again = restoredPlannerState(inputToQuery(state.input));
        // `expires` is written as `none` when there is no expiration, so the typed days are not kept then.
        const comparable = (s: PlannerState) => ({
          ...s.input,
          expiresInDays: s.input.noExpiration ? '' : s.input.expiresInDays,
          // An empty feature list is written as `features=` and read back as empty.
          features: [...s.input.features],
        });
        expect(comparable(again)).toEqual(comparable(state));
      }),
    );
  });
});

describe('planner edits', () => {
  const ready = () => restoredPlannerState('');

  it('toggling features keeps the canonical order without duplicates', () => {
    const state = run(
      ready(),
      { type: 'featureToggled', feature: 'techdocs', on: true },
      { type: 'featureToggled', feature: 'discovery', on: true },
      { type: 'featureToggled', feature: 'discovery', on: true },
      { type: 'featureToggled', feature: 'catalog', on: false },
    );
    expect(state.input.features).toEqual(['discovery', 'techdocs']);
    expect(state.touched).toBe(true);
  });

  it('each choice sets its own field only', () => {
    const state = run(
      ready(),
      { type: 'visibilityChosen', visibility: 'public' },
      { type: 'ownerTypeChosen', ownerType: 'organization' },
      { type: 'noExpirationSet', on: true },
      { type: 'webhooksSet', on: true },
      { type: 'textEdited', field: 'host', value: 'octo.ghe.com' },
    );
    expect(state.input).toEqual({
      ...defaultPlanInput,
      visibility: 'public',
      ownerType: 'organization',
      noExpiration: true,
      webhooks: true,
      host: 'octo.ghe.com',
    });
  });

  it('a value that looks like a token is refused: the field keeps its value and gets a message', () => {
    const before = run(ready(), { type: 'textEdited', field: 'tokenName', value: 'Portal' });
    const after = plannerReducer(before, { type: 'textEdited', field: 'tokenName', value: token });
    expect(after.input.tokenName).toBe('Portal');
    expect(after.refused.tokenName).toMatch(/not accepted/);
    expect(JSON.stringify(after)).not.toContain(token);
    // Typing an ordinary value clears the message.
    const cleared = plannerReducer(after, { type: 'textEdited', field: 'tokenName', value: 'P' });
    expect(cleared.refused).toEqual({});
    expect(cleared.input.tokenName).toBe('P');
  });

  it('a refused value in one field leaves the others’ messages alone', () => {
    const state = run(
      ready(),
      { type: 'textEdited', field: 'host', value: token },
      { type: 'textEdited', field: 'ownerName', value: `x ${token}` },
      { type: 'textEdited', field: 'host', value: 'github.com' },
    );
    expect(Object.keys(state.refused)).toEqual(['ownerName']);
  });
});
