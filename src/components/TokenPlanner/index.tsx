import React from 'react';

export interface TokenPlannerProps {
  /** Embedded in a guide step (compact heading levels). */
  embedded?: boolean;
}

/** Placeholder until the token planner lands (issue 5). */
export default function TokenPlanner(_props: TokenPlannerProps): React.JSX.Element {
  return <p>The token planner is coming soon.</p>;
}
