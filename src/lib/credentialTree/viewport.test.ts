import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_ZOOM,
  PAN_STEP,
  ZOOM_STEP,
  applyKeyAction,
  centreOn,
  clampView,
  fitView,
  interpolateView,
  isRectVisible,
  keyAction,
  panBy,
  parseViewBox,
  revealRect,
  svgViewBox,
  svgWithIdSuffix,
  toViewBox,
  zoomAt,
  zoomLimits,
  type Size,
  type View,
} from './viewport';

const wide: Size = { width: 1000, height: 500 };
const box: Size = { width: 400, height: 400 };

/** Where a drawing point lands in the box. */
function onScreen(view: View, x: number, y: number) {
  return { x: x * view.scale + view.x, y: y * view.scale + view.y };
}

const sizes = fc.record({
  width: fc.double({ min: 50, max: 4000, noNaN: true }),
  height: fc.double({ min: 50, max: 4000, noNaN: true }),
});

describe('fitView', () => {
  it('scales a wide drawing to the box width and centres it vertically', () => {
    expect(fitView(wide, box)).toEqual({ x: 0, y: 100, scale: 0.4 });
  });

  it('scales a tall drawing to the box height and centres it horizontally', () => {
    expect(fitView({ width: 200, height: 800 }, box)).toEqual({ x: 150, y: 0, scale: 0.5 });
  });

  it('scales up a drawing smaller than the box', () => {
    expect(fitView({ width: 100, height: 100 }, box).scale).toBe(4);
  });

  it('returns the identity for an empty box or drawing', () => {
    expect(fitView(wide, { width: 0, height: 300 })).toEqual({ x: 0, y: 0, scale: 1 });
    expect(fitView({ width: 0, height: 0 }, box)).toEqual({ x: 0, y: 0, scale: 1 });
  });

  it('always shows the whole drawing inside the box, touching two opposite edges', () => {
    fc.assert(
      fc.property(sizes, sizes, (content, b) => {
        const view = fitView(content, b);
        const whole = { x: 0, y: 0, ...content };
        expect(isRectVisible(view, whole, b)).toBe(true);
        const w = content.width * view.scale;
        const h = content.height * view.scale;
        expect(Math.abs(w - b.width) < 1e-6 || Math.abs(h - b.height) < 1e-6).toBe(true);
      }),
    );
  });
});

describe('zoomAt', () => {
  it('keeps the point under the cursor in place', () => {
    const start = fitView(wide, box);
    const view = zoomAt(start, 2, { x: 200, y: 200 }, wide, box);
    expect(view.scale).toBeCloseTo(0.8);
    // The drawing point under (200, 200) before the zoom is still there after it.
    const drawingX = (200 - start.x) / start.scale;
    const drawingY = (200 - start.y) / start.scale;
    const after = onScreen(view, drawingX, drawingY);
    expect(after.x).toBeCloseTo(200);
    expect(after.y).toBeCloseTo(200);
  });

  it('does not zoom out beyond fit or in beyond the maximum', () => {
    const fit = fitView(wide, box);
    expect(zoomAt(fit, 0.5, { x: 0, y: 0 }, wide, box)).toEqual(fit);
    let view = fit;
    for (let i = 0; i < 30; i += 1) view = zoomAt(view, ZOOM_STEP, { x: 10, y: 10 }, wide, box);
    expect(view.scale).toBe(MAX_ZOOM);
  });

  it('zooming in then out by the same factor about the same point returns to the start', () => {
    const fit = fitView(wide, box);
    const zoomedIn = zoomAt(fit, 2, { x: 120, y: 200 }, wide, box);
    const back = zoomAt(zoomedIn, 0.5, { x: 120, y: 200 }, wide, box);
    expect(back.scale).toBeCloseTo(fit.scale);
    expect(back.x).toBeCloseTo(fit.x);
    expect(back.y).toBeCloseTo(fit.y);
  });
});

describe('clampView and panBy', () => {
  it('keeps the box over the drawing when zoomed in', () => {
    const view = { x: 0, y: 0, scale: 1 };
    // The drawing is 1000 × 500 at scale 1 in a 400 × 400 box.
    expect(panBy(view, 50, 50, wide, box)).toEqual({ x: 0, y: 0, scale: 1 });
    expect(panBy(view, -5000, -5000, wide, box)).toEqual({ x: -600, y: -100, scale: 1 });
    expect(panBy(view, -100, -30, wide, box)).toEqual({ x: -100, y: -30, scale: 1 });
  });

  it('centres the drawing along an axis where it is smaller than the box', () => {
    expect(clampView({ x: -300, y: -300, scale: 0.4 }, wide, box)).toEqual({
      x: 0,
      y: 100,
      scale: 0.4,
    });
  });

  it('brings the scale back within the limits', () => {
    expect(clampView({ x: 0, y: 0, scale: 0.01 }, wide, box).scale).toBe(0.4);
    expect(clampView({ x: 0, y: 0, scale: 99 }, wide, box).scale).toBe(MAX_ZOOM);
    expect(zoomLimits({ width: 10, height: 10 }, box)).toEqual({ min: 40, max: 40 });
  });

  it('never leaves part of the box empty when the drawing covers it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (x, y, scale) => {
          const view = clampView({ x, y, scale }, wide, box);
          const w = wide.width * view.scale;
          const h = wide.height * view.scale;
          if (w >= box.width) {
            expect(view.x).toBeLessThanOrEqual(1e-9);
            expect(view.x + w).toBeGreaterThanOrEqual(box.width - 1e-9);
          }
          if (h >= box.height) {
            expect(view.y).toBeLessThanOrEqual(1e-9);
            expect(view.y + h).toBeGreaterThanOrEqual(box.height - 1e-9);
          }
        },
      ),
    );
  });
});

