import React from 'react';
import { backstageRelease, checkedOn, checkedPackages } from '@site/src/data/versions';

/**
 * States which Backstage release and package versions the guide was checked
 * against, from `src/data/versions.ts`.
 *
 * @param props.compact one sentence instead of the full table
 */
export default function CheckedVersions({
  compact = false,
}: {
  compact?: boolean;
}): React.JSX.Element {
  if (compact) {
    return (
      <p>
        Checked against Backstage <strong>{backstageRelease}</strong> (packages as published on npm
        on {checkedOn}).
      </p>
    );
  }
  return (
    <>
      <p>
        Everything in this guide was checked against Backstage release{' '}
        <strong>{backstageRelease}</strong> and these packages, as published on npm on {checkedOn}:
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Package</th>
            <th scope="col">Version</th>
          </tr>
        </thead>
        <tbody>
          {checkedPackages.map(([name, version]) => (
            <tr key={name}>
              <td>
                <code>{name}</code>
              </td>
              <td>{version}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
