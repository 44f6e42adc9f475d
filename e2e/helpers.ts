import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type Request } from '@playwright/test';

/**
 * Shared end-to-end helpers: collecting console errors and failed or foreign
 * requests, switching colour mode, and running axe-core.
 */

export type ColorMode = 'light' | 'dark';

/** What went wrong while a page loaded, collected by {@link watchPage}. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * Starts recording console errors, page errors, failed requests and requests
 * to any host other than the site's own. Call before `page.goto`.
 */
export function watchPage(page: Page, siteOrigin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  page.on('requestfailed', (request: Request) => {
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  page.on('request', (request: Request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== siteOrigin) problems.foreignRequests.push(url);
  });
  return problems;
}

/**
 * Loads `path` with the given colour mode already chosen (Docusaurus reads
 * `theme` from localStorage before the first paint), then waits for hydration.
 */
export async function gotoInMode(page: Page, path: string, mode: ColorMode): Promise<void> {
  await page.addInitScript((m) => window.localStorage.setItem('theme', m), mode);
  await page.emulateMedia({ colorScheme: mode });
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
  await page.waitForLoadState('networkidle');
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA plus best practices) on the page and
 * fails the test with a readable list of violations.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
