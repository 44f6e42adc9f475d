import React from 'react';
import {
  importedNamespace,
  orgImportNamespaceSources,
  userNamespace,
} from '@site/src/data/orgImportNamespaces';

const single = { definitions: 1, orgsListed: 1 } as const;
const several = { definitions: 1, orgsListed: 2 } as const;

/**
 * Step 7's statement of which namespaces the GitHub org entity provider imports
 * users and teams into, rendered from `src/data/orgImportNamespaces.ts` (the
 * same data the real-backend suite checks against a running backend).
 * The example organization is `my-org`.
 */
export default function OrgNamespaces(): React.JSX.Element {
  const org = 'my-org';
  return (
    <>
      <ul>
        <li>
          <strong>Users</strong> always land in the <code>{userNamespace}</code> namespace, however
          many organizations you import: you become{' '}
          <code>{`user:${importedNamespace('User', org, several)}/<your-login>`}</code>. Someone who
          belongs to several of the organizations is imported once.
        </li>
        <li>
          <strong>Teams</strong> land in <code>{importedNamespace('Group', org, single)}</code> only
          when there is exactly one <code>githubOrg</code> definition and it lists exactly one
          organization under <code>orgs</code>:{' '}
          <code>{`group:${importedNamespace('Group', org, single)}/<team-slug>`}</code>.
        </li>
        <li>
          In every other layout (several organizations, several definitions, or no <code>orgs</code>{' '}
          so that every organization the GitHub App is installed in is imported, even if that is
          only one) each team lands in a namespace named after its organization, in lower case:{' '}
          <code>{`group:${importedNamespace('Group', org, several)}/<team-slug>`}</code>. The
          team&apos;s members are still <code>{`user:${userNamespace}/<login>`}</code>.
        </li>
      </ul>
      <p>
        <small>
          Source:{' '}
          {orgImportNamespaceSources.map((s, index) => (
            <React.Fragment key={s.file}>
              {index > 0 && ' and '}
              <code>{`${s.package}@${s.version}`}</code> <code>{s.file}</code>
            </React.Fragment>
          ))}
          , checked by the real-backend tests.
        </small>
      </p>
    </>
  );
}
