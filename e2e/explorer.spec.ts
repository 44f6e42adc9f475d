import { expect, test, type Page } from '@playwright/test';
import {
  credentialTree,
  verdictLabel,
  type TreeNode,
  type TreeVerdict,
} from '../src/data/credentialTree';
import { enumeratePaths, type TreePath } from '../src/lib/credentialTree/model';
import { mermaidEdgeId } from '../src/lib/credentialTree/mermaid';
import { expectNoAxeViolations, gotoInMode, gotoSettled, watchPage } from './helpers';

/**
 * The credential explorer (issue 3): representative paths by mouse and by
 * keyboard (every verdict and the deepest path) with the SVG highlight checked
 * after each step, every outcome opened from its URL, the URL round trip,
 * Back/Forward, bad URLs, axe in both colour modes, and the no-JS outline.
 * That every one of the tree's paths resolves, round-trips through the URL and
 * highlights the right nodes and edges is proven over the model by the unit
 * tests in src/lib/credentialTree/; the browser proves what only it can.
 */

const explorerPath = '/tools/credential-explorer';

// Mermaid takes a few seconds to load and draw on a busy machine; the walks click a lot.
test.describe.configure({ timeout: 180_000 });
const paths = enumeratePaths(credentialTree);
const outcomeIds = [...new Set(paths.map((p) => p.outcome))];

function node(id: string): TreeNode {
  const found = credentialTree.nodes[id];
  if (!found) throw new Error(`unknown node ${id}`);
  return found;
}

/** The heading text the explorer shows for a node. */
function headingOf(id: string): string {
  const n = node(id);
  return n.kind === 'question' ? n.question : n.title;
}

interface Highlight {
  nodes: string[];
  edges: string[];
  current: string[];
}

/** Reads the highlight off the rendered SVG: node ids and edge ids marked `data-path`, and `data-current`. */
async function readHighlight(page: Page): Promise<Highlight> {
  return page.evaluate(() => {
    const svg = document.querySelector('[data-diagram-ready="true"] svg');
    if (!svg) return { nodes: ['<no svg>'], edges: [], current: [] };
    const nodeId = (el: Element) => el.id.slice(`${svg.id}-flowchart-`.length).replace(/-\d+$/, '');
    return {
      nodes: Array.from(svg.querySelectorAll('g.node[data-path="true"]')).map(nodeId).sort(),
      edges: Array.from(svg.querySelectorAll('path[data-edge="true"][data-path="true"]'))
        .map((el) => el.getAttribute('data-id') ?? '')
        .sort(),
      current: Array.from(svg.querySelectorAll('g.node[data-current="true"]')).map(nodeId),
    };
  });
}

/** Checks heading, URL and SVG highlight after `answered` answers of `path`. */
async function expectStep(page: Page, path: TreePath, answered: number): Promise<void> {
  const current = path.nodes[answered] ?? '';
  await expect(page.locator('[data-current-node]')).toHaveAttribute('data-current-node', current);
  await expect(page.locator('[data-current-node] h3')).toContainText(headingOf(current));
  const answers = path.answers.slice(0, answered);
  const search = new URL(page.url()).searchParams.get('path');
  expect(search ?? '').toBe(answers.join(','));
  await expect
    .poll(() => readHighlight(page), { timeout: 15_000 })
    .toEqual({
      nodes: [...path.nodes.slice(0, answered + 1)].sort(),
      edges: answers.map(mermaidEdgeId).sort(),
      current: [current],
    });
}

async function openExplorer(page: Page, query = ''): Promise<void> {
  await gotoSettled(page, `${explorerPath}${query}`);
  await expect(page.locator('[data-diagram-ready="true"] svg')).toBeVisible({ timeout: 30_000 });
}

/** The verdict of the outcome a path ends in. */
function verdictOf(path: TreePath): TreeVerdict {
  const outcome = node(path.outcome);
  if (outcome.kind !== 'outcome') throw new Error(`${path.outcome} is not an outcome`);
  return outcome.verdict;
}

/**
 * The paths the browser walks by mouse and by keyboard: the deepest path, and
 * for every verdict it does not end in, the shortest path to that verdict.
 * Every path's answers, nodes and highlight are proven over the model by the
 * unit tests (src/lib/credentialTree/*.test.ts); the walks prove the clicks,
 * keys, focus and drawing that only a browser has.
 */
