import { expect, test, type Page } from '@playwright/test';
import { guideSteps } from '../src/data/guideSteps';
import {
  type ColorMode,
  expectNoAxeViolations,
  gotoInMode,
  gotoSettled,
  waitForSettled,
  watchPage,
} from './helpers';
import { sidebarPaths } from './pages';

/** Site-wide behaviour: every page loads cleanly, reads without JavaScript, and is accessible. */

const paths = sidebarPaths();
/** Every page: the sidebar's (tool pages included) and the search page. */
const allPaths = [...paths, '/search'];

/**
 * Switches the colour mode in place, as another tab would: Docusaurus listens
 * for `storage` events on its `theme` key and re-renders (Mermaid diagrams
 * too), so one page load serves both modes.
 */
async function switchColorMode(page: Page, mode: ColorMode): Promise<void> {
  await page.evaluate((m) => {
    const oldValue = localStorage.getItem('theme');
    localStorage.setItem('theme', m);
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: 'theme',
        oldValue,
        newValue: m,
        storageArea: localStorage,
      }),
    );
  }, mode);
  await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
  await waitForSettled(page);
}

/**
 * What scrolls sideways at the current width: the page itself, or an element
 * of the article that is wider than its box and is not a focusable, labelled
 * scroll region (code blocks are: Docusaurus makes them focusable).
 */
async function sidewaysScrolling(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`page: ${root.scrollWidth}px`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('main article *'))) {
      if (el.scrollWidth <= el.clientWidth + 1) continue;
      const style = getComputedStyle(el);
      if (!['auto', 'scroll'].includes(style.overflowX)) continue;
      const labelled =
        el.tabIndex >= 0 &&
        (el.tagName === 'PRE' ||
          el.hasAttribute('aria-label') ||
          el.hasAttribute('aria-labelledby'));
      if (!labelled) found.push(el.outerHTML.slice(0, 100));
    }
    return found;
  });
}

test('the sidebar lists the pages the guide promises', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/concepts');
  expect(paths).toContain('/troubleshooting');
  for (const step of guideSteps) expect(paths).toContain(step.path);
});

for (const path of allPaths) {
  test(`${path} loads with no console error, failed request or foreign request`, async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await waitForSettled(page);
    await expect(page.locator('main h1').first()).toBeVisible();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });

  // One load per width; light mode, then dark mode switched in place.
  for (const width of [390, 1280]) {
    test(`${path} at ${width} px has no axe violations in light and dark mode${width === 390 ? ' and no sideways scrolling' : ''}`, async ({
      page,
    }) => {
      // Two axe runs on long pages: a bound for a loaded machine, not a wait.
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 900 });
      await gotoInMode(page, path, 'light');
      if (width === 390) expect(await sidewaysScrolling(page)).toEqual([]);
      await expectNoAxeViolations(page, `${path} at ${width} px (light)`);
      await switchColorMode(page, 'dark');
      await expectNoAxeViolations(page, `${path} at ${width} px (dark)`);
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of paths) {
    test(`${path} carries its headings and text in the static HTML`, async ({ page, browser }) => {
      // Headings as a reader with JavaScript sees them, from a second, scripted context.
      const scripted = await browser.newPage({ javaScriptEnabled: true });
      await gotoSettled(scripted, path);
      // Interactive widgets that stand in for static content (marked `data-requires-js`) are left out.
      const headings = await scripted
        .locator('main article')
        .first()
        .locator(':is(h1, h2, h3):not([data-requires-js] *)')
        .allInnerTexts();
      await scripted.close();

      await page.goto(path);
      const article = page.locator('main article').first();
      await expect(article).toBeVisible();
      const staticText = await article.innerText();
      for (const heading of headings)
        expect(staticText).toContain(heading.replace(/\u200b/g, '').trim());
      expect(staticText.length).toBeGreaterThan(200);
    });
  }
});

test('following "Next" from step 1 visits the steps in order to step 10', async ({ page }) => {
  await gotoSettled(page, guideSteps[0].path);
  for (const [index, step] of guideSteps.entries()) {
    await expect(page).toHaveURL(new RegExp(`${step.path}$`));
    await expect(page.locator('main h1').first()).toHaveText(`${step.number}. ${step.title}`);
    if (index < guideSteps.length - 1) {
      await page.locator('a.pagination-nav__link--next').click();
    }
  }
});

test('searching for "fine-grained" finds step 2', async ({ page }) => {
  await gotoSettled(page, '/');
  const search = page
    .getByRole('combobox', { name: /search/i })
    .or(page.locator('input.navbar__search-input'));
  await search.first().click();
  await search.first().fill('fine-grained');
  const step2 = page.locator('a[href*="/guide/create-token"]').filter({ hasText: /./ }).first();
  await expect(step2).toBeVisible();
  await step2.click();
  await expect(page).toHaveURL(/\/guide\/create-token/);
});

test('a code block copy button puts its exact text on the clipboard', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await gotoSettled(page, '/guide/give-token-to-backstage');
  const block = page
    .locator('div[class*="codeBlockContainer"]')
    .filter({ hasText: 'token: ${GITHUB_TOKEN}' })
    .first();
  await expect(block).toBeVisible();
  const expected = await block.locator('pre code').evaluate((code) =>
    Array.from(code.querySelectorAll('.token-line'))
      .map((line) => line.textContent ?? '')
      .join('\n'),
  );
  await block.hover();
  await block.getByRole('button', { name: /copy code/i }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(expected.replace(/\n+$/, ''));
  expect(copied).toContain('token: ${GITHUB_TOKEN}');
});

test('the decision tree on the concepts page renders as an SVG diagram', async ({ page }) => {
  await gotoSettled(page, '/concepts');
  // The diagram (and Mermaid) loads when it comes near the viewport.
  await page
    .locator('figure:has([data-diagram-reserved], [data-diagram-ready])')
    .scrollIntoViewIfNeeded();
  const svg = page.locator('article svg[aria-roledescription^="flowchart"]').first();
  await expect(svg).toBeVisible({ timeout: 30_000 });
  expect(await svg.locator('g.node').count()).toBeGreaterThan(5);
});
