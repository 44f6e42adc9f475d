// Measures what a page costs a reader on a cold visit: the JavaScript it loads.
// Shared by the benchmark (scripts/bench.mjs) and the byte-budget test (e2e/budget.spec.ts).
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

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

/**
 * The pages a built sitemap lists, as paths (`/guide/create-app`), in its order.
 * Shared by the benchmark and the e2e test that checks every page's meta tags.
 *
 * @param {string} xml the text of `sitemap.xml`
 * @returns {string[]} one path per `<loc>`; none for text without `<loc>` elements
 */
export function sitemapPaths(xml) {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

/** A marker string found in Mermaid's flowchart code and nowhere else on this site. */
export const MERMAID_MARKER = 'flowchart-v2';

/**
 * Strings that identify code a guide step must not fetch, in the built chunks:
 * Mermaid, a tool (each tool's root carries `data-tool="<name>"`: builder,
 * planner, lookup…), the credential explorer (`data-current-node`) and Prism
 * (its bash grammar's `shebang` token; a step's code blocks keep the server's
 * highlighting, `src/theme/CodeBlock/Content`).
 */
export const CODE_MARKERS = {
  mermaid: MERMAID_MARKER,
  tool: '"data-tool":"',
  explorer: 'data-current-node',
  prism: 'shebang',
};

/**
 * Loads `url` in a fresh browser context (empty cache: a cold visit), waits for
 * hydration and for the network to go idle, and adds up the bytes of every
 * script the page executed and of every script it only prefetched
 * (`<link rel="prefetch">`, which Docusaurus adds for the links in view; a
 * link tag whose file the browser has not fetched yet is counted from the server).
 *
 * @param {import('playwright').Browser} browser
 * @param {string} url absolute URL of the page
 * @param {{ beforeMeasure?: (page: import('playwright').Page) => Promise<void> }} [options]
 *   `beforeMeasure` acts on the settled page (scrolls, clicks) before the figures are taken
 * @returns {Promise<import('./measure.d.mts').PageJs>}
 */
export async function measurePageJs(browser, url, options = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const executed = [];
  const prefetched = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.resourceType() === 'script') executed.push(response);
    else if (/\.js(\?|$)/.test(new URL(response.url()).pathname)) prefetched.push(response);
  });
  await page.goto(url, { waitUntil: 'load' });
  // Docusaurus marks <html data-has-hydrated="true"> once React has hydrated the
  // page, which needs every chunk of the route; then let lazy loads settle.
  await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
  await page.waitForLoadState('networkidle');
  if (options.beforeMeasure) {
    await options.beforeMeasure(page);
    await page.waitForLoadState('networkidle');
  }
  const prefetchLinks = await page.$$eval('link[rel="prefetch"]', (links) =>
    links.map((link) => link.getAttribute('href') ?? ''),
  );
  // Reads a file's bytes from its response, or again from the server: a
  // prefetch's body is not always kept by the browser.
  const read = async (url, response) => {
    const fromServer = async () => Buffer.from(await (await fetch(url)).arrayBuffer());
    return response ? response.body().catch(fromServer) : fromServer();
  };
  const sum = async (files) => {
    const out = { bytes: 0, gzipBytes: 0, files: 0, markers: new Set(), urls: [] };
    const seen = new Set();
    for (const { url, response } of files) {
      if (seen.has(url)) continue;
      seen.add(url);
      const body = await read(url, response);
      out.bytes += body.length;
      out.gzipBytes += gzipSync(body, { level: 9 }).length;
      out.files += 1;
      out.urls.push(new URL(url).pathname);
      for (const [name, marker] of Object.entries(CODE_MARKERS))
        if (body.includes(marker)) out.markers.add(name);
    }
    return out;
  };
  const asFile = (response) => ({ url: response.url(), response });
  const run = await sum(executed.map(asFile));
  // A prefetched file the page then ran counts as executed, once. A prefetch
  // link tag whose request the browser has not answered yet (it schedules
  // prefetches when idle) still costs the reader that file: count it from the server.
  const ran = new Set(executed.map((response) => response.url()));
  const answered = new Set(prefetched.map((response) => response.url()));
  const pending = prefetchLinks
    .map((href) => new URL(href, page.url()).href)
    .filter((href) => /\.js$/.test(new URL(href).pathname))
    .filter((href) => !ran.has(href) && !answered.has(href))
    .map((url) => ({ url }));
  const pre = await sum([
    ...prefetched.filter((response) => !ran.has(response.url())).map(asFile),
    ...pending,
  ]);
  await context.close();
  return {
    bytes: run.bytes,
    gzipBytes: run.gzipBytes,
    files: run.files,
    mermaid: run.markers.has('mermaid'),
    markers: [...run.markers].sort(),
    scripts: run.urls,
    prefetched: {
      bytes: pre.bytes,
      gzipBytes: pre.gzipBytes,
      files: pre.files,
      mermaid: pre.markers.has('mermaid'),
      markers: [...pre.markers].sort(),
      scripts: pre.urls,
    },
    prefetchLinks,
  };
}

/**
 * A plain Docusaurus 3.10.2 classic TypeScript site (`create-docusaurus`), its
 * `/docs/intro` page on a cold visit, measured with {@link measurePageJs} by
 * `npm run bench` (which builds that template and prints the figure).
 */
export const PLAIN_DOCS_PAGE_BYTES = 551_006;
/**
 * The most JavaScript a guide step may execute: the plain template's figure
 * (issue 11: at most 1.0×). `npm run bench` prints each page's ratio.
 */
export const GUIDE_PAGE_BUDGET_RATIO = 1.0;
export const GUIDE_PAGE_BUDGET_BYTES = Math.round(PLAIN_DOCS_PAGE_BYTES * GUIDE_PAGE_BUDGET_RATIO);

/**
 * The most JavaScript a guide step may prefetch on a cold visit: half of the
 * least a step prefetched before the prefetch policy (`src/lib/prefetchPolicy.ts`):
 * 555,453 bytes, measured with {@link measurePageJs} on step 4 (issue 11).
 */
export const GUIDE_PAGE_PREFETCH_BUDGET_BYTES = Math.floor(555_453 / 2);
