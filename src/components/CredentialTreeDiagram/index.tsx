import React, { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import clsx from 'clsx';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import { useMermaidRenderResult } from '@docusaurus/theme-mermaid/client';
import type { DiagramHighlight } from '@site/src/lib/credentialTree/mermaid';
import { svgWithIdSuffix } from '@site/src/lib/credentialTree/viewport';
import PanZoom from './PanZoom';
import styles from './styles.module.css';

export interface CredentialTreeDiagramProps {
  /** Mermaid flowchart source (from `toMermaid`); rendered once per colour mode. */
  source: string;
  /** What to mark; changing it only toggles attributes on the existing SVG. */
  highlight: DiagramHighlight;
  /** Caption under the diagram. */
  caption: string;
  /**
   * Width ÷ height of the drawing as Mermaid lays it out, so that its box is
   * reserved before Mermaid has drawn it (see the explorer's e2e test, which
   * compares it with the drawn SVG).
   */
  aspectRatio: number;
  className?: string;
  /**
   * Draw the diagram (and so load Mermaid) only once the figure comes within
   * {@link NEAR_VIEWPORT_MARGIN} of the viewport; until then its box is reserved.
   */
  deferUntilNear?: boolean;
}

/** How far outside the viewport a deferred diagram starts loading. */
const NEAR_VIEWPORT_MARGIN = '800px';

/**
 * Whether the element has come within {@link NEAR_VIEWPORT_MARGIN} of the
 * viewport (stays true once it has). True at once when `enabled` is false;
 * after mounting when IntersectionObserver is missing.
 */
function useNearViewport(ref: RefObject<HTMLElement | null>, enabled: boolean): boolean {
  // The same first value on the server and in the browser, so hydration matches.
  const [near, setNear] = useState(!enabled);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    if (typeof IntersectionObserver === 'undefined') {
      // No way to tell: draw it on the next frame.
      const frame = requestAnimationFrame(() => setNear(true));
      return () => cancelAnimationFrame(frame);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: `${NEAR_VIEWPORT_MARGIN} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}

const boxLabel =
  'Flowchart of the decision tree. With it focused, the arrow keys pan, plus and minus zoom, 0 fits.';

/**
 * Renders a Mermaid flowchart (Mermaid is loaded lazily by
 * `@docusaurus/theme-mermaid`, only when this component mounts in the
 * browser) fitted into a box of a fixed aspect ratio, with pan and zoom
 * controls, the path highlighted without re-rendering the SVG, and the
 * current node kept in view. "Open full screen" shows a copy in a modal
 * `<dialog>` (focus stays inside, Escape closes, focus returns to the button).
 *
 * The SVG carries `data-path` / `data-current` attributes for the highlight
 * (see `highlight.ts`); its wrapper gets `data-diagram-ready="true"` once
 * the SVG is in the page. On the server only the empty box and the disabled
 * controls render; the page hides them without JavaScript (the text outline
 * is the version for those readers).
 */
export default function CredentialTreeDiagram(
  props: CredentialTreeDiagramProps,
): React.JSX.Element {
  const figure = useRef<HTMLElement>(null);
  const near = useNearViewport(figure, props.deferUntilNear ?? false);
  return (
    <figure className={clsx(styles.figure, props.className)} ref={figure}>
      <ErrorBoundary
        fallback={() => (
          <p className={styles.failed}>
            The diagram could not be drawn. The outline of the whole tree below has the same
            content.
          </p>
        )}
      >
        {near ? (
          <Renderer {...props} />
        ) : (
          // The same box, empty, until the figure comes near: Mermaid is not loaded yet.
          <div data-diagram-reserved="true">
            <PanZoom
              svg={null}
              highlight={props.highlight}
              opening="fit"
              label={boxLabel}
              aspectRatio={props.aspectRatio}
            >
              <button type="button" className={clsx(styles.tool, styles.openFull)} disabled>
                Open full screen
              </button>
            </PanZoom>
          </div>
        )}
      </ErrorBoundary>
      <figcaption className={styles.caption}>{props.caption}</figcaption>
    </figure>
  );
}

function Renderer({
  source,
  highlight,
  aspectRatio,
}: CredentialTreeDiagramProps): React.JSX.Element {
  const result = useMermaidRenderResult({ text: source });
  const svg = result?.svg ?? null;
  const [full, setFull] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  // The full-screen copy needs its own ids: Mermaid's styles and arrowheads refer to them.
  const fullSvg = useMemo(() => (svg ? svgWithIdSuffix(svg, '-full') : null), [svg]);

  const open = () => {
    setFull(true);
    dialogRef.current?.showModal();
  };
  const close = () => dialogRef.current?.close();

  return (
    <>
      <PanZoom
        svg={svg}
        highlight={highlight}
        opening="fit"
        label={boxLabel}
        aspectRatio={aspectRatio}
      >
        <button
          ref={openButtonRef}
          type="button"
          className={clsx(styles.tool, styles.openFull)}
          onClick={open}
          disabled={svg === null}
          aria-haspopup="dialog"
        >
          Open full screen
        </button>
      </PanZoom>
      <dialog
        ref={dialogRef}
        className={styles.dialog}
        aria-labelledby="credential-tree-dialog-title"
        onClose={() => {
          setFull(false);
          openButtonRef.current?.focus();
        }}
      >
        <div className={styles.dialogHeader}>
          <h2 id="credential-tree-dialog-title" className={styles.dialogTitle}>
            Decision tree
          </h2>
          <button type="button" className={styles.tool} onClick={close}>
            Close
          </button>
        </div>
        {full && (
          <PanZoom
            svg={fullSvg}
            highlight={highlight}
            opening="current"
            label={boxLabel}
            className={styles.fullPanZoom}
          />
        )}
      </dialog>
    </>
  );
}
