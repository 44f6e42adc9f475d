import { expect, test, type Page } from '@playwright/test';
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
