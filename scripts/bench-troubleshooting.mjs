// Benchmark of the troubleshooting page (issue 9): JavaScript bytes on a cold
// visit, the bytes the error lookup fetches lazily once the reader types (its
// matcher), and the in-browser time to look up a pasted 200-line log. Not a
// test: it reports numbers and asserts nothing. The matcher's time in Node is
// in `src/lib/troubleshooting/lookup.bench.ts` (vitest bench).
//
// Use: import `benchTroubleshooting` from scripts/bench.mjs.

const path = '/troubleshooting';

/** Sums decoded JavaScript bytes the page executed (Resource Timing API), each file once. */
function scriptBytes() {
  const seen = new Map();
  for (const entry of performance.getEntriesByType('resource')) {
    // Scripts only: Docusaurus also prefetches linked pages' chunks (initiator "link").
    if (entry.initiatorType === 'script') {
      seen.set(entry.name, entry.decodedBodySize);
    }
  }
  return [...seen.values()].reduce((a, b) => a + b, 0);
}

/**
 * @param {import('playwright').Page} page a fresh page
 * @param {string} baseUrl the served build
 * @returns {Promise<Array<{ name: string, value: string, unit: string }>>}
 */
export async function benchTroubleshooting(page, baseUrl) {
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  await page.waitForSelector('[data-tool="error-lookup"][data-tool-ready="true"]');
  await page.waitForLoadState('networkidle');
  const onLoad = await page.evaluate(scriptBytes);

  const box = page.locator('[data-tool="error-lookup"] textarea');
  // The same shape as src/lib/troubleshooting/lookupLog.ts: 199 request lines and one error.
  const lines = Array.from(
    { length: 199 },
    (_, i) =>
      `2026-11-30T09:12:${String(i % 60).padStart(2, '0')}.000Z rootHttpRouter info "GET /api/catalog/entities?limit=${i} HTTP/1.1" 200`,
  );
  lines.splice(137, 0, '2026-11-30T09:13:00.000Z catalog error Error: Bad credentials');
  const started = Date.now();
  await box.fill(lines.join('\n'));
  await page.waitForSelector('[data-tool="error-lookup"] a[href="#bad-credentials"]');
  const elapsed = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const afterTyping = await page.evaluate(scriptBytes);
  return [
    { name: 'JS bytes on a cold visit', value: (onLoad / 1000).toFixed(1), unit: 'KB' },
    {
      name: 'JS fetched when the reader first types (the matcher)',
      value: ((afterTyping - onLoad) / 1000).toFixed(1),
      unit: 'KB',
    },
    {
      name: 'paste a 200-line log to first result shown (includes the 150 ms pause and the lazy load)',
      value: String(elapsed),
      unit: 'ms',
    },
  ];
}
