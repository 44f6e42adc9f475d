import React from 'react';
import { fieldId } from '@site/src/lib/configBuilder';
import { RadioGroup, TextField } from './fields';
import type { SectionProps } from './sectionProps';
import styles from './styles.module.css';

/** Where the repositories live: github.com or a GitHub Enterprise Server host with its URLs. */
export default function HostSection({
  prefix,
  form,
  dispatch,
  errorsFor,
  todoFor,
}: SectionProps): React.JSX.Element {
  const id = (f: string): string => fieldId(prefix, f);
  return (
    <fieldset className={styles.section}>
      <legend>GitHub host</legend>
      <RadioGroup
        id={id('hostKind')}
        legend="Where your repositories live"
        value={form.hostKind}
        options={[
          { value: 'github.com', label: 'github.com' },
          { value: 'ghes', label: 'GitHub Enterprise Server' },
        ]}
        onChange={(hostKind) => dispatch({ type: 'setHostKind', hostKind })}
      />
      {form.hostKind === 'ghes' && (
        <>
          <TextField
            id={id('ghesHost')}
            label="Host name"
            hint="Without https://, for example github.acme.com."
            value={form.ghesHost}
            errors={errorsFor('ghesHost')}
            todo={todoFor('ghesHost')}
            onChange={(value) => dispatch({ type: 'setGhesHost', value })}
          />
          <TextField
            id={id('apiBaseUrl')}
            label="API base URL"
            hint="Required for GitHub Enterprise Server; usually https://<host>/api/v3."
            inputMode="url"
            value={form.apiBaseUrl}
            errors={errorsFor('apiBaseUrl')}
            todo={todoFor('apiBaseUrl')}
            onChange={(value) => dispatch({ type: 'setApiBaseUrl', value })}
          />
          <TextField
            id={id('rawBaseUrl')}
            label="Raw base URL (optional)"
            hint="Usually https://<host>/raw."
            inputMode="url"
            value={form.rawBaseUrl}
            errors={errorsFor('rawBaseUrl')}
            todo={todoFor('rawBaseUrl')}
            onChange={(value) => dispatch({ type: 'setRawBaseUrl', value })}
          />
        </>
      )}
    </fieldset>
  );
}
