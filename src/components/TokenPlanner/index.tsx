import React, { lazy } from 'react';
import OnDemandPanel from '@site/src/components/OnDemandPanel';
import { pages } from '@site/src/data/guideSteps';

export interface TokenPlannerProps {
  /** Kept for the guide pages that embed `<TokenPlanner embedded />`; the panel is always compact. */
  embedded?: boolean;
}

// The planner (its form, data and tables) loads only when a reader opens the panel.
const Planner = lazy(() => import('./Planner'));

/**
 * The token planner as embedded in a guide step: a collapsed panel that loads
 * the planner on demand (see `OnDemandPanel`). The tool's own page,
 * /tools/token-planner, renders `./Planner` directly, so its static HTML
 * carries the planner's default tables.
 */
export default function TokenPlanner(_props: TokenPlannerProps): React.JSX.Element {
  return (
    <OnDemandPanel
      heading="Work out the minimal permissions for your features"
      hint="Tick what Backstage will do and get the fine-grained permissions, classic scopes and GitHub App manifest, with a pre-filled link that creates the token."
      pagePath={pages.tokenPlanner}
      pageLabel="token planner"
      openLabel="Open the planner here"
      closeLabel="Hide the planner"
    >
      <Planner embedded />
    </OnDemandPanel>
  );
}
