import { expect, test, type Locator, type Page } from '@playwright/test';
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

/**
 * Checks that `link` is a plain `<a>` of server markup (not managed by React)
 * and that a click on it leads to a URL matching `url` without a page load:
 * Docusaurus's router renders the page in the same window.
 */
async function expectNavigatesInPlace(page: Page, link: Locator, url: RegExp): Promise<void> {
  expect(
    await link.evaluate((a) => Object.keys(a).some((k) => k.startsWith('__reactFiber$'))),
  ).toBe(false);
  await page.evaluate(() => {
    (window as unknown as { samePage: boolean }).samePage = true;
  });
  await link.click();
  await expect(page).toHaveURL(url);
  await expect(page.locator('article h1')).toBeVisible();
  // The window survived: no reload.
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(
    true,
  );
}

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

  // Headings and admonitions too: a heading's "#" link, an admonition's frame and icon are the server's.
  const others = await page.evaluate((managedSource) => {
    const managed = new Function(`return ${managedSource}`)() as (node: Element) => boolean;
    const headings = Array.from(document.querySelectorAll('article h2.anchor, article h3.anchor'));
    const admonitions = Array.from(document.querySelectorAll('article .theme-admonition'));
    return {
      headings: headings.length,
      managedHashLinks: headings.filter((h) => {
        const link = h.querySelector('a.hash-link');
        return link === null || managed(link);
      }).length,
      admonitions: admonitions.length,
      managedInAdmonitions: admonitions
        .flatMap((a) => [a, ...Array.from(a.querySelectorAll('*'))])
        .filter(managed).length,
    };
  }, REACT_MANAGED);
  expect(others.headings).toBeGreaterThan(5);
  expect(others.managedHashLinks).toBe(0);
  expect(others.admonitions).toBeGreaterThan(2);
  expect(others.managedInAdmonitions).toBe(0);

  // A heading's "#" link still leads to its heading, within the page.
  const hashLink = page.locator('article h2.anchor a.hash-link').first();
  const id = await page.locator('article h2.anchor').first().getAttribute('id');
  await hashLink.click();
  await expect(page).toHaveURL(new RegExp(`${STEP}#${id}$`));
});

test('a link in server markup navigates without a page load', async ({ page }) => {
  await gotoSettled(page, STEP);
  const link = page.locator('article p[data-static] a[href^="/guide/"]').first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/guide\//);
  await expectNavigatesInPlace(page, link, new RegExp(`${href}$`));
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

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  /** For every code block of the article: does it scroll sideways, is it in a hidden tab, has it a wrap button. */
  const wrapFigures = (page: Page) =>
    page.locator('article pre').evaluateAll((pres) =>
      pres.map((pre) => ({
        overflows: pre.scrollWidth > pre.clientWidth,
        hidden: pre.closest('[role=tabpanel][hidden]') !== null,
        button: pre.parentElement?.querySelector('button[aria-label="Toggle word wrap"]') != null,
      })),
    );

  test('the desktop sidebar and table of contents go without being hydrated; the step list keeps its markup', async ({
    page,
  }) => {
    // What theme-classic removes after hydration on a phone, and whether React had made fibers in it.
    await page.addInitScript(() => {
      const removed: { part: string; managed: number; elements: number }[] = [];
      (window as unknown as { removedParts: typeof removed }).removedParts = removed;
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of Array.from(record.removedNodes)) {
            if (!(node instanceof Element)) continue;
            // The part's own element is React's (it renders it); what is inside it should not be.
            const toc =
              node.closest('.theme-doc-toc-desktop') ??
              node.querySelector('.theme-doc-toc-desktop');
            const menu = node.querySelector('.theme-doc-sidebar-menu');
            const part = toc !== null ? 'toc' : menu !== null ? 'sidebar' : null;
            if (part === null) continue;
            const inside = Array.from((toc ?? node).querySelectorAll('*'));
            removed.push({
              part,
              elements: inside.length,
              managed: inside.filter((el) =>
                Object.keys(el).some((k) => k.startsWith('__reactFiber$')),
              ).length,
            });
          }
      }).observe(document, { childList: true, subtree: true });
    });
    await gotoSettled(page, STEP);
    const removed = await page.evaluate(
      () => (window as unknown as { removedParts: unknown[] }).removedParts,
    );
    expect(removed).toEqual([
      expect.objectContaining({ part: 'sidebar', managed: 0 }),
      expect.objectContaining({ part: 'toc', managed: 0 }),
    ]);
    for (const part of removed as { elements: number }[]) expect(part.elements).toBeGreaterThan(10);

    // The step header's list (no step done yet) is the server's: its links navigate in place.
    const stepLink = page
      .getByRole('navigation', { name: 'Steps of the guide' })
      .getByRole('link', {
        name: /^Step 5:/,
      });
    await expectNavigatesInPlace(page, stepLink, /\/guide\/private-repositories$/);
  });

  test('a block wider than the screen gets a word-wrap button, one in a hidden tab once it is shown', async ({
    page,
  }) => {
    await gotoSettled(page, STEP);
    // Measured after layout (one shared ResizeObserver): a button exactly on the blocks that scroll.
    await expect
      .poll(async () =>
        (await wrapFigures(page)).filter((b) => !b.hidden).every((b) => b.button === b.overflows),
      )
      .toBe(true);
    const before = await wrapFigures(page);
    expect(before.filter((b) => !b.hidden && b.overflows).length).toBeGreaterThan(2);
    // The block in the legacy-frontend tab is hidden: zero size, no button yet.
    const hiddenIndex = before.findIndex((b) => b.hidden);
    expect(hiddenIndex).toBeGreaterThan(-1);
    expect(before[hiddenIndex]?.button).toBe(false);

    await page.getByRole('tab', { name: 'Legacy frontend (--legacy)' }).click();
    await expect
      .poll(async () => (await wrapFigures(page))[hiddenIndex])
      .toEqual({
        overflows: true,
        hidden: false,
        button: true,
      });

    // The button wraps the lines (no more sideways scrolling) and unwraps them.
    const block = page.locator('article pre').first();
    const toggle = block.locator('xpath=..').getByRole('button', { name: 'Toggle word wrap' });
    const scrolls = () => block.evaluate((pre) => pre.scrollWidth > pre.clientWidth);
    expect(await scrolls()).toBe(true);
    await toggle.click();
    await expect.poll(scrolls).toBe(false);
    await toggle.click();
    await expect.poll(scrolls).toBe(true);
  });
});
