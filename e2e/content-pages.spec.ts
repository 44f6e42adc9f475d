import { expect, test } from '@playwright/test';
import { guideSteps } from '../src/data/guideSteps';
import { checkedVersion } from '../src/data/versions';
import { sitemapPaths } from '../scripts/measure.mjs';
import { gotoSettled } from './helpers';

/**
 * The landing page, troubleshooting and config-keys reference without
 * JavaScript: complete, and their in-page links land on real headings; every
 * page of the sitemap has a title and a meta description in its static HTML.
 * (Every page's axe-core check, both modes and widths, is in site.spec.ts.)
 */

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the landing page links the first step as a button and lists all ten steps', async ({
    page,
  }) => {
    await page.goto('/');
    const start = page.locator('article').getByRole('link', { name: 'Start with step 1' });
    await expect(start).toHaveAttribute('href', '/guide/create-app');
    await expect(start).toHaveClass(/button--primary/);
    const article = page.locator('article');
    for (const step of guideSteps) {
      await expect(article.locator(`a[href="${step.path}"]`).first()).toBeVisible();
    }
    for (const tool of ['credential-explorer', 'config-builder', 'token-planner']) {
      await expect(article.locator(`a[href="/tools/${tool}"]`).first()).toBeVisible();
    }
  });

  test('every area link on the troubleshooting page points at a heading on the page', async ({
    page,
  }) => {
    await page.goto('/troubleshooting');
    const hrefs = await page
      .locator('article nav[aria-label="Troubleshooting areas"] a[href^="#"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThanOrEqual(8);
    for (const href of hrefs) {
      await expect(page.locator(`article h2${href}`)).toHaveCount(1);
    }
  });

  test('every page in the sitemap has a title and a meta description in its static HTML', async ({
    page,
    request,
  }) => {
    // What Lighthouse's SEO audits `document-title` and `meta-description` look for;
    // `npm run bench -- --lighthouse` prints the scores (too slow for a test).
    const paths = sitemapPaths(await (await request.get('/sitemap.xml')).text());
    expect(paths).toContain('/search');
    expect(paths.length).toBeGreaterThanOrEqual(20);
    for (const path of paths) {
      await page.goto(path);
      expect((await page.title()).trim(), `title of ${path}`).not.toBe('');
      const description = page.locator('head meta[name="description"]');
      await expect(description, `meta description of ${path}`).toHaveCount(1);
      expect((await description.getAttribute('content'))?.trim(), path).toBeTruthy();
    }
  });

  test('the config-keys page has the anchors other pages link to', async ({ page }) => {
    await page.goto('/reference/config-keys');
    for (const id of [
      'integrations-github',
      'auth-providers-github',
      'catalog-providers-github',
      'catalog-providers-githuborg',
      'substitution-and-includes',
      'base-urls',
      'scaffolder',
      'events',
    ]) {
      await expect(page.locator(`article h2#${id}`)).toHaveCount(1);
    }
    // The version shown is the one src/data/versions.ts records (and backstage-tests installs).
    const integration = `@backstage/integration@${checkedVersion('@backstage/integration')}`;
    await expect(page.getByText(integration).first()).toBeVisible();
  });
});

test('the search page hint is as tall in the static HTML as after hydration (no layout shift)', async ({
  browser,
}) => {
  // Lighthouse saw CLS 0.041 on /search on a phone when the short hint replaced the long one.
  const hintHeight = async (javaScriptEnabled: boolean, width: number) => {
    const context = await browser.newContext({
      javaScriptEnabled,
      viewport: { width, height: 800 },
    });
    const page = await context.newPage();
    if (javaScriptEnabled) await gotoSettled(page, '/search');
    else await page.goto('/search');
    const hint = page.locator('main p').first();
    const long = hint.getByText('Search runs in your browser');
    const short = hint.getByText('results appear as you type');
    await expect(javaScriptEnabled ? short : long).toBeVisible();
    await expect(javaScriptEnabled ? long : short).toBeHidden();
    const height = await hint.evaluate((p) => p.getBoundingClientRect().height);
    await context.close();
    return height;
  };
  for (const width of [390, 1280]) {
    const before = await hintHeight(false, width);
    expect(before).toBeGreaterThan(0);
    expect(await hintHeight(true, width), `hint height at ${width} px`).toBe(before);
  }
});
