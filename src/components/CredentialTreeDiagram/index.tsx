import React, { memo, useEffect, useRef, useState, type RefObject } from 'react';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import { useMermaidRenderResult } from '@docusaurus/theme-mermaid/client';
import type { DiagramHighlight } from '@site/src/lib/credentialTree/mermaid';
import { applyHighlight } from './highlight';
import styles from './styles.module.css';

export interface CredentialTreeDiagramProps {
  /** Mermaid flowchart source (from `toMermaid`); rendered once per colour mode. */
  source: string;
  /** What to mark; changing it only toggles attributes on the existing SVG. */
  highlight: DiagramHighlight;
  /** Caption under the diagram. */
  caption: string;
  /**
   * Draw the diagram (and so load Mermaid) only once the figure comes within
   * {@link NEAR_VIEWPORT_MARGIN} of the viewport; until then its box is reserved.
   */
  deferUntilNear?: boolean;
}

/** How far outside the viewport a deferred diagram starts loading. */
const NEAR_VIEWPORT_MARGIN = '800px';

/**
 * Whether the element has come within `margin` of the viewport (stays true once it has).
 * True at once when `enabled` is false or IntersectionObserver is missing.
 */
function useNearViewport(ref: RefObject<HTMLElement | null>, enabled: boolean): boolean {
  const [near, setNear] = useState(() => !enabled || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
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

/** The diagram's box while it is not drawn yet: the drawn SVG's size, so nothing moves. */
function Reserved(): React.JSX.Element {
  return (
    <div className={styles.diagram}>
      <div className={styles.reserved} data-diagram-reserved="true">
        <p className={styles.loading}>Drawing the diagram…</p>
      </div>
    </div>
  );
}

/**
 * Renders a Mermaid flowchart once (Mermaid is loaded lazily by
 * `@docusaurus/theme-mermaid`, only when this component mounts in the
 * browser) and highlights a path on it without re-rendering the SVG.
 *
 * The SVG carries `data-path` / `data-current` attributes for the highlight
 * (see `highlight.ts`); its wrapper gets `data-diagram-ready="true"` once
 * the SVG is in the page. Nothing renders on the server: the text outline
 * is the version for readers without JavaScript.
 */
export default function CredentialTreeDiagram(
  props: CredentialTreeDiagramProps,
): React.JSX.Element {
  const figure = useRef<HTMLElement>(null);
  const near = useNearViewport(figure, props.deferUntilNear ?? false);
  return (
    <figure className={styles.figure} ref={figure}>
      <ErrorBoundary
        fallback={() => (
          <p className={styles.failed}>
            The diagram could not be drawn. The outline of the whole tree below has the same
            content.
          </p>
        )}
      >
        {near ? <Renderer {...props} /> : <Reserved />}
      </ErrorBoundary>
      <figcaption className={styles.caption}>{props.caption}</figcaption>
    </figure>
  );
}

function Renderer({ source, highlight }: CredentialTreeDiagramProps): React.JSX.Element {
  const result = useMermaidRenderResult({ text: source });
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const svg = ref.current?.querySelector('svg');
    if (!svg) return;
    const missing = applyHighlight(svg, highlight);
    if (missing.length > 0) console.warn(`Diagram nodes not found: ${missing.join(', ')}`);
  }, [result, highlight]);

  return <div ref={ref}>{result ? <Svg svg={result.svg} /> : <Reserved />}</div>;
}

/** The SVG markup; memoised so that a new highlight never re-renders it. */
const Svg = memo(function Svg({ svg }: { svg: string }): React.JSX.Element {
  return (
    <div
      className={styles.diagram}
      data-diagram-ready="true"
      // Focusable so that keyboard users can scroll it sideways on narrow screens.
      tabIndex={0}
      role="group"
      aria-label="Flowchart of the decision tree (scrolls sideways on narrow screens)"
      // The markup is Mermaid's output for our own generated source, not user input.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
});
