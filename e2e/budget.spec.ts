import { expect, test } from '@playwright/test';
import { guideSteps } from '../src/data/guideSteps';
import { GUIDE_PAGE_BUDGET_BYTES, measurePageJs } from '../scripts/measure.mjs';

/**
 * Byte budgets (bytes, not times): a guide step shows no diagram, so it must
 * load at most 10% more JavaScript than a plain Docusaurus docs page, and
 * never Mermaid. `npm run bench` prints the figures for every page.
 */
for (const step of guideSteps) {
  test(`step ${step.number} stays within the JavaScript budget and loads no Mermaid`, async ({
    browser,
    baseURL,
  }) => {
    const { bytes, mermaid } = await measurePageJs(browser, new URL(step.path, baseURL).href);
    expect(mermaid, 'Mermaid code loaded on a page without a diagram').toBe(false);
    expect(bytes).toBeLessThanOrEqual(GUIDE_PAGE_BUDGET_BYTES);
  });
}

test('the concepts page, which shows the diagram, does load Mermaid', async ({
  browser,
  baseURL,
}) => {
  const { mermaid } = await measurePageJs(browser, new URL('/concepts', baseURL).href);
  expect(mermaid).toBe(true);
});
