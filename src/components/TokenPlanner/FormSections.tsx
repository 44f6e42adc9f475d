import React, { type Dispatch } from 'react';
import { featureIds, tokenFeature } from '@site/src/data/tokenFeatures';
import {
  fieldLabel,
  limits,
  type PlanInput,
  type PlannerAction,
  type PlannerView,
  type TextField,
} from '@site/src/lib/tokenPlan';
import { Checkbox, FieldError, Radio, TextInput, fieldDomId } from './fields';
import styles from './styles.module.css';

/**
 * The planner's form, one component per fieldset. Each renders the state it
 * is given and turns events into reducer actions (see `plannerReducer`);
 * `locked` disables the whole fieldset while the state is not final.
 */
export interface SectionProps {
  /** Base of the DOM ids (from `useId`); see `fieldDomId`. */
  readonly base: string;
  readonly input: PlanInput;
  readonly errors: PlannerView['fieldErrors'];
  readonly dispatch: Dispatch<PlannerAction>;
  readonly locked: boolean;
}

const textProps = (p: SectionProps, field: TextField) => ({
  id: fieldDomId(p.base, field),
  label: fieldLabel(field, p.input.ownerType),
  value: p.input[field],
  error: p.errors[field],
  onChange: (value: string) => p.dispatch({ type: 'textEdited', field, value }),
});

/** "What will Backstage do?": one checkbox per feature of `tokenFeatures`. */
export function FeaturesSection(p: SectionProps): React.JSX.Element {
  const errorId = `${fieldDomId(p.base, 'features')}-error`;
  return (
    <fieldset
      className={styles.fieldset}
      disabled={p.locked}
      aria-describedby={p.errors.features ? errorId : undefined}
    >
      <legend>{fieldLabel('features', p.input.ownerType)}</legend>
      {featureIds.map((f) => {
        const feature = tokenFeature(f);
        return (
          <Checkbox
            key={f}
            id={fieldDomId(p.base, `feature-${f}`)}
            name="features"
            value={f}
            label={feature.label}
            hint={feature.description}
            checked={p.input.features.includes(f)}
            onChange={(on) => p.dispatch({ type: 'featureToggled', feature: f, on })}
          />
        );
      })}
      <FieldError id={errorId} message={p.errors.features} />
    </fieldset>
  );
}

/** "Which repositories?": private or public only. */
export function RepositoriesSection(p: SectionProps): React.JSX.Element {
  const name = `${p.base}-visibility`;
  const choose = (visibility: PlanInput['visibility']) => () =>
    p.dispatch({ type: 'visibilityChosen', visibility });
  return (
    <fieldset className={styles.fieldset} disabled={p.locked}>
      <legend>Which repositories?</legend>
      <Radio
        name={name}
        checked={p.input.visibility === 'private'}
        onChange={choose('private')}
        label="Private or internal repositories (and public ones)"
      />
      <Radio
        name={name}
        checked={p.input.visibility === 'public'}
        onChange={choose('public')}
        label="Public repositories only"
      />
    </fieldset>
  );
}

/** "Who owns the token?": the resource owner's type and login. */
export function OwnerSection(p: SectionProps): React.JSX.Element {
  const name = `${p.base}-owner`;
  const choose = (ownerType: PlanInput['ownerType']) => () =>
    p.dispatch({ type: 'ownerTypeChosen', ownerType });
  return (
    <fieldset className={styles.fieldset} disabled={p.locked}>
      <legend>{fieldLabel('ownerType', p.input.ownerType)}</legend>
      <Radio
        name={name}
        checked={p.input.ownerType === 'user'}
        onChange={choose('user')}
        label="My personal account"
      />
      <Radio
        name={name}
        checked={p.input.ownerType === 'organization'}
        onChange={choose('organization')}
        label="An organization"
      />
      <TextInput
        {...textProps(p, 'ownerName')}
        hint={p.input.ownerType === 'user' ? 'optional' : undefined}
      />
    </fieldset>
  );
}

/** "Where and how long?": host, expiration and token name. */
export function ExpirySection(p: SectionProps): React.JSX.Element {
  return (
    <fieldset className={styles.fieldset} disabled={p.locked}>
      <legend>Where and how long?</legend>
      <TextInput
        {...textProps(p, 'host')}
        hint="github.com, a GHE.com host, or your GitHub Enterprise Server host name"
      />
      <TextInput
        {...textProps(p, 'expiresInDays')}
        type="number"
        className={styles.number}
        hint={`${limits.minDays} to ${limits.maxDays}`}
        inputProps={{
          inputMode: 'numeric',
          min: limits.minDays,
          max: limits.maxDays,
          step: 1,
          disabled: p.input.noExpiration,
        }}
      />
      <Checkbox
        id={fieldDomId(p.base, 'noExpiration')}
        label="No expiration"
        checked={p.input.noExpiration}
        onChange={(on) => p.dispatch({ type: 'noExpirationSet', on })}
      />
      <TextInput
        {...textProps(p, 'tokenName')}
        hint={`at most ${limits.tokenName} characters; also the App’s name`}
        inputProps={{ maxLength: limits.tokenName + 10, spellCheck: true }}
      />
    </fieldset>
  );
}

/** "GitHub App options": webhooks and the Backstage URL. */
export function AppOptionsSection(p: SectionProps): React.JSX.Element {
  return (
    <fieldset className={styles.fieldset} disabled={p.locked}>
      <legend>GitHub App options</legend>
      <Checkbox
        id={fieldDomId(p.base, 'webhooks')}
        label="Backstage receives GitHub webhooks"
        hint="with the events backend module, so changes reach the catalog without waiting for the schedule"
        checked={p.input.webhooks}
        onChange={(on) => p.dispatch({ type: 'webhooksSet', on })}
      />
      <TextInput
        {...textProps(p, 'backstageUrl')}
        type="url"
        hint="the App’s homepage; webhooks go to /api/events/http/github under it"
      />
    </fieldset>
  );
}
