import React from 'react';
import Link from '@docusaurus/Link';
import { guideSteps, type GuideStep } from '@site/src/data/guideSteps';
import { progressCount } from '@site/src/lib/progress';
import { Adopted } from '@site/src/components/StaticBlock';
import { useProgress } from './progressStore';
import styles from './styles.module.css';

/**
 * The header of a guide step: "Step N of 10", the time estimate, what the
 * reader needs and will have (all from `src/data/guideSteps.ts`), and the ten
 * steps as an ordered list of links, the current one with
 * `aria-current="step"` and done ones ticked (with a "done" text for screen
 * readers). Static markup: only the done marks and the count come from the
 * browser, after hydration. While no step is done, hydration keeps the
 * server's list of steps ({@link Adopted}: ten links that would otherwise
 * be about ninety React fibers); the first done mark renders it live.
 *
 * @param props.step the step this page is
 */
export default function StepHeader({ step }: { step: GuideStep }): React.JSX.Element {
  const progress = useProgress();
  const { done, total } = progressCount(
    progress,
    guideSteps.map((s) => s.docId),
  );
  return (
    <div className={styles.header}>
      <p className={styles.meta}>
        <strong>
          Step {step.number} of {guideSteps.length}
        </strong>{' '}
        · about {step.minutes} minutes
      </p>
      <nav aria-label="Steps of the guide" className={styles.steps}>
        <Adopted as="ol" adopt={done === 0}>
          {guideSteps.map((s) => {
            const isDone = progress.done.includes(s.docId);
            const current = s.number === step.number;
            return (
              <li key={s.docId} className={isDone ? styles.done : undefined}>
                <Link
                  to={s.path}
                  aria-current={current ? 'step' : undefined}
                  className={current ? styles.current : undefined}
                  title={s.title}
                >
                  <span aria-hidden="true">{s.number}</span>
                  {isDone && (
                    <span aria-hidden="true" className={styles.tick}>
                      ✓
                    </span>
                  )}
                  <span className="visually-hidden">
                    Step {s.number}: {s.title}
                    {isDone ? ' (done)' : ''}
                  </span>
                </Link>
              </li>
            );
          })}
        </Adopted>
        {done > 0 && (
          <p className={styles.count}>
            {done} of {total} steps marked done
          </p>
        )}
      </nav>
      <dl className={styles.facts}>
        <div>
          <dt>You need</dt>
          <dd>{step.need}</dd>
        </div>
        <div>
          <dt>You will have</dt>
          <dd>{step.have}</dd>
        </div>
      </dl>
    </div>
  );
}
