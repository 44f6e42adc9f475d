import React from 'react';

/** Placeholder until the decision-tree explorer lands (issue 3). */
export default function CredentialExplorer(): React.JSX.Element {
  return <p>The credential explorer is coming soon.</p>;
}
