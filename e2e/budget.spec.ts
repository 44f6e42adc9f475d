import { expect, test, type Page } from '@playwright/test';
import { gotoSettled } from './helpers';
import { guideSteps } from '../src/data/guideSteps';
import {
  GUIDE_PAGE_BUDGET_BYTES,
  GUIDE_PAGE_PREFETCH_BUDGET_BYTES,
  measurePageJs,
} from '../scripts/measure.mjs';

/**
 * Byte budgets (bytes, not times), issue 11. On a cold visit a guide step
 * executes at most the JavaScript of a plain Docusaurus docs page
 * (`GUIDE_PAGE_BUDGET_BYTES`), prefetches at most half of what steps
 * prefetched before the prefetch policy (`GUIDE_PAGE_PREFETCH_BUDGET_BYTES`),
 * and never fetches (runs or prefetches) Mermaid, a tool's code, the
 * credential explorer or Prism. `npm run bench` prints the figures for every page.
 * One browser context per step.
 */
for (const step of guideSteps) {
  test(`step ${step.number} stays within its JavaScript budgets and fetches no tool, Mermaid or Prism code`, async ({
    browser,
    baseURL,
  }) => {
    const js = await measurePageJs(browser, new URL(step.path, baseURL).href);
    expect(js.markers, 'Mermaid, tool or Prism code executed on a guide step').toEqual([]);
    expect(js.prefetched.markers, 'Mermaid, tool or Prism code prefetched on a guide step').toEqual(
      [],
    );
    expect(js.bytes, 'JavaScript executed').toBeLessThanOrEqual(GUIDE_PAGE_BUDGET_BYTES);
    expect(js.prefetched.bytes, 'JavaScript prefetched').toBeLessThanOrEqual(
      GUIDE_PAGE_PREFETCH_BUDGET_BYTES,
    );
    // Every prefetch link tag's file was among the scripts checked above.
    const checked = new Set([...js.scripts, ...js.prefetched.scripts]);
    for (const href of js.prefetchLinks) expect(checked).toContain(new URL(href, baseURL).pathname);
  });
}

test('the concepts page loads Mermaid only when the diagram comes near, in a reserved box', async ({
  browser,
  baseURL,
}) => {
  const boxHeight = async (page: Page) =>
    page
      .locator('figure:has([data-diagram-reserved], [data-diagram-ready])')
      .evaluate((figure) => figure.getBoundingClientRect().height);
  let reservedHeight = 0;
  const onArrival = await measurePageJs(browser, new URL('/concepts', baseURL).href, {
    beforeMeasure: async (page) => {
      await expect(page.locator('[data-diagram-reserved="true"]')).toHaveCount(1);
      reservedHeight = await boxHeight(page);
    },
  });
  expect(onArrival.mermaid, 'Mermaid loaded before the diagram came near').toBe(false);

  let drawnHeight = 0;
  const scrolled = await measurePageJs(browser, new URL('/concepts', baseURL).href, {
    beforeMeasure: async (page) => {
      await page.locator('[data-diagram-reserved="true"]').scrollIntoViewIfNeeded();
      await expect(page.locator('[data-diagram-ready="true"] svg')).toBeVisible({
        timeout: 30_000,
      });
      drawnHeight = await boxHeight(page);
    },
  });
  expect(scrolled.mermaid, 'Mermaid not loaded once the diagram is in view').toBe(true);
  // The reserved box is the drawn diagram's size: drawing it moves nothing below.
  expect(Math.abs(drawnHeight - reservedHeight)).toBeLessThanOrEqual(4);
});

/**
 * Script time, not bytes: the first `localeCompare` (or `Intl.Collator`) on a
 * page loads the browser's collation data, about 70 ms of a guide step's
 * script time under Lighthouse's 4× CPU slowdown. Upstream code blocks (one
 * per block) and the phone doc sidebar call it while memoising options; this
 * site's `src/theme/CodeBlock/useCodeWordWrap.ts` and
 * `src/theme/DocSidebar/Mobile` do not. Checked on a phone and a laptop, on a
 * step with code blocks in tabs.
 */
for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`a guide step never compares strings by locale while it loads (${viewport.width} px)`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ viewport, baseURL });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { collationCalls: string[] }).collationCalls = calls;
      const localeCompare = String.prototype.localeCompare;
      String.prototype.localeCompare = function (
        this: string,
        ...args: Parameters<typeof localeCompare>
      ) {
        calls.push(`localeCompare: ${new Error().stack?.split('\n')[2]?.trim() ?? ''}`);
        return localeCompare.apply(this, args);
      };
      const Collator = Intl.Collator;
      Intl.Collator = function (...args: ConstructorParameters<typeof Intl.Collator>) {
        calls.push('Intl.Collator');
        return new Collator(...args);
      } as unknown as typeof Intl.Collator;
    });
    await gotoSettled(page, '/guide/sign-in-with-github');
    expect(await page.locator('article pre').count()).toBeGreaterThan(5);
    expect(
      await page.evaluate(() => (window as unknown as { collationCalls: string[] }).collationCalls),
    ).toEqual([]);
    await context.close();
  });
}
