// Measures what a page costs a reader on a cold visit: the JavaScript it loads.
// Shared by the benchmark (scripts/bench.mjs) and the byte-budget test (e2e/budget.spec.ts).
import { existsSync } from 'node:fs';

/** Chromium to drive: PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, else /usr/bin/chromium, else Playwright's own. */
export function chromiumLaunchOptions() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  const executablePath =
    fromEnv || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return {
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}

/** A marker string found in Mermaid's flowchart code and nowhere else on this site. */
const MERMAID_MARKER = 'flowchart-v2';

/**
 * Loads `url` in a fresh browser context (empty cache: a cold visit), waits for
 * hydration and for the network to go idle, and adds up the uncompressed bytes of every script.
 *
 * @param {import('playwright').Browser} browser
 * @param {string} url absolute URL of the page
 * @returns {Promise<{ bytes: number, files: number, mermaid: boolean }>} bytes of JavaScript
 *   (uncompressed), number of script files, and whether Mermaid's code was among them
 */
export async function measurePageJs(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });
  await page.goto(url, { waitUntil: 'load' });
  // Docusaurus marks <html data-has-hydrated="true"> once React has hydrated the
  // page, which needs every chunk of the route; then let lazy loads settle.
  await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  let mermaid = false;
  for (const response of scripts) {
    const body = await response.body();
    bytes += body.length;
    if (body.includes(MERMAID_MARKER)) mermaid = true;
  }
  await context.close();
  return { bytes, files: scripts.length, mermaid };
}

/**
 * The byte budget for a guide page without a diagram: a plain Docusaurus 3.10
 * classic docs page loads about 551 KB of JavaScript on a cold visit
 * (measured on this project's toolchain); ours may load at most 10% more.
 */
export const PLAIN_DOCS_PAGE_BYTES = 551_000;
export const GUIDE_PAGE_BUDGET_BYTES = Math.round(PLAIN_DOCS_PAGE_BYTES * 1.1);
