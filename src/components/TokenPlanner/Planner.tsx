import React, { useId } from 'react';
import {
  AppOptionsSection,
  ExpirySection,
  FeaturesSection,
  OwnerSection,
  RepositoriesSection,
  type SectionProps,
} from './FormSections';
import Summary from './Summary';
import { AppSection, ClassicSection, FineGrainedSection, NotesSection } from './Details';
import { usePlanner } from './usePlanner';
import { setupValues } from '@site/src/lib/tokenPlan/view';
import UseValuesButton from '@site/src/components/YourSetup/UseValuesButton';
import styles from './styles.module.css';

export interface PlannerProps {
  /** Embedded in a guide step: headings start one level lower (h3 instead of h2). */
  embedded?: boolean;
}

/**
 * The token planner: the reader ticks what Backstage will do, and gets the
 * minimal fine-grained PAT permissions, classic PAT scopes and GitHub App
 * manifest, with pre-filled "create this token" links and the steps left to do
 * by hand. The logic lives in `src/lib/tokenPlan` (`plan`, `plannerReducer`,
 * `plannerView`); this component lays out the form, the sticky summary and the
 * detailed tables, and renders what those functions return.
 *
 * The root carries `data-tool="planner"` and, once its state is final (read
 * from the page address), `data-tool-ready="true"`; until then the form is
 * locked and says so (see `usePlanner`).
 *
 * Secrets: a value that looks like a token or private key is refused as it is
 * typed; it never enters the state, so it cannot reach the output, the URL or
 * any storage.
 *
 * @param props.embedded compact heading levels for a guide step
 */
function plannerHandover(input: Parameters<typeof setupValues>[0]) {
  const { owner, host } = setupValues(input);
  // A user account's name is no organization for the guide's snippets.
  return { org: input.ownerType === 'organization' ? owner : undefined, host };
}

export default function Planner({ embedded = false }: PlannerProps): React.JSX.Element {
  const base = useId();
  const { state, dispatch, view } = usePlanner();
  const heading = embedded ? 'h3' : 'h2';
  const H = heading;
  const section: SectionProps = {
    base,
    input: state.input,
    errors: view.fieldErrors,
    dispatch,
    locked: !state.ready,
  };
  const details = { base, view, webhooks: state.input.webhooks, heading } as const;

  return (
    <div
      className={styles.planner}
      data-tool="planner"
      data-tool-ready={state.ready ? 'true' : undefined}
    >
      <div className={styles.layout}>
        <form className={styles.form} onSubmit={(e) => e.preventDefault()} noValidate>
          <H>Your choices</H>
          {!state.ready && (
            <p className={styles.loading}>
              The form unlocks once the planner has loaded and read your choices from the page
              address. It needs JavaScript; without it, this page shows the starting plan.
            </p>
          )}
          <FeaturesSection {...section} />
          <RepositoriesSection {...section} />
          <OwnerSection {...section} />
          <ExpirySection {...section} />
          <AppOptionsSection {...section} />
          <UseValuesButton
            values={plannerHandover(state.input)}
            {...(state.ready ? {} : { disabledReason: 'The planner is still loading.' })}
          />
        </form>
        <Summary base={base} summary={view.summary} rows={view.plan.fineGrained.rows} />
      </div>
      <div className={styles.details}>
        {view.plan.warnings.map((w) => (
          <p key={w} className={styles.warning}>
            {w}
          </p>
        ))}
        <FineGrainedSection {...details} />
        <ClassicSection {...details} />
        <AppSection {...details} />
        <NotesSection {...details} />
      </div>
    </div>
  );
}
