import React from 'react';
import { fieldId, orgsFollowDiscovery, usersAndTeamsOrgs } from '@site/src/lib/configBuilder';
import { CheckboxField, GroupErrors, ListField, MinutesField, TextField } from './fields';
import type { SectionProps } from './sectionProps';
import styles from './styles.module.css';

/**
 * Users and teams (`catalog.providers.githubOrg`). Its organizations follow
 * discovery's unless the reader asks for a different list.
 */
export default function OrgSection({
  prefix,
  form,
  dispatch,
  errorsFor,
  todoFor,
  generation,
}: SectionProps): React.JSX.Element {
  const id = (f: string): string => fieldId(prefix, f);
  const org = form.org;
  const following = orgsFollowDiscovery(form);
  const followed = usersAndTeamsOrgs(form);
  return (
    <fieldset className={styles.section}>
      <legend>Users and teams (catalog.providers.githubOrg)</legend>
      <CheckboxField
        id={id('org.enabled')}
        label="Import users and teams from GitHub"
        checked={org.enabled}
        onChange={(enabled) => dispatch({ type: 'updateOrg', patch: { enabled } })}
      />
      <GroupErrors id={id('org')} errors={errorsFor('org')} />
      {org.enabled && (
        <>
          {form.discovery.length > 0 && (
            <CheckboxField
              id={id('org.separateOrgs')}
              label="Use a different organization for users and teams"
              hint={
                following
                  ? `Now: the organization discovery scans (${followed.join(', ') || 'none yet'}).`
                  : 'Users and teams come from the list below, not from discovery.'
              }
              checked={org.separateOrgs}
              onChange={(separate) => dispatch({ type: 'setSeparateOrgs', separate })}
            />
          )}
          {!following && (
            <ListField
              key={`orgs-${generation}`}
              id={id('org.orgs')}
              label="Organizations"
              hint={
                form.credential === 'app'
                  ? 'Separated by commas. Empty: every organization the GitHub App is installed in.'
                  : 'Separated by commas. With a token, list at least one.'
              }
              value={org.orgs}
              errors={errorsFor('org.orgs')}
              todo={todoFor('org.orgs')}
              onChange={(orgs) => dispatch({ type: 'updateOrg', patch: { orgs } })}
            />
          )}
          <TextField
            id={id('org.id')}
            label="Provider id"
            hint="Any name, for example production."
            value={org.id}
            errors={errorsFor('org.id')}
            onChange={(value) => dispatch({ type: 'updateOrg', patch: { id: value } })}
          />
          <MinutesField
            key={`frequency-${generation}`}
            id={id('org.frequencyMinutes')}
            label="Run every (minutes)"
            value={org.frequencyMinutes}
            errors={errorsFor('org.frequencyMinutes')}
            onChange={(frequencyMinutes) =>
              dispatch({ type: 'updateOrg', patch: { frequencyMinutes } })
            }
          />
          <MinutesField
            key={`timeout-${generation}`}
            id={id('org.timeoutMinutes')}
            label="Time out after (minutes)"
            value={org.timeoutMinutes}
            errors={errorsFor('org.timeoutMinutes')}
            onChange={(timeoutMinutes) =>
              dispatch({ type: 'updateOrg', patch: { timeoutMinutes } })
            }
          />
          {form.credential === 'app' && (
            <CheckboxField
              id={id('org.useVerifiedEmails')}
              label="Use verified-domain emails"
              hint="With a GitHub App, GitHub returns no public emails; this fills user emails from your verified domains."
              checked={org.useVerifiedEmails}
              onChange={(useVerifiedEmails) =>
                dispatch({ type: 'updateOrg', patch: { useVerifiedEmails } })
              }
            />
          )}
        </>
      )}
    </fieldset>
  );
}
