import React, { useEffect, useRef } from 'react';
import clsx from 'clsx';
import type { BuilderModel, OutputView } from '@site/src/lib/configBuilder';
import FieldLinkList from './FieldLinkList';
import FileBlock from './FileBlock';
import OutputActions from './OutputActions';
import styles from './styles.module.css';

/**
 * Keeps the first line the last edit changed in view inside the output panel,
 * when the panel scrolls on its own (side by side with the form). Scrolls only
 * the panel, never the page, so typing in the form is not interrupted.
 */
function useShowChange(panel: React.RefObject<HTMLElement | null>, model: BuilderModel): void {
  const { revision, changes } = model;
  useEffect(() => {
    const box = panel.current;
    const first = changes[0];
    if (!box || !first || box.scrollHeight <= box.clientHeight) return;
    if (getComputedStyle(box).position !== 'sticky') return;
    const file = box.querySelector(`[data-file="${CSS.escape(first.path)}"]`);
    const target =
      (first.lines[0] !== undefined && file?.querySelector(`[data-line="${first.lines[0]}"]`)) ||
      file;
    if (!target) return;
    // The part of the panel on screen: a sticky panel can be pushed partly off screen at the end
    // of the form, and the navbar covers the top of the window.
    const boxRect = box.getBoundingClientRect();
    const navbar = document.querySelector('.navbar')?.getBoundingClientRect().bottom ?? 0;
    const top = Math.max(boxRect.top, navbar, 0);
    const bottom = Math.min(boxRect.bottom, window.innerHeight);
    const rect = target.getBoundingClientRect();
    if (rect.top >= top && rect.bottom <= bottom) return;
    box.scrollBy({ top: rect.top - top - Math.max(0, bottom - top) / 3 });
  }, [panel, revision, changes]);
}

/**
 * The output: a status line, problems and values still to fill in (each
 * linking to its field), the actions, and the files: current, or the last
 * valid ones marked out of date while the form is invalid.
 */
export default function OutputPanel({
  prefix,
  model,
  view,
  embedded,
}: {
  prefix: string;
  model: BuilderModel;
  view: OutputView;
  embedded: boolean;
}): React.JSX.Element {
  const panel = useRef<HTMLElement>(null);
  useShowChange(panel, model);
  const blockedId = `${prefix}-blocked`;
  const { problems, todo } = view;
  return (
    <section
      ref={panel}
      id={`${prefix}-output`}
      className={styles.output}
      aria-labelledby={`${prefix}-output-heading`}
      data-status={view.status}
      tabIndex={-1}
    >
      <h3 id={`${prefix}-output-heading`} className={styles.outputHeading}>
        Files to change
      </h3>
      <p role="status" className={clsx(styles.summary, styles[`summary-${view.status}`])}>
        {view.summary}
      </p>
      {problems.length > 0 && (
        <FieldLinkList
          id={`${prefix}-config`}
          tone="problem"
          heading={`Problems to fix (${problems.length}):`}
          links={problems}
        />
      )}
      {problems.length === 0 && todo.length > 0 && (
        <FieldLinkList
          id={`${prefix}-todo`}
          tone="todo"
          heading="Still to fill in: the files hold example values here."
          links={todo}
        />
      )}
      <OutputActions
        prefix={prefix}
        model={model}
        view={view}
        embedded={embedded}
        blockedId={blockedId}
      />
      {view.files.length > 0 && (
        <div
          className={clsx(styles.files, model.stale && styles.stale)}
          aria-describedby={model.stale ? `${prefix}-stale` : undefined}
        >
          {model.stale && (
            <p id={`${prefix}-stale`} className={styles.staleNote}>
              Out of date: these are the files of your last valid form. They update once the
              problems above are fixed.
            </p>
          )}
          {view.files.map((file, i) => (
            <FileBlock
              key={file.file.path}
              view={file}
              form={model.form}
              index={i}
              prefix={prefix}
              canCopy={view.canCopy}
              blockedId={blockedId}
            />
          ))}
        </div>
      )}
    </section>
  );
}
