import { featureIds, type FeatureId } from '../../data/tokenFeatures';
import { detectSecret, secretWarning } from '../secrets';
import type { OwnerType, PlanInput, Visibility } from './plan';
import { defaultPlanInput, inputFromQuery } from './state';

/**
 * The token planner's state and every change a reader can make to it, as a
 * reducer with typed actions. Pure: the component holds the state with
 * `useReducer` and only renders what `plannerView` derives from it.
 *
 * Lifecycle (issue 12, no lost input): the static HTML and the first render
 * during hydration show the defaults with `ready: false`, and the form is not
 * operable then. Once mounted in the browser the component dispatches
 * `restored` with the page's query string, which makes the state final
 * (`ready: true`). A planner mounted after hydration (the on-demand panel in a
 * guide step) starts from {@link restoredPlannerState} directly.
 */

/** The planner's free-text fields (the ones a pasted secret can reach). */
export type TextField = 'ownerName' | 'host' | 'expiresInDays' | 'tokenName' | 'backstageUrl';

export interface PlannerState {
  /** The reader's choices; never holds a value that looks like a secret. */
  readonly input: PlanInput;
  /**
   * Refusal message per text field whose last typed value looked like a token
   * or private key; that value was not kept (the field shows the value before it).
   */
  readonly refused: Readonly<Partial<Record<TextField, string>>>;
  /** The reader changed something since the page loaded: from then on the URL follows the state. */
  readonly touched: boolean;
  /** The state is final (the page's query has been read); until then the form is locked. */
  readonly ready: boolean;
}

/** Everything that changes the planner's state. */
export type PlannerAction =
  /** The page's query string (with or without `?`), read once in the browser. */
  | { readonly type: 'restored'; readonly search: string }
  | { readonly type: 'featureToggled'; readonly feature: FeatureId; readonly on: boolean }
  | { readonly type: 'visibilityChosen'; readonly visibility: Visibility }
  | { readonly type: 'ownerTypeChosen'; readonly ownerType: OwnerType }
  | { readonly type: 'textEdited'; readonly field: TextField; readonly value: string }
  | { readonly type: 'noExpirationSet'; readonly on: boolean }
  | { readonly type: 'webhooksSet'; readonly on: boolean };

/** The state of the static HTML and of the hydration render: defaults, not yet final. */
export function pendingPlannerState(): PlannerState {
  return { input: defaultPlanInput, refused: {}, touched: false, ready: false };
}

/**
 * The final state for a page address, for a planner that mounts after
 * hydration and can read its query on the first render.
 * @param search the query string, with or without `?` (may be empty)
 */
export function restoredPlannerState(search: string): PlannerState {
  return plannerReducer(pendingPlannerState(), { type: 'restored', search });
}

const edited = (state: PlannerState, patch: Partial<PlanInput>): PlannerState => ({
  ...state,
  touched: true,
  input: { ...state.input, ...patch },
});

/**
 * Applies one action.
 *
 * - `restored` makes the state final once: if the reader already changed
 *   something (`touched`), their input is kept and the query is ignored, so a
 *   late restore can never discard input; a second `restored` changes nothing.
 * - `textEdited` with a value that looks like a secret (`detectSecret`) keeps
 *   the previous value and records a refusal message for the field instead.
 * - `featureToggled` keeps the features in their canonical order, without
 *   duplicates.
 *
 * @returns a new state (or the same object when nothing changes); never throws.
 */
export function plannerReducer(state: PlannerState, action: PlannerAction): PlannerState {
  switch (action.type) {
    case 'restored':
      if (state.ready) return state;
      return state.touched
        ? { ...state, ready: true }
        : { ...state, ready: true, input: inputFromQuery(action.search) };
    case 'featureToggled': {
      const set = new Set(state.input.features);
      if (action.on) set.add(action.feature);
      else set.delete(action.feature);
      return edited(state, { features: featureIds.filter((f) => set.has(f)) });
    }
    case 'visibilityChosen':
      return edited(state, { visibility: action.visibility });
    case 'ownerTypeChosen':
      return edited(state, { ownerType: action.ownerType });
    case 'noExpirationSet':
      return edited(state, { noExpiration: action.on });
    case 'webhooksSet':
      return edited(state, { webhooks: action.on });
    case 'textEdited': {
      const kind = detectSecret(action.value);
      if (kind) {
        return { ...state, refused: { ...state.refused, [action.field]: secretWarning(kind) } };
      }
      const refused = { ...state.refused };
      delete refused[action.field];
      return { ...edited(state, { [action.field]: action.value }), refused };
    }
  }
}
