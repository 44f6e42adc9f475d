import React from 'react';
import { checkedPackages } from '@site/src/data/versions';

/**
 * Renders `name@version` in code style for an npm package, taking the version
 * from `src/data/versions.ts` so reference pages never repeat a version by hand.
 *
 * @param props.name npm package name, e.g. `@backstage/integration`
 * @param props.version only for packages that `versions.ts` does not list
 *   (the version must then come from the guide's sourced facts)
 * @throws Error during the build when `name` is not in `versions.ts` and no
 *   `version` is given, so a renamed or removed package cannot go unnoticed.
 */
export default function PackageVersion({
  name,
  version,
}: {
  name: string;
  version?: string;
}): React.JSX.Element {
  const checked = checkedPackages.find(([packageName]) => packageName === name)?.[1];
  const shown = checked ?? version;
  if (shown === undefined) {
    throw new Error(`PackageVersion: ${name} is not in src/data/versions.ts; pass a version.`);
  }
  return <code>{`${name}@${shown}`}</code>;
}
