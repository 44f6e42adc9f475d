/**
 * Pan and zoom for a drawing shown in a fixed box (the credential tree's
 * flowchart): pure math, no DOM. A {@link View} maps the drawing's own
 * coordinates (its SVG `viewBox` units) to the box's pixels:
 * `box = drawing × scale + (x, y)`. The component turns a view into the
 * SVG's `viewBox` with {@link toViewBox}.
 */

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A rectangle: position and size. */
export interface Rect extends Point, Size {}

/** How the drawing sits in the box: `box = drawing × scale + (x, y)`. */
export interface View {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

/** How far the reader may zoom: the fitted scale at least, {@link MAX_ZOOM} at most. */
export interface ZoomLimits {
  readonly min: number;
  readonly max: number;
}

/** The largest scale: twice the drawing's own size (or the fitted scale, when that is larger). */
export const MAX_ZOOM = 2;

/** One press of zoom in (or, inverted, zoom out). */
export const ZOOM_STEP = 1.25;

/** One arrow-key press pans by this share of the box. */
export const PAN_STEP = 0.15;

function clampNumber(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function usable(size: Size): boolean {
  return size.width > 0 && size.height > 0;
}

/**
 * The view that shows the whole drawing, as large as the box allows, centred.
 * @returns scale 1 at the origin when either size is empty (nothing to fit yet).
 */
export function fitView(content: Size, box: Size): View {
  if (!usable(content) || !usable(box)) return { x: 0, y: 0, scale: 1 };
  const scale = Math.min(box.width / content.width, box.height / content.height);
  return {
    x: (box.width - content.width * scale) / 2,
    y: (box.height - content.height * scale) / 2,
    scale,
  };
}

/** The zoom range for a drawing in a box: from "fit" up to {@link MAX_ZOOM}. */
export function zoomLimits(content: Size, box: Size): ZoomLimits {
  const fit = fitView(content, box).scale;
  return { min: fit, max: Math.max(fit, MAX_ZOOM) };
}

/**
 * Keeps the scale within the limits and the drawing over the box: along an
 * axis where the drawing is smaller than the box it is centred, otherwise the
 * box may not run past the drawing's edges.
 */
export function clampView(view: View, content: Size, box: Size): View {
  const { min, max } = zoomLimits(content, box);
  const scale = clampNumber(view.scale, min, max);
  const axis = (offset: number, contentLength: number, boxLength: number) => {
    const length = contentLength * scale;
    return length <= boxLength
      ? (boxLength - length) / 2
      : clampNumber(offset, boxLength - length, 0);
  };
  return {
    x: axis(view.x, content.width, box.width),
    y: axis(view.y, content.height, box.height),
    scale,
  };
}

/**
 * Zooms by `factor` (> 1 in, < 1 out) about `point` (in box pixels), which
 * stays where it is on screen unless the limits or the edges prevent it.
 */
export function zoomAt(view: View, factor: number, point: Point, content: Size, box: Size): View {
  const { min, max } = zoomLimits(content, box);
  const scale = clampNumber(view.scale * factor, min, max);
  const ratio = scale / view.scale;
  return clampView(
    {
      x: point.x - (point.x - view.x) * ratio,
      y: point.y - (point.y - view.y) * ratio,
      scale,
    },
    content,
    box,
  );
}

/** Zooms about the centre of the box (the zoom buttons and keys). */
export function zoomAtCentre(view: View, factor: number, content: Size, box: Size): View {
  return zoomAt(view, factor, { x: box.width / 2, y: box.height / 2 }, content, box);
}

/** Moves the drawing by `dx`, `dy` box pixels (a drag), within the edges. */
export function panBy(view: View, dx: number, dy: number, content: Size, box: Size): View {
  return clampView({ ...view, x: view.x + dx, y: view.y + dy }, content, box);
}

/** What a key press on the focused diagram does. */
export type KeyAction =
  | { readonly kind: 'pan'; readonly dx: number; readonly dy: number }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'fit' };

/**
 * Maps a `KeyboardEvent.key` to an action: the arrow keys look that way (the
 * drawing moves the other way by {@link PAN_STEP} of the box), `+`/`=` zoom
 * in, `-` zooms out, `0` fits.
 * @returns `undefined` for any other key, which the component leaves alone.
 */
export function keyAction(key: string, box: Size): KeyAction | undefined {
  const dx = box.width * PAN_STEP;
  const dy = box.height * PAN_STEP;
  switch (key) {
    case 'ArrowLeft':
      return { kind: 'pan', dx, dy: 0 };
    case 'ArrowRight':
      return { kind: 'pan', dx: -dx, dy: 0 };
    case 'ArrowUp':
      return { kind: 'pan', dx: 0, dy };
    case 'ArrowDown':
      return { kind: 'pan', dx: 0, dy: -dy };
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { kind: 'fit' };
    default:
      return undefined;
  }
}

/** Applies a {@link KeyAction} to a view. */
export function applyKeyAction(action: KeyAction, view: View, content: Size, box: Size): View {
  switch (action.kind) {
    case 'pan':
      return panBy(view, action.dx, action.dy, content, box);
    case 'zoom':
      return zoomAtCentre(view, action.factor, content, box);
    case 'fit':
      return fitView(content, box);
  }
}

/**
 * The smallest pan that brings `target` (in drawing units) inside the box
 * with `margin` pixels to spare; a target larger than the box is centred.
 * The scale is kept.
 */
export function revealRect(view: View, target: Rect, content: Size, box: Size, margin = 16): View {
  const axis = (offset: number, start: number, length: number, boxLength: number) => {
    const from = start * view.scale + offset;
    const size = length * view.scale;
    if (size + 2 * margin > boxLength) return offset + (boxLength - size) / 2 - from;
    if (from < margin) return offset + margin - from;
    if (from + size > boxLength - margin) return offset + boxLength - margin - (from + size);
    return offset;
  };
  return clampView(
    {
      x: axis(view.x, target.x, target.width, box.width),
      y: axis(view.y, target.y, target.height, box.height),
      scale: view.scale,
    },
    content,
    box,
  );
}

/**
 * The view at `scale` (within the limits) with `target` (drawing units) in the
 * middle of the box, as far as the edges allow: how the full-screen diagram
 * opens, readable and on the current node.
 */
export function centreOn(target: Rect, scale: number, content: Size, box: Size): View {
  const { min, max } = zoomLimits(content, box);
  const s = clampNumber(scale, min, max);
  return clampView(
    {
      x: box.width / 2 - (target.x + target.width / 2) * s,
      y: box.height / 2 - (target.y + target.height / 2) * s,
      scale: s,
    },
    content,
    box,
  );
}

/** Whether `target` (drawing units) lies wholly inside the box under `view`. */
export function isRectVisible(view: View, target: Rect, box: Size): boolean {
  const left = target.x * view.scale + view.x;
  const top = target.y * view.scale + view.y;
  const epsilon = 0.5;
  return (
    left >= -epsilon &&
    top >= -epsilon &&
    left + target.width * view.scale <= box.width + epsilon &&
    top + target.height * view.scale <= box.height + epsilon
  );
}

/**
 * The SVG `viewBox` that shows `view` in a box of this size, relative to the
 * drawing's own viewBox origin (Mermaid's drawings do not start at 0, 0).
 */
export function toViewBox(view: View, box: Size, origin: Point = { x: 0, y: 0 }): string {
  const round = (n: number) => Math.round(n * 100) / 100;
  return [
    origin.x - view.x / view.scale,
    origin.y - view.y / view.scale,
    box.width / view.scale,
    box.height / view.scale,
  ]
    .map(round)
    .join(' ');
}

/** The view part-way (`t` from 0 to 1) from `from` to `to`, for an animated pan. */
export function interpolateView(from: View, to: View, t: number): View {
  const k = clampNumber(t, 0, 1);
  return {
    x: from.x + (to.x - from.x) * k,
    y: from.y + (to.y - from.y) * k,
    scale: from.scale + (to.scale - from.scale) * k,
  };
}

/** Reads an SVG `viewBox` attribute ("x y width height"); `undefined` if it is not one. */
export function parseViewBox(value: string | null): Rect | undefined {
  const parts = (value ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [x = 0, y = 0, width = 0, height = 0] = parts;
  return width > 0 && height > 0 ? { x, y, width, height } : undefined;
}

/**
 * A copy of an SVG's markup with its root `id` (and every reference to it:
 * Mermaid prefixes its style rules, element ids and arrowhead markers with
 * it) given a suffix, so the copy can sit in the page beside the original.
 * @returns the markup unchanged when the root `<svg>` has no id.
 */
export function svgWithIdSuffix(markup: string, suffix: string): string {
  const id = /<svg\b[^>]*?\sid="([^"]+)"/.exec(markup)?.[1];
  return id ? markup.split(id).join(`${id}${suffix}`) : markup;
}

/** The `viewBox` of the root `<svg>` in SVG markup (Mermaid's output); `undefined` without one. */
export function svgViewBox(markup: string): Rect | undefined {
  const root = /<svg\b[^>]*>/.exec(markup)?.[0] ?? '';
  return parseViewBox(/\sviewBox="([^"]*)"/.exec(root)?.[1] ?? null);
}
