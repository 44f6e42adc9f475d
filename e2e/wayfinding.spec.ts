import { expect, test, type Page } from '@playwright/test';
import { finishPage, guideSteps } from '../src/data/guideSteps';
import { PROGRESS_STORAGE_KEY } from '../src/lib/progress';
import { gotoSettled } from './helpers';

/**
 * Wayfinding through the ten steps (issue 10, part 3) and the tables on a
 * phone (part 4): the step header in the static HTML, marking a step done by
 * keyboard, the sidebar tick and the progress count surviving a reload, the
 * previous/next labels, the finish page, the landing page's Next, and cards
 * instead of sideways scrolling at 390 px.
 */

const step = (n: number) => guideSteps[n - 1]!;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a step page opens with its step header: number, time, need, have and the ten steps', async ({
    page,
  }) => {
    const s = step(3);
    await page.goto(s.path);
    const article = page.locator('main article');
    await expect(
      article.getByText(`Step 3 of ${guideSteps.length}`, { exact: true }),
    ).toBeVisible();
    await expect(article).toContainText(`about ${s.minutes} minutes`);
    await expect(article).toContainText(s.need);
    await expect(article).toContainText(s.have);
    const steps = page.getByRole('navigation', { name: 'Steps of the guide' });
    await expect(steps.locator('ol > li')).toHaveCount(guideSteps.length);
    const current = steps.locator('a[aria-current="step"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', s.path);
    await expect(current).toHaveAccessibleName(`Step 3: ${s.title}`);
    // The done toggle needs JavaScript, so it is there but disabled.
    await expect(page.getByRole('button', { name: 'Mark step 3 as done' })).toBeDisabled();
    // Not on other pages.
    await page.goto('/concepts');
    await expect(page.getByRole('navigation', { name: 'Steps of the guide' })).toHaveCount(0);
  });

  test('the search page says what to do without JavaScript', async ({ page }) => {
    await page.goto('/search');
    await expect(page.locator('main')).toContainText(
      'Search runs in your browser and needs JavaScript',
    );
    await expect(page.locator('main').getByRole('link', { name: 'start here' })).toHaveAttribute(
      'href',
      '/',
    );
  });
});

/** The sidebar link of a step, by its href. */
const sidebarLink = (page: Page, path: string) =>
  page.locator(`nav[aria-label="Docs sidebar"] a.menu__link[href="${path}"]`);

test('marking a step done by keyboard ticks it in the sidebar and the header, and survives a reload', async ({
  page,
}) => {
  const s = step(2);
  await gotoSettled(page, s.path);
  const button = page.getByRole('button', { name: 'Mark step 2 as done' });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(sidebarLink(page, s.path)).not.toContainText('(done)');

  // Keyboard only: the button is in the tab order, and Space toggles it.
  await button.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Space');

  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(sidebarLink(page, s.path)).toContainText('✓');
  await expect(sidebarLink(page, s.path)).toHaveAccessibleName(/\(done\)$/);
  await expect(sidebarLink(page, step(1).path)).not.toContainText('(done)');
  const steps = page.getByRole('navigation', { name: 'Steps of the guide' });
  await expect(steps.getByRole('link', { name: `Step 2: ${s.title} (done)` })).toBeVisible();
  await expect(steps).toContainText(`1 of ${guideSteps.length} steps marked done`);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true', {
    timeout: 30_000,
  });
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(sidebarLink(page, s.path)).toHaveAccessibleName(/\(done\)$/);

  // Another step's page shows the same progress; Enter unmarks there too.
  await gotoSettled(page, step(5).path);
  await expect(sidebarLink(page, s.path)).toHaveAccessibleName(/\(done\)$/);
  await expect(page.getByRole('navigation', { name: 'Steps of the guide' })).toContainText(
    `1 of ${guideSteps.length} steps marked done`,
  );
  await gotoSettled(page, s.path);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(sidebarLink(page, s.path)).not.toContainText('✓');
  expect(
    JSON.parse((await page.evaluate((k) => localStorage.getItem(k), PROGRESS_STORAGE_KEY))!),
  ).toEqual({ version: 1, done: [] });
});

test('junk in the stored progress reads as no progress, and marking still works', async ({
  page,
}) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"version":1,"done":"guide/create-app"');
      sessionStorage.setItem('seeded', '1');
    }
  }, PROGRESS_STORAGE_KEY);
  await gotoSettled(page, step(1).path);
  await expect(page.locator('nav[aria-label="Docs sidebar"]')).not.toContainText('(done)');
  await page.getByRole('button', { name: 'Mark step 1 as done' }).click();
  await expect(sidebarLink(page, step(1).path)).toHaveAccessibleName(/\(done\)$/);
});

test('previous and next say which step they lead to; step 10 leads to the finish page', async ({
  page,
}) => {
  await gotoSettled(page, step(1).path);
  await expect(page.locator('a.pagination-nav__link--next')).toContainText(
    `Step 2 of ${guideSteps.length}: ${step(2).title}`,
  );
  await gotoSettled(page, step(10).path);
  const next = page.locator('a.pagination-nav__link--next');
  await expect(next).toContainText(`Finish: ${finishPage.title}`);
  await next.click();
  await expect(page).toHaveURL(new RegExp(`${finishPage.path}$`));
  await expect(page.locator('main h1').first()).toHaveText(finishPage.title);
  // The finished setup: which credential each part uses, as text.
  const figure = page.locator('main article figure');
  await expect(figure).toContainText('the person’s own GitHub token');
  await expect(figure).toContainText('installation token of the GitHub App');
  await expect(page.locator('a.pagination-nav__link--prev')).toContainText(
    `Step 10 of ${guideSteps.length}: ${step(10).title}`,
  );
});

