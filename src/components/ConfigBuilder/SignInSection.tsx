import React from 'react';
import Link from '@docusaurus/Link';
import { guideStep } from '@site/src/data/guideSteps';
import { fieldId, type SignInResolverId } from '@site/src/lib/configBuilder';
import { CheckboxField, GroupErrors, RadioGroup, TextField } from './fields';
import type { SectionProps } from './sectionProps';
import styles from './styles.module.css';

/** The resolvers the form offers, with what each matches (see `SignInResolverId` for sources). */
const resolverOptions: ReadonlyArray<{ id: SignInResolverId; label: string; hint: string }> = [
  {
    id: 'userIdMatchingUserEntityAnnotation',
    label: 'userIdMatchingUserEntityAnnotation (recommended)',
    hint: 'Matches the GitHub user id against the github.com/user-id annotation, which the users-and-teams provider sets.',
  },
  {
    id: 'emailMatchingUserEntityProfileEmail',
    label: 'emailMatchingUserEntityProfileEmail',
    hint: 'Matches the email on the GitHub profile; fails for users who keep their email private.',
  },
  {
    id: 'emailLocalPartMatchingUserEntityName',
    label: 'emailLocalPartMatchingUserEntityName',
    hint: 'Matches the part of the email before @ against the User name. Works, although the provider schema does not list it.',
  },
  {
    id: 'usernameMatchingUserEntityName',
    label: 'usernameMatchingUserEntityName (deprecated)',
    hint: 'Matches the GitHub login against the User name. Deprecated: a renamed GitHub account signs in as someone else.',
  },
];

/** GitHub sign-in: the auth provider's environment, variables, resolvers and the sign-in page's frontend system. */
export default function SignInSection({
  prefix,
  form,
  dispatch,
  errorsFor,
}: SectionProps): React.JSX.Element {
  const id = (f: string): string => fieldId(prefix, f);
  const signIn = form.signIn;
  const step = guideStep(4);
  return (
    <fieldset className={styles.section}>
      <legend>GitHub sign-in (auth provider)</legend>
      <CheckboxField
        id={id('signIn.enabled')}
        label="Let people sign in with GitHub"
        checked={signIn.enabled}
        onChange={(enabled) => dispatch({ type: 'updateSignIn', patch: { enabled } })}
      />
      {signIn.enabled && (
        <>
          <TextField
            id={id('signIn.environment')}
            label="Auth environment"
            hint="development unless you set auth.environment, for example production."
            value={signIn.environment}
            errors={errorsFor('signIn.environment')}
            onChange={(environment) => dispatch({ type: 'updateSignIn', patch: { environment } })}
          />
          <TextField
            id={id('signIn.clientIdVar')}
            label="Client ID variable"
            value={signIn.clientIdVar}
            errors={errorsFor('signIn.clientIdVar')}
            onChange={(clientIdVar) => dispatch({ type: 'updateSignIn', patch: { clientIdVar } })}
          />
          <TextField
            id={id('signIn.clientSecretVar')}
            label="Client secret variable"
            value={signIn.clientSecretVar}
            errors={errorsFor('signIn.clientSecretVar')}
            onChange={(clientSecretVar) =>
              dispatch({ type: 'updateSignIn', patch: { clientSecretVar } })
            }
          />
          <fieldset
            className={styles.radios}
            aria-describedby={
              errorsFor('signIn.resolvers').length > 0 ? id('signIn.resolvers') : undefined
            }
          >
            <legend>Sign-in resolvers (tried in this order)</legend>
            {resolverOptions.map((option) => (
              <CheckboxField
                key={option.id}
                id={id(`resolver-${option.id}`)}
                label={<code>{option.label}</code>}
                hint={option.hint}
                checked={signIn.resolvers.includes(option.id)}
                onChange={(on) => dispatch({ type: 'toggleResolver', resolver: option.id, on })}
              />
            ))}
            <GroupErrors id={id('signIn.resolvers')} errors={errorsFor('signIn.resolvers')} />
          </fieldset>
          <RadioGroup
            id={id('signIn.frontend')}
            legend="Your app's frontend (for the sign-in page)"
            value={signIn.frontend}
            options={[
              {
                value: 'new',
                label: 'New frontend system (the create-app default)',
                hint: 'The whole App.tsx: the template’s features plus a GitHub sign-in page.',
              },
              {
                value: 'legacy',
                label: 'Legacy frontend (created with --legacy)',
                hint: 'The lines of App.tsx that change: the SignInPage component of createApp.',
              },
            ]}
            onChange={(frontend) => dispatch({ type: 'updateSignIn', patch: { frontend } })}
          />
          <p className={styles.hint}>
            Both are the code of <Link to={step.path}>step {step.number}</Link>, section “Add GitHub
            to the sign-in page”.
          </p>
        </>
      )}
    </fieldset>
  );
}
