import React from 'react';
import { fieldId } from '@site/src/lib/configBuilder';
import AppsSection from './AppsSection';
import { RadioGroup, TextField } from './fields';
import type { SectionProps } from './sectionProps';
import styles from './styles.module.css';

/** How Backstage reads GitHub: a PAT's variable, GitHub Apps, or nothing (sign-in only). */
export default function CredentialSection(props: SectionProps): React.JSX.Element {
  const { prefix, form, dispatch, errorsFor } = props;
  const id = (f: string): string => fieldId(prefix, f);
  return (
    <fieldset className={styles.section}>
      <legend>How Backstage reads GitHub (integration)</legend>
      <RadioGroup
        id={id('credential')}
        legend="Credentials for the integration"
        value={form.credential}
        options={[
          { value: 'pat', label: 'A personal access token (PAT)' },
          { value: 'app', label: 'One or more GitHub Apps' },
          { value: 'none', label: 'None (sign-in only)' },
        ]}
        onChange={(credential) => dispatch({ type: 'setCredential', credential })}
      />
      {form.credential === 'pat' && (
        <TextField
          id={id('tokenVar')}
          label="Environment variable that holds the token"
          hint="The name only, for example GITHUB_TOKEN. Backstage reads the value when it starts."
          value={form.tokenVar}
          errors={errorsFor('tokenVar')}
          onChange={(value) => dispatch({ type: 'setTokenVar', value })}
        />
      )}
      {form.credential === 'app' && <AppsSection {...props} />}
    </fieldset>
  );
}
