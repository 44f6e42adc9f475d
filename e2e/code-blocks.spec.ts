import { expect, test, type Page } from '@playwright/test';
import { gotoInMode, gotoSettled, watchPage } from './helpers';

/**
 * What hydrating a guide step does (issue 11, script time): code blocks keep
 * the server's highlighted markup instead of being tokenised again, nothing
 * is remounted after it (`src/theme/CodeBlock`, `src/theme/Tabs`), and plain
 * blocks (paragraphs, lists, tables) keep their markup too
 * (`src/components/StaticBlock`). Blocks rendered in the browser (a page
 * reached by a link) still highlight, links in server markup still navigate
 * without a page load, and the colours follow the colour mode.
 */

/** A step with tabs, a "your setup" block and blocks inside tabs. */
const STEP = '/guide/sign-in-with-github';

/**
 * Records, from before the first script runs, every element removed from
 * inside the article (a remount replaces the DOM it had hydrated).
 */
async function recordRemoved(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const removed: string[] = [];
    (window as unknown as { removedFromArticle: string[] }).removedFromArticle = removed;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of Array.from(record.removedNodes)) {
          if (node instanceof Element && (record.target as Element).closest?.('article'))
            removed.push(`${node.tagName}.${node.className.toString()}`);
        }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Whether React hydrated or created a DOM node (it marks each with `__reactFiber$…`). */
const REACT_MANAGED = `(node) => Object.keys(node).some((k) => k.startsWith('__reactFiber$'))`;

/** Counts the highlighted tokens in the page's code blocks, and those React manages. */
function tokenFigures(page: Page): Promise<{ blocks: number; tokens: number; managed: number }> {
  return page.evaluate(() => {
    // React marks every DOM node it hydrated or created with a `__reactFiber$…` key.
    const managed = (node: Element) => Object.keys(node).some((k) => k.startsWith('__reactFiber$'));
    const tokens = Array.from(document.querySelectorAll('article pre code .token'));
    return {
      blocks: document.querySelectorAll('article pre code').length,
      tokens: tokens.length,
      managed: tokens.filter(managed).length,
    };
  });
}

test('hydrating a step keeps its highlighted code as served and remounts no block or tab set', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL ?? '').origin);
  await recordRemoved(page);
  await gotoSettled(page, STEP);

  const figures = await tokenFigures(page);
  expect(figures.blocks).toBeGreaterThan(5);
  expect(figures.tokens).toBeGreaterThan(300);
  // Not one token went through React: Prism did not run for the served blocks.
  expect(figures.managed).toBe(0);
  expect(
    await page.evaluate(
      () => (window as unknown as { removedFromArticle: string[] }).removedFromArticle,
    ),
  ).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);

  // The blocks still work: a tab switch shows the other panel's code, copy is there.
  await page.getByRole('tab', { name: 'GitHub App' }).first().click();
  await expect(page.getByRole('tab', { name: 'GitHub App' }).first()).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.locator('article pre').first()).toBeVisible();
});

test('plain blocks keep their server markup', async ({ page }) => {
  await gotoSettled(page, STEP);
  const figures = await page.evaluate((managedSource) => {
    const managed = new Function(`return ${managedSource}`)() as (node: Element) => boolean;
    const blocks = Array.from(document.querySelectorAll('article [data-static]'));
    const adopted = blocks.filter(
      (block) => !Array.from(block.querySelectorAll('*')).some(managed),
    );
    return {
      blocks: blocks.length,
      adopted: adopted.length,
      adoptedWithText: adopted.filter((block) => (block.textContent ?? '').trim() !== '').length,
      // A paragraph's inline code and links, for one: not a fiber among them.
      managedInAdopted: adopted.flatMap((b) => Array.from(b.querySelectorAll('*'))).filter(managed)
        .length,
    };
  }, REACT_MANAGED);
  expect(figures.blocks).toBeGreaterThan(20);
  expect(figures.adopted).toBeGreaterThan(figures.blocks / 2);
  expect(figures.adoptedWithText).toBe(figures.adopted);
  expect(figures.managedInAdopted).toBe(0);
});

test('a link in server markup navigates without a page load', async ({ page }) => {
  await gotoSettled(page, STEP);
  const link = page.locator('article p[data-static] a[href^="/guide/"]').first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/guide\//);
  // Not hydrated: the plain <a> the server sent.
  expect(
    await link.evaluate((a) => Object.keys(a).some((k) => k.startsWith('__reactFiber$'))),
  ).toBe(false);
  await page.evaluate(() => {
    (window as unknown as { samePage: boolean }).samePage = true;
  });
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator('article h1')).toBeVisible();
  // The window survived: Docusaurus's router rendered the page, no reload.
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(
    true,
  );
});

test('a page reached by a link highlights its code in the browser', async ({ page }) => {
  await gotoSettled(page, STEP);
  await page.locator('a.pagination-nav__link--next').click();
  await expect(page).toHaveURL(/\/guide\/private-repositories$/);
  await expect(page.locator('article h1')).toContainText(/private/i);
  await expect
    .poll(async () => {
      const { blocks, tokens, managed } = await tokenFigures(page);
      return blocks > 0 && tokens > 0 && managed === tokens;
    })
    .toBe(true);
});

test('a stored tab choice still applies on load', async ({ page }) => {
  await page.addInitScript(() =>
    window.localStorage.setItem('docusaurus.tab.login-app', 'github-app'),
  );
  await gotoSettled(page, STEP);
  const tabs = page.getByRole('tablist').first().getByRole('tab');
  await expect(tabs.filter({ hasText: 'GitHub App' })).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.filter({ hasText: 'OAuth App' })).toHaveAttribute('aria-selected', 'false');
});

test('code colours follow the colour mode without a re-render', async ({ page }) => {
  const commentColour = () =>
    page
      .locator('article pre code .token.comment')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
  await gotoInMode(page, STEP, 'light');
  const light = await commentColour();
  await gotoInMode(page, STEP, 'dark');
  const dark = await commentColour();
  expect(light).toBe('rgb(87, 96, 106)'); // --code-comment, light: #57606a
  expect(dark).toBe('rgb(145, 152, 161)'); // --code-comment, dark: #9198a1
  expect((await tokenFigures(page)).managed).toBe(0);
});
