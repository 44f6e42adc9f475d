import React, { useState } from 'react';
import Link from '@docusaurus/Link';
import { guideStep } from '@site/src/data/guideSteps';
import type { BuilderState, FileView } from '@site/src/lib/configBuilder';
import CodeView from './CodeView';
import styles from './styles.module.css';

/** Which guide step explains each part of `app-config.yaml`, for its "Why?" view. */
function SectionSteps({ form }: { form: BuilderState }): React.JSX.Element {
  const rows: Array<[string, number]> = [];
  if (form.credential === 'pat') rows.push(['integrations.github (token)', 3]);
  if (form.credential === 'app') rows.push(['integrations.github (GitHub Apps)', 9]);
  if (form.hostKind === 'ghes')
    rows.push(['apiBaseUrl and rawBaseUrl for GitHub Enterprise Server', 10]);
  if (form.signIn.enabled) rows.push(['auth.providers.github', 4]);
  if (form.discovery.length > 0) rows.push(['catalog.providers.github', 6]);
  if (form.org.enabled) rows.push(['catalog.providers.githubOrg', 7]);
  return (
    <ul>
      {rows.map(([key, n]) => {
        const step = guideStep(n);
        return (
          <li key={key}>
            <code>{key}</code>:{' '}
            <Link to={step.path}>
              step {step.number}, {step.title}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One generated file: its path, a copy button (off while copy is blocked,
 * pointing at the reason), the code, and a "Why?" view linking to its guide step.
 */
export default function FileBlock({
  view,
  form,
  index,
  prefix,
  canCopy,
  blockedId,
}: {
  view: FileView;
  form: BuilderState;
  index: number;
  prefix: string;
  canCopy: boolean;
  /** DOM id of the sentence that says why copy is off. */
  blockedId: string;
}): React.JSX.Element {
  const { file } = view;
  const step = guideStep(file.guideStep);
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>();
  const titleId = `${prefix}-file-${index}`;
  return (
    <div
      className={styles.file}
      data-file={file.path}
      data-added={view.added ? 'true' : undefined}
      role="group"
      aria-labelledby={titleId}
    >
      <div className={styles.fileHeader}>
        <span id={titleId} className={styles.fileTitle}>
          {file.path}
          {view.placeholders.length > 0 && (
            <span className={styles.todoBadge}> (still to fill in)</span>
          )}
        </span>
        <button
          type="button"
          className="button button--sm button--secondary"
          disabled={!canCopy}
          aria-describedby={canCopy ? undefined : blockedId}
          onClick={() => {
            navigator.clipboard.writeText(file.content).then(
              () => setCopied('yes'),
              () => setCopied('failed'),
            );
          }}
        >
          Copy <span className="visually-hidden">{file.path}</span>
        </button>
        <span role="status" className={styles.copied}>
          {copied === 'yes' ? 'Copied.' : copied === 'failed' ? 'The browser refused to copy.' : ''}
        </span>
      </div>
      <CodeView view={view} label={file.path} />
      <details className={styles.why}>
        <summary>Why {file.path}?</summary>
        <p>
          {file.why} Explained in{' '}
          <Link to={step.path}>
            step {step.number}: {step.title}
          </Link>
          .
        </p>
        {file.path === 'app-config.yaml' && <SectionSteps form={form} />}
      </details>
    </div>
  );
}
