import React, { memo, useEffect, useRef } from 'react';
import clsx from 'clsx';
import type { DiagramHighlight } from '@site/src/lib/credentialTree/mermaid';
import { applyHighlight } from './highlight';
import { usePanZoom, type Opening } from './usePanZoom';
import styles from './styles.module.css';

export interface PanZoomProps {
  /** Mermaid's SVG markup, `null` while Mermaid is still drawing. */
  svg: string | null;
  /** What to mark; the current node is also brought into view when it changes. */
  highlight: DiagramHighlight;
  /** The whole drawing (`fit`), or readable around the current node (`current`). */
  opening: Opening;
  /** Accessible name of the focusable drawing box. */
  label: string;
  /** Width ÷ height of the box before anything is drawn (no layout shift); CSS may cap its height. */
  aspectRatio?: number;
  /** Extra buttons after the zoom controls (the full-screen button). */
  children?: React.ReactNode;
  className?: string;
}

/**
 * A drawing box with zoom in, zoom out and fit buttons; drag to pan, and
 * with the box focused the arrow keys pan, `+`/`-` zoom and `0` fits. The
 * view is written to the SVG's `viewBox` (see `usePanZoom`), so the drawing
 * stays sharp and never overflows its box; the box's size comes from CSS and
 * `aspectRatio` alone, so drawing it shifts nothing.
 */
export default function PanZoom({
  svg,
  highlight,
  opening,
  label,
  aspectRatio,
  children,
  className,
}: PanZoomProps): React.JSX.Element {
  const boxRef = useRef<HTMLDivElement>(null);
  const pz = usePanZoom(boxRef, svg, highlight.current, opening);

  useEffect(() => {
    const el = boxRef.current?.querySelector('svg');
    if (!el || !svg) return;
    const missing = applyHighlight(el, highlight);
    if (missing.length > 0) console.warn(`Diagram nodes not found: ${missing.join(', ')}`);
  }, [svg, highlight]);

  const drawn = svg !== null && pz.view !== undefined;
  return (
    <div className={clsx(styles.panZoom, className)}>
      <div className={styles.toolbar} role="group" aria-label="Diagram view">
        <button
          type="button"
          className={styles.tool}
          onClick={pz.zoomIn}
          disabled={!drawn}
          aria-label="Zoom in"
        >
          <span aria-hidden="true">+</span> Zoom in
        </button>
        <button
          type="button"
          className={styles.tool}
          onClick={pz.zoomOut}
          disabled={!drawn}
          aria-label="Zoom out"
        >
          <span aria-hidden="true">−</span> Zoom out
        </button>
        <button type="button" className={styles.tool} onClick={pz.fit} disabled={!drawn}>
          Fit
        </button>
        <span className={styles.zoomLevel} data-zoom-level>
          {pz.view ? `${Math.round(pz.view.scale * 100)} %` : ''}
        </span>
        {children}
      </div>
      <div
        ref={boxRef}
        className={styles.box}
        style={aspectRatio ? { aspectRatio: String(aspectRatio) } : undefined}
        data-zoomed={pz.zoomed ? 'true' : 'false'}
        data-drawing-size={pz.drawing ? `${pz.drawing.width} ${pz.drawing.height}` : undefined}
        tabIndex={0}
        role="group"
        aria-label={label}
        onKeyDown={pz.onKeyDown}
        onPointerDown={pz.onPointerDown}
        onPointerMove={pz.onPointerMove}
        onPointerUp={pz.onPointerUp}
        onPointerCancel={pz.onPointerUp}
      >
        {svg === null ? <p className={styles.loading}>Drawing the diagram…</p> : <Svg svg={svg} />}
      </div>
    </div>
  );
}

/** The SVG markup; memoised so that a new highlight or view never re-renders it. */
const Svg = memo(function Svg({ svg }: { svg: string }): React.JSX.Element {
  return (
    <div
      className={styles.diagram}
      data-diagram-ready="true"
      // The markup is Mermaid's output for our own generated source, not user input.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
});
