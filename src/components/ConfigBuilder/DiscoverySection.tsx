import React from 'react';
import {
  fieldId,
  maxProviders,
  type DiscoveryProviderState,
  type RepoVisibility,
} from '@site/src/lib/configBuilder';
import { CheckboxField, GroupErrors, ListField, MinutesField, TextField } from './fields';
import type { SectionProps } from './sectionProps';
import styles from './styles.module.css';

const visibilities: readonly RepoVisibility[] = ['public', 'private', 'internal'];

/** Discovery providers (`catalog.providers.github`): one organization each, with filters and a schedule. */
export default function DiscoverySection({
  prefix,
  form,
  dispatch,
  errorsFor,
  todoFor,
  generation,
}: SectionProps): React.JSX.Element {
  const id = (f: string): string => fieldId(prefix, f);
  return (
    <fieldset className={styles.section}>
      <legend>Discovery (catalog.providers.github)</legend>
      <p className={styles.hint}>
        Each provider scans one organization for catalog files. Add none to register entities by
        hand.
      </p>
      <GroupErrors id={id('discovery')} errors={errorsFor('discovery')} />
      {form.discovery.map((p, index) => {
        const f = (name: string): string => `discovery.${index}.${name}`;
        const update = (patch: Partial<DiscoveryProviderState>): void =>
          dispatch({ type: 'updateProvider', index, patch });
        const g = `${generation}`;
        return (
          <fieldset key={index} className={styles.item}>
            <legend>Provider {index + 1}</legend>
            <TextField
              id={id(f('organization'))}
              label="Organization"
              hint={
                index === 0 && form.org.enabled && !form.org.separateOrgs
                  ? 'Your GitHub organization. Users and teams are imported from it too.'
                  : 'The GitHub organization to scan.'
              }
              value={p.organization}
              errors={errorsFor(f('organization'))}
              todo={todoFor(f('organization'))}
              onChange={(organization) => update({ organization })}
            />
            <TextField
              id={id(f('id'))}
              label="Provider id"
              hint="A key of your choice, for example main."
              value={p.id}
              errors={errorsFor(f('id'))}
              onChange={(value) => update({ id: value })}
            />
            <TextField
              id={id(f('catalogPath'))}
              label="Catalog file path"
              hint="A path or glob inside each repository, for example /catalog-info.yaml."
              value={p.catalogPath}
              errors={errorsFor(f('catalogPath'))}
              onChange={(catalogPath) => update({ catalogPath })}
            />
            <TextField
              id={id(f('branch'))}
              label="Branch (optional)"
              hint="Empty: each repository's default branch."
              value={p.branch}
              errors={errorsFor(f('branch'))}
              onChange={(branch) => update({ branch })}
            />
            <TextField
              id={id(f('repositoryPattern'))}
              label="Repository pattern (optional)"
              hint="A regular expression matched against whole repository names, for example service-.*"
              value={p.repositoryPattern}
              errors={errorsFor(f('repositoryPattern'))}
              onChange={(repositoryPattern) => update({ repositoryPattern })}
            />
            <ListField
              key={`include-${g}`}
              id={id(f('topicInclude'))}
              label="Only repositories with these topics (optional)"
              hint="Separated by commas."
              value={p.topicInclude}
              errors={errorsFor(f('topicInclude'))}
              onChange={(topicInclude) => update({ topicInclude })}
            />
            <ListField
              key={`exclude-${g}`}
              id={id(f('topicExclude'))}
              label="Skip repositories with these topics (optional)"
              hint="Separated by commas. Exclusion wins over inclusion."
              value={p.topicExclude}
              errors={errorsFor(f('topicExclude'))}
              onChange={(topicExclude) => update({ topicExclude })}
            />
            <fieldset className={styles.radios}>
              <legend>Visibility (none checked: all)</legend>
              {visibilities.map((v) => (
                <CheckboxField
                  key={v}
                  id={id(`${f('visibility')}-${v}`)}
                  label={v}
                  checked={p.visibility.includes(v)}
                  onChange={(on) =>
                    dispatch({ type: 'toggleVisibility', index, visibility: v, on })
                  }
                />
              ))}
            </fieldset>
            <CheckboxField
              id={id(f('allowForks'))}
              label="Include forks"
              checked={p.allowForks}
              onChange={(allowForks) => update({ allowForks })}
            />
            <CheckboxField
              id={id(f('allowArchived'))}
              label="Include archived repositories"
              checked={p.allowArchived}
              onChange={(allowArchived) => update({ allowArchived })}
            />
            <MinutesField
              key={`frequency-${g}`}
              id={id(f('frequencyMinutes'))}
              label="Run every (minutes)"
              value={p.frequencyMinutes}
              errors={errorsFor(f('frequencyMinutes'))}
              onChange={(frequencyMinutes) => update({ frequencyMinutes })}
            />
            <MinutesField
              key={`timeout-${g}`}
              id={id(f('timeoutMinutes'))}
              label="Time out after (minutes)"
              value={p.timeoutMinutes}
              errors={errorsFor(f('timeoutMinutes'))}
              onChange={(timeoutMinutes) => update({ timeoutMinutes })}
            />
            <button
              type="button"
              className="button button--sm button--secondary"
              onClick={() => dispatch({ type: 'removeProvider', index })}
            >
              Remove provider {index + 1}
            </button>
          </fieldset>
        );
      })}
      {form.discovery.length < maxProviders && (
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => dispatch({ type: 'addProvider' })}
        >
          Add a discovery provider
        </button>
      )}
    </fieldset>
  );
}
