import React from 'react';
import { featureIds } from '@site/src/data/tokenFeatures';
import { levelLabel, type PermissionRow, type PlanSummary } from '@site/src/lib/tokenPlan';
import { fieldDomId } from './fields';
import styles from './styles.module.css';

export interface SummaryProps {
  /** Base of the planner's DOM ids, to move focus to a field to fix. */
  readonly base: string;
  readonly summary: PlanSummary;
  /** The fine-grained PAT rows, listed in short on wide screens. */
  readonly rows: readonly PermissionRow[];
}

/**
 * The planner's sticky summary: the counts (a live region, so each change is
 * announced), the fine-grained permissions in short, and the "Create this
 * token on GitHub" button, disabled with the reason while the plan has no
 * link. Beside the form on wide containers, a bar at the bottom of the
 * viewport on narrow ones (see styles.module.css). Render-only.
 */
export default function Summary({ base, summary, rows }: SummaryProps): React.JSX.Element {
  const reasonId = `${base}-create-reason`;
  const focusField = (field: string) => document.getElementById(fieldDomId(base, field))?.focus();
  return (
    <section className={styles.summary} aria-label="Plan summary">
      <p role="status" className={styles.counts} data-testid="plan-counts">
        {summary.text}
      </p>
      {summary.create.kind === 'link' ? (
        <a
          className={`button button--primary ${styles.create}`}
          href={summary.create.url}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="create-token"
        >
          Create this token on GitHub
        </a>
      ) : (
        <>
          <button
            type="button"
            className={`button button--primary ${styles.create}`}
            disabled
            aria-describedby={reasonId}
            data-testid="create-token"
          >
            Create this token on GitHub
          </button>
          <p id={reasonId} className={styles.reason}>
            {summary.create.reason}
          </p>
        </>
      )}
      {summary.problems.length > 0 && (
        <ul className={styles.problems} aria-label="Fields to fix">
          {summary.problems.map((p) => (
            <li key={p.field}>
              <button
                type="button"
                className={styles.linkButton}
                onClick={() =>
                  focusField(p.field === 'features' ? `feature-${featureIds[0]}` : p.field)
                }
              >
                {p.label}
              </button>
              : {p.message}
            </li>
          ))}
        </ul>
      )}
      <ul className={styles.short} aria-label="Fine-grained PAT permissions in short">
        {rows.map((r) => (
          <li key={r.name}>
            {r.title}: {levelLabel(r.level, r.implied)}
          </li>
        ))}
      </ul>
    </section>
  );
}
