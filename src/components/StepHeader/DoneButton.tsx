import React, { useState } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type { GuideStep } from '@site/src/data/guideSteps';
import { saveStepDone, useProgress } from './progressStore';
import styles from './styles.module.css';

/**
 * "Mark this step as done": a toggle button (`aria-pressed`) that stores the
 * mark in this browser only. Disabled in the static HTML and until hydration
 * (it needs JavaScript); says so when the browser refuses to store it.
 *
 * @param props.step the step this page is
 */
export default function DoneButton({ step }: { step: GuideStep }): React.JSX.Element {
  const progress = useProgress();
  const hydrated = useIsBrowser();
  const [refused, setRefused] = useState(false);
  const done = progress.done.includes(step.docId);
  return (
    <div className={styles.doneRow}>
      <button
        type="button"
        className={`button ${done ? 'button--success' : 'button--secondary'} ${styles.doneButton}`}
        aria-pressed={done}
        disabled={!hydrated}
        onClick={() => setRefused(!saveStepDone(step.docId, !done))}
      >
        <span aria-hidden="true">{done ? '✓ ' : ''}</span>
        Mark step {step.number} as done
      </button>
      <span className={styles.doneNote} role="status">
        {refused
          ? 'This browser does not allow storing it.'
          : done
            ? 'Done: saved in this browser only.'
            : ''}
      </span>
    </div>
  );
}
