import { useEffect, useMemo, useReducer, type Dispatch } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useHistory, useLocation } from '@docusaurus/router';
import {
  inputToQuery,
  pendingPlannerState,
  plannerReducer,
  plannerView,
  restoredPlannerState,
  type PlannerAction,
  type PlannerState,
  type PlannerView,
} from '@site/src/lib/tokenPlan';

/** What {@link usePlanner} gives the planner's components. */
export interface PlannerHandle {
  readonly state: PlannerState;
  readonly dispatch: Dispatch<PlannerAction>;
  readonly view: PlannerView;
}

/**
 * The planner's state, kept in step with the page address.
 *
 * No lost input (issue 12): during hydration the state must equal the static
 * HTML (the defaults), so it starts pending (`ready: false`, the form locked)
 * and an effect restores it from the query once; a planner that mounts after
 * hydration (the on-demand panel of a guide step) reads the query on its
 * first render and is ready at once. After the reader's first change, every
 * change replaces the query (`history.replace`), so a link reproduces the plan.
 */
export function usePlanner(): PlannerHandle {
  const isBrowser = useIsBrowser();
  const history = useHistory();
  const location = useLocation();
  const [state, dispatch] = useReducer(plannerReducer, location.search, (search) =>
    isBrowser ? restoredPlannerState(search) : pendingPlannerState(),
  );

  useEffect(() => {
    if (!state.ready) dispatch({ type: 'restored', search: location.search });
    // Once, after hydration: later query changes come from this component.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!state.touched) return;
    history.replace({
      pathname: location.pathname,
      search: inputToQuery(state.input),
      hash: location.hash,
    });
    // The location is read, not watched: watching it would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.input, state.touched]);

  const view = useMemo(() => plannerView(state), [state]);
  return { state, dispatch, view };
}
