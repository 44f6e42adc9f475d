import React, { useMemo, useReducer } from 'react';
import clsx from 'clsx';
import {
  builderReducer,
  fieldMessages,
  initBuilder,
  outputView,
  type ConfigBuilderPresetId,
} from '@site/src/lib/configBuilder';
import CredentialSection from './CredentialSection';
import DiscoverySection from './DiscoverySection';
import HostSection from './HostSection';
import OrgSection from './OrgSection';
import OutputPanel from './OutputPanel';
import PresetBar from './PresetBar';
import SignInSection from './SignInSection';
import StatusBar from './StatusBar';
import type { SectionProps } from './sectionProps';
import { useBuilderLink } from './useBuilderLink';
import styles from './styles.module.css';

/** Props of the full builder (the form and its output). */
export interface BuilderProps {
  /** Preset to start from when the URL names none. */
  preset?: ConfigBuilderPresetId;
  /** In a guide step: no URL syncing, a link to the full page instead. */
  embedded?: boolean;
}

/**
 * The app-config builder: preset picker, form, and the generated files beside
 * it. The state lives in a reducer (`src/lib/configBuilder/reducer.ts`); this
 * component wires it to the sections and the output, which only render.
 *
 * The root carries `data-tool="builder"`, and `data-tool-ready="true"` once the
 * form's state is final; until then (on the standalone page, before its link
 * has been read) every field is disabled and the form says so.
 */
export default function Builder({
  preset = 'local-pat',
  embedded = false,
}: BuilderProps): React.JSX.Element {
  const prefix = embedded ? `cb-${preset}` : 'cb';
  const [model, dispatch] = useReducer(
    builderReducer,
    { presetId: preset, ready: embedded },
    initBuilder,
  );
  useBuilderLink(model, dispatch, preset, embedded);
  const view = useMemo(() => outputView(model, prefix), [model, prefix]);
  const { errorsFor, todoFor } = useMemo(() => fieldMessages(model), [model]);
  const section: SectionProps = {
    prefix,
    form: model.form,
    dispatch,
    errorsFor,
    todoFor,
    generation: model.generation,
  };
  return (
    <div
      className={clsx(styles.builder, embedded && styles.embedded)}
      data-tool="builder"
      data-tool-ready={model.ready ? 'true' : undefined}
    >
      {model.notice && (
        <div className="alert alert--warning margin-bottom--md" role="alert">
          {model.notice}
        </div>
      )}
      <fieldset className={styles.plain} disabled={!model.ready}>
        <legend className="visually-hidden">Preset</legend>
        <PresetBar prefix={prefix} model={model} dispatch={dispatch} />
      </fieldset>
      <div className={styles.columns}>
        <div className={styles.formColumn}>
          <form
            className={styles.form}
            onSubmit={(event) => event.preventDefault()}
            aria-label="Your setup"
            aria-busy={!model.ready}
          >
            {model.ready ? (
              <p className={styles.hint}>
                Enter names only. No field takes a token, secret or private key: the files refer to
                them as environment variables.
              </p>
            ) : (
              <p className={styles.loadingLink} role="status">
                Loading your link… The form opens for typing once it has read the page address.
              </p>
            )}
            <fieldset className={styles.plain} disabled={!model.ready}>
              <legend className="visually-hidden">Your setup</legend>
              <HostSection {...section} />
              <CredentialSection {...section} />
              <SignInSection {...section} />
              <DiscoverySection {...section} />
              <OrgSection {...section} />
            </fieldset>
          </form>
          <StatusBar prefix={prefix} view={view} />
        </div>
        <OutputPanel prefix={prefix} model={model} view={view} embedded={embedded} />
      </div>
    </div>
  );
}