describe('keys', () => {
  it('maps arrows to pans of a share of the box, looking the way of the arrow', () => {
    expect(keyAction('ArrowRight', box)).toEqual({ kind: 'pan', dx: -400 * PAN_STEP, dy: 0 });
    expect(keyAction('ArrowLeft', box)).toEqual({ kind: 'pan', dx: 400 * PAN_STEP, dy: 0 });
    expect(keyAction('ArrowDown', box)).toEqual({ kind: 'pan', dx: 0, dy: -400 * PAN_STEP });
    expect(keyAction('ArrowUp', box)).toEqual({ kind: 'pan', dx: 0, dy: 400 * PAN_STEP });
  });

  it('maps + = - _ 0 to zoom and fit, and ignores other keys', () => {
    expect(keyAction('+', box)).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    expect(keyAction('=', box)).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    expect(keyAction('-', box)).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP });
    expect(keyAction('_', box)).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP });
    expect(keyAction('0', box)).toEqual({ kind: 'fit' });
    for (const key of ['Tab', 'Enter', ' ', 'a', 'Escape'])
      expect(keyAction(key, box)).toBe(undefined);
  });

  it('ArrowRight shows more of the right side when zoomed in, and stops at the edge', () => {
    const zoomed = { x: 0, y: 0, scale: 1 };
    const right = keyAction('ArrowRight', box);
    if (!right) throw new Error('expected an action');
    const moved = applyKeyAction(right, zoomed, wide, box);
    expect(moved.x).toBe(-60);
    let view: View = moved;
    for (let i = 0; i < 50; i += 1) view = applyKeyAction(right, view, wide, box);
    expect(view.x).toBe(-600);
  });

  it('pans do nothing at the fitted scale along an axis that fits', () => {
    const fit = fitView(wide, box);
    const down = keyAction('ArrowDown', box);
    if (!down) throw new Error('expected an action');
    expect(applyKeyAction(down, fit, wide, box)).toEqual(fit);
  });

  it('zoom keys zoom about the centre and 0 fits again', () => {
    const fit = fitView(wide, box);
    const zoomed = applyKeyAction({ kind: 'zoom', factor: 2 }, fit, wide, box);
    expect(zoomed.scale).toBeCloseTo(0.8);
    // The drawing's centre stays at the box's centre.
    const centre = onScreen(zoomed, 500, 250);
    expect(centre.x).toBeCloseTo(200);
    expect(centre.y).toBeCloseTo(200);
    expect(applyKeyAction({ kind: 'fit' }, zoomed, wide, box)).toEqual(fit);
  });
});

describe('revealRect', () => {
  const zoomed: View = { x: 0, y: 0, scale: 1 };

  it('leaves the view alone when the target is already visible', () => {
    expect(revealRect(zoomed, { x: 50, y: 50, width: 100, height: 40 }, wide, box)).toEqual(zoomed);
  });

  it('pans the least distance that brings a target in, with a margin', () => {
    const view = revealRect(zoomed, { x: 700, y: 300, width: 100, height: 40 }, wide, box, 16);
    // The target's right edge lands 16 px inside the right edge of the box; its top was inside.
    expect(view).toEqual({ x: 400 - 16 - 800, y: 0, scale: 1 });
    expect(isRectVisible(view, { x: 700, y: 300, width: 100, height: 40 }, box)).toBe(true);
  });

  it('pans back to a target left of the view', () => {
    const view = revealRect(
      { x: -600, y: -100, scale: 1 },
      { x: 10, y: 10, width: 50, height: 20 },
      wide,
      box,
    );
    expect(isRectVisible(view, { x: 10, y: 10, width: 50, height: 20 }, box)).toBe(true);
    expect(view.x).toBe(0);
    expect(view.y).toBe(0);
  });

  it('centres a target larger than the box, within the edges', () => {
    const view = revealRect(zoomed, { x: 100, y: 0, width: 600, height: 40 }, wide, box);
    expect(view.x).toBe(200 - 400);
  });

  it('brings any target inside the drawing into view at any zoom', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 900, noNaN: true }),
        fc.double({ min: 0, max: 450, noNaN: true }),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        fc.double({ min: 0.4, max: 2, noNaN: true }),
        (tx, ty, x, y, scale) => {
          const target = { x: tx, y: ty, width: 100, height: 50 };
          const start = clampView({ x, y, scale }, wide, box);
          const view = revealRect(start, target, wide, box, 8);
          expect(view.scale).toBe(start.scale);
          expect(isRectVisible(view, target, box)).toBe(true);
        },
      ),
    );
  });
});