function representativePaths(): TreePath[] {
  const deepest = paths.reduce((a, b) => (b.answers.length > a.answers.length ? b : a));
  const chosen = [deepest];
  for (const verdict of Object.keys(verdictLabel) as TreeVerdict[]) {
    if (chosen.some((p) => verdictOf(p) === verdict)) continue;
    const shortest = paths
      .filter((p) => verdictOf(p) === verdict)
      .reduce<TreePath | undefined>(
        (a, b) => (a === undefined || b.answers.length < a.answers.length ? b : a),
        undefined,
      );
    if (shortest) chosen.push(shortest);
  }
  return chosen;
}

const walked = representativePaths();
const walkedLabel = walked.map((p) => `${p.outcome} (${p.answers.length} answers)`).join(', ');

test('the walked paths cover every verdict and the deepest path', () => {
  expect(new Set(walked.map(verdictOf))).toEqual(new Set(Object.keys(verdictLabel)));
  expect(Math.max(...walked.map((p) => p.answers.length))).toBe(
    Math.max(...paths.map((p) => p.answers.length)),
  );
});

/** Checks the outcome card: its heading and its verdict in words. */
async function expectOutcome(page: Page, path: TreePath): Promise<void> {
  const card = page.locator('[data-current-node]');
  await expect(card.locator('h3')).toContainText(headingOf(path.outcome));
  await expect(card).toContainText(verdictLabel[verdictOf(path)]);
}

test(`walks representative paths by clicking: ${walkedLabel}`, async ({ page }) => {
  const problems = watchPage(page, new URL(test.info().project.use.baseURL ?? '').origin);
  await openExplorer(page);
  for (const path of walked) {
    if (new URL(page.url()).searchParams.has('path')) {
      await page.getByRole('button', { name: 'Restart' }).click();
    }
    await expectStep(page, path, 0);
    for (const [index, answer] of path.answers.entries()) {
      await page.locator(`button[data-answer="${answer}"]`).click();
      await expectStep(page, path, index + 1);
    }
    await expectOutcome(page, path);
  }
  expect(problems.consoleErrors).toEqual([]);
});

/** Presses Tab until `predicate` holds for the focused element (at most `limit` times). */
async function tabUntil(
  page: Page,
  predicate: string,
  limit: number,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    const ok = await page.evaluate(
      (p) => new Function('el', `return ${p}`)(document.activeElement) as boolean,
      predicate,
    );
    if (ok) return;
  }
  throw new Error(`Focus never reached an element where ${predicate}`);
}

test(`walks representative paths with the keyboard alone: ${walkedLabel}`, async ({ page }) => {
  await openExplorer(page);
  // From the top of the page, Tab to the first answer, then back onto nothing but answers.
  await tabUntil(page, `el && el.hasAttribute('data-answer')`, 80);
  for (const [pathIndex, path] of walked.entries()) {
    if (pathIndex > 0) {
      await tabUntil(page, `el && el.textContent === 'Restart'`, 20);
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-current-node] h3')).toBeFocused();
      await expectStep(page, path, 0);
      await page.keyboard.press('Tab');
    }
    for (const [index, answer] of path.answers.entries()) {
      // Focus sits on the first answer of the question; move down to the one we want.
      const question = node(path.nodes[index] ?? '');
      const position =
        question.kind === 'question' ? question.answers.findIndex((a) => a.id === answer) : -1;
      expect(position).toBeGreaterThanOrEqual(0);
      for (let i = 0; i < position; i += 1) await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveAttribute('data-answer', answer);
      await page.keyboard.press(index % 2 === 0 ? 'Enter' : 'Space');
      // Focus moves to the new question (or outcome) heading.
      await expect(page.locator('[data-current-node] h3')).toBeFocused();
      await expectStep(page, path, index + 1);
      if (index + 1 < path.answers.length) await page.keyboard.press('Tab');
    }
    await expectOutcome(page, path);
  }
});

test(`every one of the ${outcomeIds.length} outcomes opens from its URL with its path highlighted`, async ({
  page,
}) => {
  // The longest path to each outcome: the most nodes and edges to highlight.
  const byOutcome = outcomeIds.map((outcome) =>
    paths
      .filter((p) => p.outcome === outcome)
      .reduce((a, b) => (b.answers.length > a.answers.length ? b : a)),
  );
  const [first, ...rest] = byOutcome;
  if (!first) throw new Error('no outcomes');
  // The first from a fresh load, the others on the same page: the explorer reads the address
  // again on popstate, which is what a Back or Forward to a shared link does.
  await openExplorer(page, `?path=${first.answers.join(',')}`);
  await expectStep(page, first, first.answers.length);
  await expectOutcome(page, first);
  for (const path of rest) {
    await page.evaluate(
      (search) => {
        window.history.pushState(window.history.state, '', search);
        window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
      },
      `?path=${path.answers.join(',')}`,
    );
    await expectStep(page, path, path.answers.length);
    await expectOutcome(page, path);
  }
});

