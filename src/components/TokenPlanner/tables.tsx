import React, { Fragment, useState } from 'react';
import type { AccessLevel } from '@site/src/data/tokenFeatures';
import {
  levelLabel,
  softBreaks,
  type PermissionRow,
  type RowReason,
} from '@site/src/lib/tokenPlan';
import styles from './styles.module.css';

/**
 * Building blocks of the planner's detailed output: the reasons behind a row,
 * permission tables, a link with a copy button, and a list of manual steps.
 * Render-only.
 */

/** Why each chosen feature needs a row, as a list. */
export function Reasons({
  reasons,
}: {
  readonly reasons: readonly RowReason[];
}): React.JSX.Element {
  return (
    <ul className={styles.reasons}>
      {reasons.map((r) => (
        <li key={`${r.feature}-${r.reason}`}>
          <strong>{r.featureLabel}:</strong> <Wrappable text={r.reason} />
        </li>
      ))}
    </ul>
  );
}

/** Text with a line-break opportunity after each slash inside a word (see `softBreaks`). */
function Wrappable({ text }: { readonly text: string }): React.JSX.Element {
  return (
    <>
      {softBreaks(text).map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** A row set by hand rather than by the link or manifest. */
export interface ExtraRow {
  readonly key: string;
  readonly title: string;
  readonly level: AccessLevel;
  readonly reasons: readonly RowReason[];
}

/**
 * A table of permissions (with their kind, repository or organization, under
 * the name) with their access and reasons; rows carry
 * `data-permission` and `data-level` for tests. Renders `empty` as a
 * paragraph when there is no row.
 */
export function PermissionTable(props: {
  readonly caption: string;
  readonly rows: readonly PermissionRow[];
  readonly extra?: readonly ExtraRow[];
  readonly empty?: string;
}): React.JSX.Element {
  if (props.rows.length === 0 && !props.extra?.length) return <p>{props.empty}</p>;
  return (
    <table className={styles.table}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Permission</th>
          <th scope="col">Access</th>
          <th scope="col">Needed for</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.name} data-permission={r.name} data-level={r.level}>
            <th scope="row">
              {r.title} <code>{r.name}</code>
              <span className={styles.kind}>
                {r.section === 'organization' ? 'organization' : 'repository'} permission
              </span>
            </th>
            <td>{levelLabel(r.level, r.implied)}</td>
            <td>
              <Reasons reasons={r.reasons} />
            </td>
          </tr>
        ))}
        {props.extra?.map((m) => (
          <tr key={m.key}>
            <th scope="row">
              {m.title}
              <span className={styles.kind}>repository permission</span>
            </th>
            <td>{levelLabel(m.level)}</td>
            <td>
              <Reasons reasons={m.reasons} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A two-column table: a code name (scope, event) and the reasons for it. */
export function ReasonTable(props: {
  readonly caption: string;
  readonly head: string;
  readonly rows: ReadonlyArray<{ readonly name: string; readonly reasons: readonly RowReason[] }>;
}): React.JSX.Element {
  return (
    <table className={styles.table}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.head}</th>
          <th scope="col">Needed for</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.name}>
            <th scope="row">
              <code>{r.name}</code>
            </th>
            <td>
              <Reasons reasons={r.reasons} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A link that opens in a new tab, a button that copies its URL (the result is
 * announced in a status line), and the URL as text.
 */
export function LinkWithCopy(props: {
  readonly href: string;
  readonly label: string;
  readonly testId: string;
}): React.JSX.Element {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.href);
      setStatus('Link copied.');
    } catch {
      setStatus('Copying failed: select the link text and copy it.');
    }
  };
  return (
    <div className={styles.link}>
      <a href={props.href} data-testid={props.testId} target="_blank" rel="noopener noreferrer">
        {props.label}
      </a>{' '}
      <button type="button" className="button button--sm button--secondary" onClick={copy}>
        Copy link
      </button>{' '}
      <span role="status" className={styles.hint}>
        {status}
      </span>
      <code className={styles.url}>{props.href}</code>
    </div>
  );
}

/** A heading and a numbered list of steps; nothing when there is no step. */
export function Steps(props: {
  readonly heading: 'h3' | 'h4';
  readonly title: string;
  readonly steps: readonly string[];
}): React.JSX.Element | null {
  if (props.steps.length === 0) return null;
  const Heading = props.heading;
  return (
    <>
      <Heading>{props.title}</Heading>
      <ol>
        {props.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </>
  );
}
