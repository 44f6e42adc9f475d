import React from 'react';
import Link from '@docusaurus/Link';
import {
  checkedOn,
  checkedPackages,
  packagesRelease,
  templateRelease,
} from '@site/src/data/versions';

/**
 * States which Backstage release and package versions the guide was checked
 * against, from `src/data/versions.ts`: the app `create-app` generates
 * (`templateRelease`) and the newest GitHub-related packages, which come from
 * a later release (`packagesRelease`).
 *
 * @param props.compact one sentence instead of the full table
 */
export default function CheckedVersions({
  compact = false,
}: {
  compact?: boolean;
}): React.JSX.Element {
  const createApp = checkedPackages.find(([name]) => name === '@backstage/create-app')?.[1];
  if (compact) {
    return (
      <p>
        Checked on {checkedOn} against the app <code>create-app</code> {createApp} generates
        (Backstage <strong>{templateRelease}</strong>) and the newest GitHub packages on npm (
        <Link to="/reference/config-keys#versions-checked">versions</Link>).
      </p>
    );
  }
  return (
    <>
      <p>
        Everything in this guide was checked on {checkedOn} against the app that{' '}
        <code>@backstage/create-app</code> {createApp} generates, which is Backstage release{' '}
        <strong>{templateRelease}</strong>, and against the newest versions of these packages on
        npm. Those are newer than the ones the {templateRelease} template installs: they belong to{' '}
        {packagesRelease}. A new app starts on the versions its template pins; where the newer
        packages behave differently in a way this guide covers, the page says so.
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
