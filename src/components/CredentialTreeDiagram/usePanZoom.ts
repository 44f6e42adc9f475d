import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  applyKeyAction,
  centreOn,
  clampView,
  fitView,
  interpolateView,
  keyAction,
  panBy,
  svgViewBox,
  revealRect,
  toViewBox,
  zoomAtCentre,
  zoomLimits,
  ZOOM_STEP,
  type Rect,
  type Size,
  type View,
} from '@site/src/lib/credentialTree/viewport';
import { nodeElement } from './highlight';

/** How long an animated pan to the current node takes (ms); none with reduced motion. */
const REVEAL_MS = 250;

/** How the view starts once the drawing is in: the whole of it, or readable around the current node. */
export type Opening = 'fit' | 'current';

export interface PanZoom {
  /** The current view, `undefined` until the drawing and the box are measured. */
  readonly view: View | undefined;
  /** The drawing's own size (its viewBox), once Mermaid has drawn it. */
  readonly drawing: Size | undefined;
  /** Whether the view is zoomed in beyond "fit" (there is something to drag). */
  readonly zoomed: boolean;
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly fit: () => void;
  readonly onKeyDown: (event: React.KeyboardEvent) => void;
  readonly onPointerDown: (event: React.PointerEvent) => void;
  readonly onPointerMove: (event: React.PointerEvent) => void;
  readonly onPointerUp: (event: React.PointerEvent) => void;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function sameView(a: View, b: View): boolean {
  return (
    Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.scale - b.scale) < 1e-4
  );
}

/**
 * Where an element of the SVG lies in the drawing's own units, relative to
 * the drawing's viewBox origin, whatever the current viewBox.
 */
function drawingRect(svg: SVGSVGElement, el: Element, origin: Rect): Rect | undefined {
  const ctm = svg.getScreenCTM();
  if (!ctm) return undefined;
  const inverse = ctm.inverse();
  const r = el.getBoundingClientRect();
  const a = new DOMPoint(r.left, r.top).matrixTransform(inverse);
  const b = new DOMPoint(r.right, r.bottom).matrixTransform(inverse);
  return {
    x: Math.min(a.x, b.x) - origin.x,
    y: Math.min(a.y, b.y) - origin.y,
    width: Math.abs(b.x - a.x),
    height: Math.abs(b.y - a.y),
  };
}

/**
 * Pan and zoom for an SVG drawn inside `boxRef`: measures the box
 * (ResizeObserver) and the drawing (its viewBox, read when `svgMarkup`
 * changes), keeps the view fitted until the reader zooms or pans, writes the
 * view to the SVG's `viewBox`, and brings the node `targetNode` (the current
 * node) into view whenever it changes, animated unless the reader prefers
 * reduced motion. The math is in `src/lib/credentialTree/viewport.ts`.
 */