test('the navbar marks only the part of the site the reader is in as current', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const current = (path: string) =>
    gotoSettled(page, path).then(() =>
      page.locator('nav.navbar .navbar__items a[aria-current="page"]').allTextContents(),
    );
  expect(await current(step(6).path)).toEqual(['Guide']);
  expect(await current('/concepts')).toEqual(['Concepts']);
  expect(await current('/tools/config-builder')).toEqual(['Tools']);
  expect(await current('/troubleshooting')).toEqual(['Troubleshooting']);
  expect(await current('/reference/permissions')).toEqual([]);
});

test('the landing page leads to step 1 and keeps concepts one click away', async ({ page }) => {
  await gotoSettled(page, '/');
  const next = page.locator('a.pagination-nav__link--next');
  await expect(next).toHaveAttribute('href', step(1).path);
  await expect(next).toContainText(`Step 1 of ${guideSteps.length}`);
  const article = page.locator('main article');
  await expect(article.getByRole('link', { name: /^Start with step 1/ })).toHaveAttribute(
    'href',
    step(1).path,
  );
  await expect(article.getByRole('link', { name: /concepts/i }).first()).toHaveAttribute(
    'href',
    '/concepts',
  );
  await expect(article.locator('figure figcaption')).toContainText(
    'Two credentials, two jobs, one fallback order',
  );
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  /** Whether an element is wider than its box (it would scroll sideways). */
  const overflows = (page: Page, selector: string) =>
    page
      .locator(selector)
      .evaluateAll((els) =>
        els
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.outerHTML.slice(0, 80)),
      );

  test('the phone menu is built on its first open, slides in, lists the guide, and closes on a link', async ({
    page,
  }) => {
    await gotoSettled(page, '/guide/sign-in-with-github');
    // Not rendered until wanted (src/theme/Navbar/MobileSidebar).
    await expect(page.locator('.navbar-sidebar')).toHaveCount(0);
    // Created already open, it still starts from its closed style (@starting-style), so it slides in.
    const startOpacity = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          new MutationObserver((_, observer) => {
            const menu = document.querySelector('.navbar-sidebar');
            if (menu === null) return;
            observer.disconnect();
            resolve(getComputedStyle(menu).opacity);
          }).observe(document.querySelector('nav.navbar')!, { childList: true, subtree: true });
          document.querySelector<HTMLButtonElement>('button.navbar__toggle')!.click();
        }),
    );
    expect(startOpacity).toBe('0');
    const menu = page.locator('.navbar-sidebar');
    await expect(menu).toBeVisible();
    await expect.poll(() => menu.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await expect(menu.locator('.menu__link--active').last()).toHaveText('4. Sign in with GitHub');

    await menu
      .getByRole('link', { name: '5. Register entities from private repositories' })
      .click();
    await expect(page).toHaveURL(/\/guide\/private-repositories$/);
    await expect(page.locator('nav.navbar')).not.toHaveClass(/navbar-sidebar--show/);
    await expect(menu).toBeHidden();
    // Kept once built: it opens again.
    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    await expect(menu).toBeVisible();
  });

  test('the permissions matrix shows one card per feature, with no sideways scrolling', async ({
    page,
  }) => {
    await gotoSettled(page, '/reference/permissions');
    const matrix = page.locator('main article table').first();
    const firstRow = matrix.locator('tbody tr').first();
    expect(await firstRow.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
    const cell = firstRow.locator('td').first();
    await expect(cell).toHaveAttribute('data-label', 'Fine-grained PAT');
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe(
      '"Fine-grained PAT"',
    );
    // All four columns are on screen: the last one's cell sits inside the viewport.
    const last = await firstRow.locator('td').last().boundingBox();
    expect(last!.x + last!.width).toBeLessThanOrEqual(390);
    expect(await overflows(page, 'main article table')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });

  test('a config-keys table shows cards, and identifiers wrap at dots, not letter by letter', async ({
    page,
  }) => {
    await gotoSettled(page, '/reference/config-keys');
    const table = page.locator('main article table.table-cards').first();
    await expect(table).toBeVisible();
    const row = table.locator('tbody tr').first();
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
    await expect(row.locator('td').first()).toHaveAttribute('data-label', 'Key');
    expect(await overflows(page, 'main article table')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    // Every identifier of 16+ characters in a table has a line at least 5 characters wide (one letter
    // per line would be 1).
    const narrowest = await page.locator('main article table code').evaluateAll((codes) =>
      codes
        .filter((c) => (c.textContent ?? '').length >= 16)
        .map((c) => {
          const widths = Array.from(c.getClientRects()).map((r) => r.width);
          // A monospace character is about 0.6em wide.
          const charWidth = parseFloat(getComputedStyle(c).fontSize) * 0.6;
          return Math.max(...widths) / charWidth;
        })
        .reduce((min, w) => Math.min(min, w), Infinity),
    );
    expect(narrowest).toBeGreaterThan(5);
    // Identifiers with break points stay inline code: no code block (a focusable <pre>) in a cell.
    await expect(page.locator('main article table pre')).toHaveCount(0);
    expect(await page.locator('main article table code wbr').count()).toBeGreaterThan(5);
  });
});
