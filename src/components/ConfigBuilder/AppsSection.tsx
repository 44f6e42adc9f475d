import React from 'react';
import { fieldId, maxApps } from '@site/src/lib/configBuilder';
import { CheckboxField, GroupErrors, ListField, RadioGroup, TextField } from './fields';
import type { SectionProps } from './sectionProps';
import styles from './styles.module.css';

const envFields = [
  ['appIdVar', 'App ID variable'],
  ['clientIdVar', 'Client ID variable'],
  ['clientSecretVar', 'Client secret variable'],
  ['privateKeyVar', 'Private key variable'],
] as const;

/** The GitHub Apps of the integration: name, where the credentials come from, allowed owners. */
export default function AppsSection({
  prefix,
  form,
  dispatch,
  errorsFor,
  todoFor,
  generation,
}: SectionProps): React.JSX.Element {
  const id = (f: string): string => fieldId(prefix, f);
  return (
    <>
      <GroupErrors id={id('apps')} errors={errorsFor('apps')} />
      {form.apps.map((app, index) => {
        const f = (name: string): string => `apps.${index}.${name}`;
        const update = (patch: Partial<typeof app>): void =>
          dispatch({ type: 'updateApp', index, patch });
        return (
          <fieldset key={index} className={styles.item}>
            <legend>GitHub App {index + 1}</legend>
            <TextField
              id={id(f('name'))}
              label="Short name"
              hint={`Names the credentials file github-app-${app.name || '<name>'}-credentials.yaml.`}
              value={app.name}
              errors={errorsFor(f('name'))}
              onChange={(name) => update({ name })}
            />
            <RadioGroup
              id={id(f('source'))}
              legend="Where its credentials come from"
              value={app.source}
              options={[
                { value: 'include', label: 'A credentials file ($include)' },
                { value: 'env', label: 'Environment variables' },
              ]}
              onChange={(source) => update({ source })}
            />
            {app.source === 'env' &&
              envFields.map(([key, label]) => (
                <TextField
                  key={key}
                  id={id(f(key))}
                  label={label}
                  value={app[key]}
                  errors={errorsFor(f(key))}
                  onChange={(value) => update({ [key]: value })}
                />
              ))}
            <CheckboxField
              id={id(f('webhookSecret'))}
              label="The App has a webhook secret"
              checked={app.webhookSecret}
              onChange={(webhookSecret) => update({ webhookSecret })}
            />
            {app.source === 'env' && app.webhookSecret && (
              <TextField
                id={id(f('webhookSecretVar'))}
                label="Webhook secret variable"
                value={app.webhookSecretVar}
                errors={errorsFor(f('webhookSecretVar'))}
                onChange={(webhookSecretVar) => update({ webhookSecretVar })}
              />
            )}
            <ListField
              key={`owners-${generation}`}
              id={id(f('allowedInstallationOwners'))}
              label="Allowed installation owners (optional)"
              hint="GitHub organizations or users this App may act for, separated by commas. Empty: every installation."
              value={app.allowedInstallationOwners}
              errors={errorsFor(f('allowedInstallationOwners'))}
              todo={todoFor(f('allowedInstallationOwners'))}
              onChange={(allowedInstallationOwners) => update({ allowedInstallationOwners })}
            />
            {form.apps.length > 1 && (
              <button
                type="button"
                className="button button--sm button--secondary"
                onClick={() => dispatch({ type: 'removeApp', index })}
              >
                Remove GitHub App {index + 1}
              </button>
            )}
          </fieldset>
        );
      })}
      {form.apps.length < maxApps && (
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => dispatch({ type: 'addApp' })}
        >
          Add a GitHub App
        </button>
      )}
    </>
  );
}