export function usePanZoom(
  boxRef: React.RefObject<HTMLDivElement | null>,
  svgMarkup: string | null,
  targetNode: string,
  opening: Opening,
): PanZoom {
  const [box, setBox] = useState<Size>();
  // `undefined`: follow "fit" (also when the box is resized); set once the reader moves the view.
  const [moved, setMoved] = useState<View>();
  const animation = useRef(0);
  const drag = useRef<{ id: number; x: number; y: number }>(undefined);
  const opened = useRef(false);

  const svg = useCallback(
    () => boxRef.current?.querySelector<SVGSVGElement>('svg') ?? null,
    [boxRef],
  );

  const content = useMemo(() => (svgMarkup ? svgViewBox(svgMarkup) : undefined), [svgMarkup]);

  useLayoutEffect(() => {
    const el = boxRef.current;
    if (!el) return undefined;
    // The observer reports the first size as soon as it starts observing.
    const observer = new ResizeObserver(() =>
      setBox({ width: el.clientWidth, height: el.clientHeight }),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [boxRef]);

  const size: Size | undefined = content && { width: content.width, height: content.height };
  const ready = size && box && box.width > 0 && box.height > 0 ? { size, box } : undefined;
  const view =
    ready && (moved ? clampView(moved, ready.size, ready.box) : fitView(ready.size, ready.box));

  useLayoutEffect(() => {
    const el = svg();
    if (!el || !content || !ready || !view) return;
    el.setAttribute('viewBox', toViewBox(view, ready.box, content));
  });

  const stopAnimation = () => cancelAnimationFrame(animation.current);
  useEffect(() => stopAnimation, []);

  // Bring the current node into view when it changes (and when the drawing first arrives).
  const readyKey = ready
    ? `${ready.size.width}x${ready.size.height}/${ready.box.width}x${ready.box.height}`
    : '';
  useEffect(() => {
    const el = svg();
    // `view` is this render's: the one in which the target or the box changed.
    const from = view;
    if (!el || !content || !ready || !from) return;
    const node = nodeElement(el, targetNode);
    const rect = node && drawingRect(el, node, content);
    if (!rect) return;
    let to: View;
    if (opening === 'current' && !opened.current) {
      opened.current = true;
      to = centreOn(rect, 1, ready.size, ready.box);
    } else {
      to = revealRect(from, rect, ready.size, ready.box);
      if (sameView(from, to)) return;
    }
    // Each frame sets the view; with reduced motion the first frame jumps to the end.
    const duration = prefersReducedMotion() ? 0 : REVEAL_MS;
    stopAnimation();
    const start = performance.now();
    const step = (now: number) => {
      const t = duration > 0 ? Math.min(1, (now - start) / duration) : 1;
      setMoved(interpolateView(from, to, 1 - (1 - t) ** 3));
      if (t < 1) animation.current = requestAnimationFrame(step);
    };
    animation.current = requestAnimationFrame(step);
    // Only a new target node or a new drawing or box size moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [targetNode, readyKey]);

  /** Moves the view from its latest state (several events may arrive between renders). */
  const change = (next: (current: View, size: Size, box: Size) => View | undefined) => {
    if (!ready) return;
    const { size: s, box: b } = ready;
    stopAnimation();
    setMoved((prev) => next(prev ? clampView(prev, s, b) : fitView(s, b), s, b));
  };

  const limits = ready && zoomLimits(ready.size, ready.box);
  return {
    view,
    drawing: size,
    zoomed: Boolean(view && limits && view.scale > limits.min + 1e-6),
    zoomIn: () => change((v, s, b) => zoomAtCentre(v, ZOOM_STEP, s, b)),
    zoomOut: () => change((v, s, b) => zoomAtCentre(v, 1 / ZOOM_STEP, s, b)),
    fit: () => change(() => undefined),
    onKeyDown: (event) => {
      if (!ready || !view || event.altKey || event.ctrlKey || event.metaKey) return;
      const action = keyAction(event.key, ready.box);
      if (!action) return;
      const next = applyKeyAction(action, view, ready.size, ready.box);
      // An arrow that cannot move the drawing (it fits along that axis) scrolls the page as usual.
      if (action.kind === 'pan' && sameView(next, view)) return;
      event.preventDefault();
      stopAnimation();
      setMoved(action.kind === 'fit' ? undefined : next);
    },
    onPointerDown: (event) => {
      if (event.button !== 0 || !view || !limits || view.scale <= limits.min + 1e-6) return;
      stopAnimation();
      drag.current = { id: event.pointerId, x: event.clientX, y: event.clientY };
      event.currentTarget.setPointerCapture(event.pointerId);
    },
    onPointerMove: (event) => {
      const last = drag.current;
      if (!last || last.id !== event.pointerId) return;
      const dx = event.clientX - last.x;
      const dy = event.clientY - last.y;
      drag.current = { ...last, x: event.clientX, y: event.clientY };
      change((v, s, b) => panBy(v, dx, dy, s, b));
    },
    onPointerUp: (event) => {
      if (drag.current?.id === event.pointerId) drag.current = undefined;
    },
  };
}
