import { expect, test } from '@playwright/test';
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

test('the sidebar lists the pages the guide promises', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/concepts');
  expect(paths).toContain('/troubleshooting');
  for (const step of guideSteps) expect(paths).toContain(step.path);
});

for (const path of paths) {
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

  for (const mode of ['light', 'dark'] as ColorMode[]) {
    test(`${path} has no axe violations in ${mode} mode`, async ({ page }) => {
      await gotoInMode(page, path, mode);
      await expectNoAxeViolations(page, `${path} (${mode})`);
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