test('a shared link restores the path, survives a reload, and the trail goes back', async ({
  page,
}) => {
  const path = paths.find((p) => p.outcome === 'patSilentFallback' && p.answers.length > 6);
  if (!path) throw new Error('expected a long path to the silent fallback');
  await openExplorer(page, `?path=${path.answers.join(',')}`);
  await expectStep(page, path, path.answers.length);
  await page.reload();
  await expect(page.locator('[data-diagram-ready="true"] svg')).toBeVisible({ timeout: 30_000 });
  await expectStep(page, path, path.answers.length);
  // The outcome links to its guide step and to the builder preset.
  await expect(
    page.locator('[data-current-node] a[href="/guide/github-app#check-that-it-works"]'),
  ).toBeVisible();
  await expect(
    page.locator('[data-current-node] a[href="/tools/config-builder?preset=production-app"]'),
  ).toBeVisible();
  // Choosing the third answer in the trail goes back to that question and drops the later answers.
  const trail = page.getByRole('navigation', { name: 'Your answers so far' }).getByRole('button');
  await expect(trail).toHaveCount(path.answers.length);
  await trail.nth(2).click();
  await expectStep(page, path, 2);
  await expect(trail).toHaveCount(2);
  await expect(page.locator('[data-current-node] h3')).toBeFocused();
});

test('Back and Forward step through the answers', async ({ page }) => {
  const path = paths.find((p) => p.outcome === 'appInstallationToken');
  if (!path) throw new Error('expected a path to the installation token');
  await openExplorer(page);
  for (const answer of path.answers.slice(0, 3)) {
    await page.locator(`button[data-answer="${answer}"]`).click();
  }
  await expectStep(page, path, 3);
  await page.goBack();
  await expectStep(page, path, 2);
  await page.goBack();
  await expectStep(page, path, 1);
  await page.goForward();
  await expectStep(page, path, 2);
  await page.goBack();
  await page.goBack();
  await expectStep(page, path, 0);
});

test('a bad URL shows a message and starts at the first question', async ({ page }) => {
  const problems = watchPage(page, new URL(test.info().project.use.baseURL ?? '').origin);
  const root = paths[0];
  if (!root) throw new Error('no paths');
  for (const [query, message] of [
    ['?path=backend,no-such-answer', /does not have/],
    ['?path=backend,github-com', /does not fit the question/],
    ['?path=sign-in,sign-in-oauth-app,backend', /after the outcome/],
    ['?path=%E0%A4%A,,x', /empty answer|does not have/],
  ] as const) {
    await openExplorer(page, query);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText('Starting again from the first question.');
    await expectStep(page, { ...root, answers: [] }, 0);
    // Answering clears the message and works normally.
    await page.locator('button[data-answer="backend"]').click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get('path')).toBe('backend');
  }
  expect(problems.consoleErrors).toEqual([]);
});

test('announces each new question in a live region', async ({ page }) => {
  await openExplorer(page);
  const live = page.locator('[aria-live="polite"]');
  await page.locator('button[data-answer="backend"]').click();
  await expect(live).toHaveText(`Step 2: ${headingOf('backendFeature')}`);
  await page.locator('button[data-answer="scaffolder"]').click();
  await page.locator('button[data-answer="user-token"]').click();
  await expect(live).toHaveText(`Outcome: ${headingOf('scaffolderUserToken')}`);
});

/** Starts summing layout shifts not caused by input (CLS) into `window.__cls`; call before loading. */
async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<{
        value: number;
        hadRecentInput: boolean;
      }>) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShift = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cls: number }).__cls);

/** The inline diagram's box (not the full-screen copy). */
const inlineBox = (page: Page) => page.locator('figure [data-drawing-size]').first();

/** The viewBox the inline diagram shows now. */
const viewBoxOf = (page: Page) =>
  page.locator('figure [data-diagram-ready="true"] svg').first().getAttribute('viewBox');

/**
 * Where the current node and the question heading are, in window pixels, and
 * the box the node is drawn in.
 */
