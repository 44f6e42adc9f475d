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
 * How long a page may take to hydrate and settle (ms). A bound, not a wait:
 * the helpers return as soon as the page is ready. On a loaded 2-core machine
 * a page can take well over the default 5 s expect timeout to hydrate.
 */
const SETTLE_TIMEOUT = 30_000;

/**
 * Waits until the page is hydrated and every tool on it has settled.
 *
 * Docusaurus marks `<html data-has-hydrated="true">` once React has hydrated.
 * A tool (builder, planner, explorer, lookup, …) marks its root element with
 * `data-tool="<name>"` and adds `data-tool-ready="true"` once its state is
 * final (after reading its URL or storage); until then its fields are not
 * editable. Tools inside a closed on-demand panel are not rendered, so they
 * are not waited for.
 */
export async function waitForSettled(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true', {
    timeout: SETTLE_TIMEOUT,
  });
  await expect(page.locator('[data-tool]:not([data-tool-ready="true"])')).toHaveCount(0, {
    timeout: SETTLE_TIMEOUT,
  });
}

/**
 * Loads `path` and waits for {@link waitForSettled}: the one way specs open a
 * page, so no test acts before the page can take input.
 *
 * @param options.mode a colour mode chosen before the first paint (Docusaurus
 *   reads `theme` from localStorage), checked on `<html data-theme>`.
 */
export async function gotoSettled(
  page: Page,
  path: string,
  options: { mode?: ColorMode } = {},
): Promise<void> {
  const { mode } = options;
  if (mode) {
    await page.addInitScript((m) => window.localStorage.setItem('theme', m), mode);
    await page.emulateMedia({ colorScheme: mode });
  }
  await page.goto(path);
  if (mode) await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
  await waitForSettled(page);
}

/** {@link gotoSettled} with a colour mode. */
export async function gotoInMode(page: Page, path: string, mode: ColorMode): Promise<void> {
  await gotoSettled(page, path, { mode });
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA plus best practices) on the page and
 * fails the test with a readable list of violations.
 *
 * @param include a CSS selector to check only that part of the page: for a
 *   state a spec creates on a page that `site.spec.ts` already checks whole
 *   (page-level rules such as landmarks are then out of scope)
 */
export async function expectNoAxeViolations(
  page: Page,
  label: string,
  include?: string,
): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  const results = await (include ? builder.include(include) : builder).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