describe('centreOn', () => {
  it('puts the target in the middle of the box at the asked scale', () => {
    const view = centreOn({ x: 450, y: 200, width: 100, height: 100 }, 1, wide, box);
    expect(view).toEqual({ x: 200 - 500, y: 200 - 250, scale: 1 });
  });

  it('stops at the edges and keeps the scale within the limits', () => {
    const corner = centreOn({ x: 0, y: 0, width: 20, height: 20 }, 1, wide, box);
    expect(corner).toEqual({ x: 0, y: 0, scale: 1 });
    expect(centreOn({ x: 0, y: 0, width: 20, height: 20 }, 0.01, wide, box)).toEqual(
      fitView(wide, box),
    );
  });
});

describe('viewBox', () => {
  it('writes the fitted view as the drawing box plus the letterbox', () => {
    const fit = fitView(wide, box);
    // 400 px show 1000 units across; 400 px show 1000 units down, 250 above and below the drawing.
    expect(toViewBox(fit, box)).toBe('0 -250 1000 1000');
    expect(toViewBox(fit, box, { x: -8, y: -8 })).toBe('-8 -258 1000 1000');
  });

  it('writes a zoomed and panned view', () => {
    expect(toViewBox({ x: -100, y: -30, scale: 2 }, box)).toBe('50 15 200 200');
  });

  it('parses viewBox attributes', () => {
    expect(parseViewBox('-8 -8 1234.5 900')).toEqual({ x: -8, y: -8, width: 1234.5, height: 900 });
    expect(parseViewBox('0,0,10,20')).toEqual({ x: 0, y: 0, width: 10, height: 20 });
    for (const bad of [null, '', '0 0 10', '0 0 0 10', 'a b c d', '0 0 10 20 30']) {
      expect(parseViewBox(bad)).toBe(undefined);
    }
  });

  it('reads the root viewBox from SVG markup', () => {
    expect(
      svgViewBox(
        '<svg id="a" viewBox="-8 -8 1200 900" style="max-width: 1200px;"><svg viewBox="0 0 1 1"/></svg>',
      ),
    ).toEqual({
      x: -8,
      y: -8,
      width: 1200,
      height: 900,
    });
    expect(svgViewBox('<svg id="a"><svg viewBox="0 0 1 1"/></svg>')).toBe(undefined);
    expect(svgViewBox('no svg')).toBe(undefined);
  });

  it('interpolates between two views', () => {
    const a = { x: 0, y: 0, scale: 1 };
    const b = { x: 100, y: -50, scale: 2 };
    expect(interpolateView(a, b, 0)).toEqual(a);
    expect(interpolateView(a, b, 1)).toEqual(b);
    expect(interpolateView(a, b, 0.5)).toEqual({ x: 50, y: -25, scale: 1.5 });
    expect(interpolateView(a, b, 7)).toEqual(b);
  });
});

describe('svgWithIdSuffix', () => {
  it('renames the root id everywhere it is used, and nothing else', () => {
    const svg =
      '<svg aria-roledescription="flowchart-v2" id="mermaid-svg-42" viewBox="0 0 1 1">' +
      '<style>#mermaid-svg-42 .node{fill:red}</style>' +
      '<marker id="mermaid-svg-42_flowchart-v2-pointEnd"/>' +
      '<g class="node" id="mermaid-svg-42-flowchart-context-0"/>' +
      '<path marker-end="url(#mermaid-svg-42_flowchart-v2-pointEnd)" data-id="e_x"/></svg>';
    const copy = svgWithIdSuffix(svg, '-full');
    expect(copy).not.toMatch(/mermaid-svg-42[^-]/);
    expect(copy).toContain('id="mermaid-svg-42-full"');
    expect(copy).toContain('#mermaid-svg-42-full .node');
    expect(copy).toContain('url(#mermaid-svg-42-full_flowchart-v2-pointEnd)');
    expect(copy).toContain('id="mermaid-svg-42-full-flowchart-context-0"');
    expect(copy.replace(/-full/g, '')).toBe(svg);
  });

  it('leaves markup without a root id alone', () => {
    expect(svgWithIdSuffix('<svg viewBox="0 0 1 1"></svg>', '-x')).toBe(
      '<svg viewBox="0 0 1 1"></svg>',
    );
  });
});
