// Benchmark of the credential explorer page (issue 3): JavaScript bytes the
// page loads (in total, and the part fetched lazily after the load event, which is
// Mermaid), and the time from clicking an answer to the diagram highlight
// being updated. Not a test: it reports numbers and asserts nothing.
//
// Use: `node scripts/bench-explorer.mjs [baseUrl]` against a served build
// (default http://127.0.0.1:3104), or import `benchExplorer` from
// scripts/bench.mjs.
import { pathToFileURL } from 'node:url';
import { chromiumLaunchOptions } from './measure.mjs';

const explorerPath = '/tools/credential-explorer';
/** A long path through the tree (7 answers), walked again and again. */
const walk = [
  'backend',
  'catalog',
  'github-com',
  'app-listed',
  'not-installed',
  'no-public-access',
  'fallback-pat',
];
const samples = 20;

/**
 * Sums the JavaScript the current page has loaded, from the Resource Timing API.
 * @returns bytes after decompression (decodedBodySize), each file counted
 *   once, in total and for the files first requested after `splitAt` (ms
 *   since navigation start).
 */
async function scriptBytes(page, splitAt) {
  return page.evaluate((split) => {
    // One entry per file: a file prefetched and then executed appears twice.
    const files = new Map();
    for (const e of performance.getEntriesByType('resource')) {
      const path = new URL(e.name).pathname;
      if (!path.endsWith('.js')) continue;
      const seen = files.get(path);
      files.set(path, {
        bytes: Math.max(seen?.bytes ?? 0, e.decodedBodySize),
        start: Math.min(seen?.start ?? Infinity, e.startTime),
      });
    }
    const list = [...files.values()];
    const sum = (l) => l.reduce((n, f) => n + f.bytes, 0);
    return { total: sum(list), lazy: sum(list.filter((f) => f.start > split)) };
  }, splitAt);
}

/**
 * Measures the explorer page.
 * @param page a Playwright page (Chromium)
 * @param baseUrl the served site, e.g. `http://127.0.0.1:3104`
 * @returns rows `{ name, value, unit }`: JavaScript bytes of the page (total
 *   and lazily loaded) and the median and 90th percentile of click → highlight
 *   updated (ms, over 20 clicks; measured inside the page with
 *   `performance.now()` and a MutationObserver on the SVG's `data-current`).
 */
export async function benchExplorer(page, baseUrl) {
  await page.goto(`${baseUrl}${explorerPath}`);
  const loadedAt = await page.evaluate(() => performance.now());
  await page.waitForSelector('[data-diagram-ready="true"] svg');
  await page.waitForLoadState('networkidle');
  const bytes = await scriptBytes(page, loadedAt);

  const times = [];
  while (times.length < samples) {
    for (const answer of walk) {
      if (times.length >= samples) break;
      const ms = await page.evaluate(
        (id) =>
          new Promise((resolve, reject) => {
            const svg = document.querySelector('[data-diagram-ready="true"] svg');
            const button = document.querySelector(`button[data-answer="${id}"]`);
            if (!svg || !button) {
              reject(new Error(`No diagram or no answer ${id}`));
              return;
            }
            const before = svg.querySelector('g.node[data-current="true"]');
            const observer = new MutationObserver(() => {
              const now = svg.querySelector('g.node[data-current="true"]');
              if (now && now !== before) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(svg, {
              subtree: true,
              attributes: true,
              attributeFilter: ['data-current'],
            });
            const start = performance.now();
            button.click();
          }),
        answer,
      );
      times.push(ms);
    }
    await page.getByRole('button', { name: 'Restart' }).click();
    await page.waitForSelector('button[data-answer="backend"]');
  }
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (n) => Math.round(n * 100) / 100;
  return [
    {
      name: `${explorerPath} JavaScript fetched, incl. prefetches (decoded)`,
      value: bytes.total,
      unit: 'bytes',
    },
    {
      name: `${explorerPath} JavaScript fetched after the load event (Mermaid, lazy)`,
      value: bytes.lazy,
      unit: 'bytes',
    },
    { name: 'explorer click → highlight, median', value: round(at(0.5)), unit: 'ms' },
    { name: 'explorer click → highlight, p90', value: round(at(0.9)), unit: 'ms' },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { chromium } = await import('playwright');
  const baseUrl = (process.argv[2] ?? 'http://127.0.0.1:3104').replace(/\/$/, '');
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const rows = await benchExplorer(page, baseUrl);
    for (const row of rows) console.log(`${row.name}: ${row.value} ${row.unit}`);
  } finally {
    await browser.close();
  }
}