async function currentNodePlacement(page: Page, scope = 'figure') {
  return page.evaluate((sel) => {
    const box = document.querySelector(`${sel} [data-drawing-size]`);
    const node = box?.querySelector('g.node[data-current="true"]');
    const heading = document.querySelector('[data-current-node] h3');
    const rect = (el: Element | null | undefined) => {
      const r = el?.getBoundingClientRect();
      return r ? { top: r.top, left: r.left, bottom: r.bottom, right: r.right } : undefined;
    };
    return {
      node: rect(node),
      box: rect(box),
      heading: rect(heading),
      viewport: { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth },
    };
  }, scope);
}

type Edges = { top: number; left: number; bottom: number; right: number };
const inside = (inner: Edges | undefined, outer: Edges | undefined) =>
  !!inner &&
  !!outer &&
  inner.top >= outer.top - 1 &&
  inner.left >= outer.left - 1 &&
  inner.bottom <= outer.bottom + 1 &&
  inner.right <= outer.right + 1;

test.describe('layout: the question and the current node stay in view', () => {
  test('at 1280 px the card is beside the diagram; each answer keeps both in view, zoomed in too; keys and buttons pan and zoom; no layout shift', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await watchLayoutShift(page);
    await openExplorer(page);
    const box = inlineBox(page);
    await expect(box).toHaveAttribute('data-drawing-size', /^\d/);
    // The box was reserved with the drawing's shape: the measured ratio in the code still holds.
    const [w, h] = ((await box.getAttribute('data-drawing-size')) ?? '').split(' ').map(Number);
    // `aspect-ratio` reads back as "a / b" or "a".
    const [a = NaN, b = 1] = (await box.evaluate((el) => (el as HTMLElement).style.aspectRatio))
      .split('/')
      .map(Number);
    const reserved = a / b;
    expect(Math.abs(reserved - (w ?? 0) / (h ?? 1)) / reserved).toBeLessThan(0.05);

    // Card and diagram side by side.
    const card = await page.locator('[data-current-node]').boundingBox();
    const figure = await page.locator('figure').first().boundingBox();
    expect(card && figure && card.x + card.width <= figure.x).toBe(true);

    // Keyboard: focus the diagram, zoom in, pan, fit.
    const fitted = await viewBoxOf(page);
    await box.focus();
    await page.keyboard.press('+');
    const zoomed = await viewBoxOf(page);
    expect(zoomed).not.toBe(fitted);
    await page.keyboard.press('ArrowRight');
    const panned = await viewBoxOf(page);
    expect(panned).not.toBe(zoomed);
    expect(Number(panned?.split(' ')[0])).toBeGreaterThan(Number(zoomed?.split(' ')[0]));
    await page.keyboard.press('0');
    await expect.poll(() => viewBoxOf(page)).toBe(fitted);
    // The buttons do the same.
    await page.getByRole('button', { name: 'Zoom in' }).first().click();
    await expect.poll(() => viewBoxOf(page)).not.toBe(fitted);
    await page.getByRole('button', { name: 'Fit', exact: true }).first().click();
    await expect.poll(() => viewBoxOf(page)).toBe(fitted);

    // Zoomed in, every answer brings the node it lights into the box, and the page stays put.
    for (let i = 0; i < 3; i += 1)
      await page.getByRole('button', { name: 'Zoom in' }).first().click();
    const deepest = walked[0];
    if (!deepest) throw new Error('no path');
    await page
      .locator('[data-tool="credential-explorer"]')
      .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 80));
    const scrollY = await page.evaluate(() => window.scrollY);
    for (const [index, answer] of deepest.answers.entries()) {
      await page.locator(`button[data-answer="${answer}"]`).click();
      await expect(page.locator('[data-current-node]')).toHaveAttribute(
        'data-current-node',
        deepest.nodes[index + 1] ?? '',
      );
      await expect
        .poll(async () => {
          const p = await currentNodePlacement(page);
          return (
            inside(p.node, p.box) && inside(p.node, p.viewport) && inside(p.heading, p.viewport)
          );
        })
        .toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    }
    expect(await layoutShift(page)).toBeLessThan(0.1);
  });

  test('at 390 px the diagram is fitted and opens full screen in a modal dialog; Escape closes it and focus returns; no layout shift', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await watchLayoutShift(page);
    await openExplorer(page, '?path=backend,catalog');
    await expect(inlineBox(page)).toHaveAttribute('data-drawing-size', /^\d/);
    // Fitted: the whole drawing is inside the box, and nothing scrolls sideways.
    const p = await currentNodePlacement(page);
    expect(inside(p.node, p.box)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );

    const open = page.getByRole('button', { name: 'Open full screen' });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Decision tree' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    // It opens on the current node, readable (zoomed in beyond fit), inside the screen.
    const full = dialog.locator('[data-drawing-size]');
    await expect(full).toHaveAttribute('data-zoomed', 'true');
    await expect
      .poll(async () => {
        const q = await currentNodePlacement(page, 'dialog');
        return inside(q.node, q.box) && inside(q.box, q.viewport);
      })
      .toBe(true);
    // Keyboard zoom works in the dialog too.
    const before = await full.locator('svg').getAttribute('viewBox');
    await full.focus();
    await page.keyboard.press('-');
    await expect.poll(() => full.locator('svg').getAttribute('viewBox')).not.toBe(before);
    // Focus stays in the dialog: Tab never reaches a control of the page behind it.
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('Tab');
      const outside = await page.evaluate(() => {
        const el = document.activeElement;
        return !!el && el !== document.body && !el.closest('dialog');
      });
      expect(outside).toBe(false);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
    expect(await layoutShift(page)).toBeLessThan(0.1);
  });
});

