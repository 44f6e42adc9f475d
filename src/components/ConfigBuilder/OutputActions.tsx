import React, { useState } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { pages } from '@site/src/data/guideSteps';
import type { BuilderModel, OutputView } from '@site/src/lib/configBuilder';
import { encodeState } from '@site/src/lib/configBuilder/urlState';
import { setupValues } from '@site/src/lib/configBuilder/handover';
import UseValuesButton from '@site/src/components/YourSetup/UseValuesButton';
import styles from './styles.module.css';

function saveBytes(name: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/zip' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function handover(model: BuilderModel, view: OutputView) {
  if (view.status !== 'ready' && view.status !== 'todo') return {};
  const { organization, ...rest } = setupValues(model.form);
  return { ...rest, org: organization };
}

/**
 * Download all files as a zip (off, with the reason, while copy is blocked),
 * copy a share link, and, embedded, open the full builder with the same form.
 */
export default function OutputActions({
  prefix,
  model,
  view,
  embedded,
  blockedId,
}: {
  prefix: string;
  model: BuilderModel;
  view: OutputView;
  embedded: boolean;
  blockedId: string;
}): React.JSX.Element {
  const [message, setMessage] = useState('');
  const builderPath = useBaseUrl(pages.configBuilder);
  const siteRoot = useBaseUrl('/').replace(/\/$/, '');
  const search = encodeState(model.form, model.basePreset);
  const link = search === undefined ? undefined : `${builderPath}?${search}`;
  return (
    <div className={styles.actions}>
      <div className={styles.toolbar}>
        <button
          type="button"
          className="button button--primary"
          disabled={!view.canCopy}
          aria-describedby={view.canCopy ? undefined : blockedId}
          onClick={() => {
            void import('@site/src/lib/configBuilder/zip').then(({ zipFiles, zipName }) => {
              const site = window.location.origin + siteRoot;
              saveBytes(
                zipName,
                zipFiles(
                  view.files.map((f) => f.file),
                  { site, mtime: new Date() },
                ),
              );
              setMessage(`Saved ${zipName}: every file at its path, with a README.`);
            });
          }}
        >
          Download all files (.zip)
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={link === undefined}
          onClick={() => {
            if (link === undefined) return;
            navigator.clipboard.writeText(window.location.origin + link).then(
              () => setMessage('Share link copied. It holds names only, never a secret.'),
              () =>
                setMessage('The browser refused to copy: copy the address from the bar instead.'),
            );
          }}
        >
          Copy share link
        </button>
        {embedded && link !== undefined && (
          <Link className="button button--secondary" to={link}>
            Open in the full builder
          </Link>
        )}
      </div>
      <UseValuesButton
        values={handover(model, view)}
        {...(view.status === 'ready' || view.status === 'todo'
          ? {}
          : { disabledReason: 'Fix the form first.' })}
      />
      {view.blockedReason && (
        <p id={blockedId} className={styles.blocked}>
          {view.blockedReason}
        </p>
      )}
      <p role="status" className={styles.hint} id={`${prefix}-action-status`}>
        {message}
      </p>
    </div>
  );
}