for (const mode of ['light', 'dark'] as const) {
  test(`no axe violations on the explorer and concepts pages in ${mode} mode`, async ({ page }) => {
    // Four axe runs over large pages: up to a minute each on a loaded 2-core machine.
    test.setTimeout(360_000);
    await gotoInMode(page, explorerPath, mode);
    await expect(page.locator('[data-diagram-ready="true"] svg')).toBeVisible({ timeout: 30_000 });
    await expectNoAxeViolations(page, `${explorerPath} (${mode}, first question)`);
    await page.locator('button[data-answer="backend"]').click();
    await page.locator('button[data-answer="catalog"]').click();
    await page.locator('button[data-answer="github-com"]').click();
    await page.locator('button[data-answer="no-app"]').click();
    await page.locator('button[data-answer="pat"]').click();
    await expect(page.locator('[data-current-node]')).toHaveAttribute(
      'data-current-node',
      'patToken',
    );
    await page.screenshot({ path: test.info().outputPath(`explorer-${mode}.png`), fullPage: true });
    // The outcome at phone width (the layout follows the width, no reload), then full screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page, `${explorerPath} (${mode}, outcome, 390 px)`);
    await page.getByRole('button', { name: 'Open full screen' }).click();
    await expect(page.getByRole('dialog', { name: 'Decision tree' })).toBeVisible();
    await expectNoAxeViolations(page, `${explorerPath} (${mode}, full screen, 390 px)`);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 720 });

    await gotoInMode(page, '/concepts?path=backend,catalog', mode);
    // The diagram (and Mermaid) loads when it comes near the viewport.
    await page
      .locator('figure:has([data-diagram-reserved], [data-diagram-ready])')
      .scrollIntoViewIfNeeded();
    await expect(page.locator('[data-diagram-ready="true"] svg')).toBeVisible({ timeout: 30_000 });
    await expectNoAxeViolations(page, `/concepts (${mode})`);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const page of [explorerPath, '/concepts']) {
    test(`${page} shows every question and outcome as text`, async ({ page: tab }) => {
      await tab.goto(page);
      const text = (await tab.locator('main').textContent()) ?? '';
      for (const n of Object.values(credentialTree.nodes)) {
        if (n.kind === 'question') {
          expect(text, n.id).toContain(n.question);
          for (const a of n.answers) expect(text, a.id).toContain(a.label);
        } else {
          expect(text, n.id).toContain(n.title);
          expect(text, n.id).toContain(n.whatHappens);
          expect(text, n.id).toContain(n.rateLimit);
        }
      }
      await expect(tab.getByText('The interactive explorer needs JavaScript.')).toBeVisible();
    });
  }
});

test('Mermaid loads only on pages that draw a diagram', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''));
  });
  const mermaidLoaded = () => scripts.some((s) => s.includes('flowchart-v2'));
  await gotoSettled(page, '/guide/create-token');
  await page.waitForLoadState('networkidle');
  const hasDiagram =
    (await page.locator('.docusaurus-mermaid-container, svg[aria-roledescription]').count()) > 0;
  if (!hasDiagram) expect(mermaidLoaded()).toBe(false);
  await gotoSettled(page, explorerPath);
  await expect(page.locator('[data-diagram-ready="true"] svg')).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  expect(mermaidLoaded()).toBe(true);
});
