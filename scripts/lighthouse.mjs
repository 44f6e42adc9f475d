// The pure part of `npm run bench -- --lighthouse` (issue 11): reading the
// command line, the Lighthouse settings, turning a Lighthouse result (LHR, the
// JSON Lighthouse 12 returns) into the figures the bench prints, the medians of
// the paired rounds and the tables. No browser, no network: the runner is
// scripts/bench-lighthouse.mjs; the tests are tests/lighthouse.test.ts.

/** The categories each run scores (Lighthouse's own ids). */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Rounds of the paired timing runs when `--rounds` is not given. */
export const DEFAULT_ROUNDS = 3;

/**
 * Reads the bench's command line (the arguments after `npm run bench --`).
 * `--lighthouse` adds the Lighthouse figures to the byte figures;
 * `--lighthouse-only` prints only the Lighthouse figures; `--rounds=N` (or
 * `--rounds N`) sets the paired timing rounds (a positive integer, default 3);
 * `--pages=/a,/b` (or `--pages /a,/b`) measures only those pages of the sitemap.
 *
 * @param {string[]} argv the arguments, without `node` and the script
 * @returns {{ bytes: boolean, lighthouse: boolean, rounds: number, pages?: string[] }}
 *   `bytes`: whether to print the byte figures (and the tools' timings); `pages`:
 *   the paths asked for, when `--pages` is given
 * @throws {Error} on an unknown argument, a `--rounds` that is not a positive
 *   integer, or a `--pages` entry that is not a path
 */
export function parseBenchArgs(argv) {
  /** @type {{ bytes: boolean, lighthouse: boolean, rounds: number, pages?: string[] }} */
  const options = { bytes: true, lighthouse: false, rounds: DEFAULT_ROUNDS };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--lighthouse') options.lighthouse = true;
    else if (arg === '--lighthouse-only') {
      options.lighthouse = true;
      options.bytes = false;
    } else if (arg === '--rounds' || arg.startsWith('--rounds=')) {
      const value = arg === '--rounds' ? argv[(i += 1)] : arg.slice('--rounds='.length);
      if (value === undefined || !/^[1-9]\d*$/.test(value))
        throw new Error(`--rounds needs a positive integer, got ${JSON.stringify(value ?? '')}`);
      options.rounds = Number(value);
    } else if (arg === '--pages' || arg.startsWith('--pages=')) {
      const value = arg === '--pages' ? argv[(i += 1)] : arg.slice('--pages='.length);
      const pages = (value ?? '').split(',').filter((page) => page !== '');
      if (pages.length === 0 || pages.some((page) => !page.startsWith('/')))
        throw new Error(
          `--pages needs paths such as /guide/create-app, got ${JSON.stringify(value ?? '')}`,
        );
      options.pages = pages;
    } else {
      throw new Error(
        `Unknown argument ${JSON.stringify(arg)} (known: --lighthouse, --lighthouse-only, --rounds=N, --pages=/a,/b)`,
      );
    }
  }
  return options;
}

/**
 * The Lighthouse flags of one run against a Chrome listening on `port`:
 * Lighthouse's defaults (mobile form factor, simulated throttling), the four
 * categories, JSON output, and no full-page screenshot.
 *
 * @param {number} port the Chrome DevTools port (from chrome-launcher)
 */
export function lighthouseFlags(port) {
  return {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...LIGHTHOUSE_CATEGORIES],
    disableFullPageScreenshot: true,
  };
}

/**
 * The Chrome flags for chrome-launcher: the bench's Chromium flags (which keep
 * it off the network: no background networking, component updates or sync)
 * plus the new headless mode, each once.
 *
 * @param {string[]} args the flags of `chromiumLaunchOptions().args` (scripts/measure.mjs)
 */
export function chromeFlags(args) {
  return [...new Set([...args, '--headless=new'])];
}

/**
 * The pages whose timings are paired with the template's `/docs/intro`: the
 * guide steps (`/guide/<step>`, not the `/guide` overview) and `/concepts`.
 *
 * @param {string[]} paths site paths, e.g. from the sitemap
 * @returns {string[]} those of them to pair, in the same order
 */
export function pairedPaths(paths) {
  return paths.filter((path) => /^\/guide\/[^/]+$/.test(path) || path === '/concepts');
}

/** A category's score out of 100, or null when Lighthouse could not score it. */
function categoryScore(lhr, id) {
  const score = lhr.categories?.[id]?.score;
  return typeof score === 'number' ? Math.round(score * 100) : null;
}

/**
 * The audits of a category that fail: scored (binary or numeric) with a score
 * below 1. An audit of weight 0 does not lower the score: its id ends in `*`.
 */
function failingAudits(lhr, categoryId) {
  const refs = lhr.categories?.[categoryId]?.auditRefs ?? [];
  const failing = [];
  for (const ref of refs) {
    const audit = lhr.audits?.[ref.id];
    if (!audit || typeof audit.score !== 'number') continue;
    if (audit.scoreDisplayMode !== 'binary' && audit.scoreDisplayMode !== 'numeric') continue;
    if (audit.score < 1) failing.push(ref.weight > 0 ? ref.id : `${ref.id}*`);
  }
  return failing;
}

/** An audit's numericValue, or null. */
function numeric(lhr, id) {
  const value = lhr.audits?.[id]?.numericValue;
  return typeof value === 'number' ? value : null;
}

/**
 * Requests of a run that left the allowed hosts (http, https or ws URLs only:
 * `data:` and `blob:` URLs do not reach the network), from the
 * `network-requests` audit. The bench expects none.
 *
 * @param {object} lhr a Lighthouse result
 * @param {string[]} hosts allowed `host:port` pairs, e.g. `127.0.0.1:3105`
 * @returns {string[]} the URLs, each once
 */
export function externalRequests(lhr, hosts) {
  const items = lhr.audits?.['network-requests']?.details?.items ?? [];
  const out = new Set();
  for (const item of items) {
    let url;
    try {
      url = new URL(item.url);
    } catch {
      continue;
    }
    if (!/^(https?|wss?):$/.test(url.protocol)) continue;
    if (!hosts.includes(url.host)) out.add(item.url);
  }
  return [...out];
}

/**
 * The figures the bench prints for every page, from one Lighthouse result.
 *
 * @param {object} lhr a Lighthouse 12 result (`runnerResult.lhr`)
 * @returns {import('./lighthouse.d.mts').PageFigures}
 * @throws {Error} when Lighthouse reports a runtime error (the page did not load)
 */
export function pageFigures(lhr) {
  if (lhr.runtimeError) {
    throw new Error(
      `Lighthouse could not audit ${lhr.requestedUrl}: ${lhr.runtimeError.code} ${lhr.runtimeError.message ?? ''}`.trim(),
    );
  }
  return {
    url: lhr.finalDisplayedUrl ?? lhr.requestedUrl,
    performance: categoryScore(lhr, 'performance'),
    accessibility: categoryScore(lhr, 'accessibility'),
    bestPractices: categoryScore(lhr, 'best-practices'),
    seo: categoryScore(lhr, 'seo'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    failing: {
      accessibility: failingAudits(lhr, 'accessibility'),
      seo: failingAudits(lhr, 'seo'),
      bestPractices: failingAudits(lhr, 'best-practices'),
    },
    warnings: [...(lhr.runWarnings ?? [])],
  };
}

/**
 * The timing figures of one run. Script time is the "Script Evaluation" group
 * of the `mainthread-work-breakdown` audit (`scriptEvaluation`), in ms, as
 * Lighthouse reports it: under its default simulated throttling that is the
 * observed time multiplied by the CPU slowdown (4× on mobile).
 *
 * @param {object} lhr a Lighthouse 12 result
 * @returns {import('./lighthouse.d.mts').TimingFigures}
 */
export function timingFigures(lhr) {
  const groups = lhr.audits?.['mainthread-work-breakdown']?.details?.items ?? [];
  const scripting = groups.find((item) => item.group === 'scriptEvaluation');
  return {
    performance: categoryScore(lhr, 'performance'),
    scriptEvaluationMs: typeof scripting?.duration === 'number' ? scripting.duration : null,
    tbtMs: numeric(lhr, 'total-blocking-time'),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
  };
}

/**
 * Script evaluation by file, from the `bootup-time` audit (files whose main
 * thread time reaches Lighthouse's 50 ms threshold), largest first: what to
 * look at when a page's script time is high.
 *
 * @param {object} lhr a Lighthouse 12 result
 * @returns {Array<{ url: string, scriptingMs: number }>}
 */
export function scriptingByFile(lhr) {
  const items = lhr.audits?.['bootup-time']?.details?.items ?? [];
  return items
    .filter((item) => typeof item.scripting === 'number')
    .map((item) => ({ url: String(item.url), scriptingMs: item.scripting }))
    .sort((a, b) => b.scriptingMs - a.scriptingMs);
}

/**
 * The median of some numbers (the mean of the two middle ones for an even count).
 *
 * @param {Array<number | null>} values nulls (a figure Lighthouse did not give) are left out
 * @returns {number | null} null when no number is left
 */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const TIMING_KEYS = ['performance', 'scriptEvaluationMs', 'tbtMs', 'lcpMs'];

/**
 * Sums up the paired rounds of one page: per figure, the median of our runs,
 * the median of the template's runs in the same rounds, and their ratio
 * (ours / template; null when the template's median is 0 or missing).
 *
 * @param {Array<{ ours: import('./lighthouse.d.mts').TimingFigures, template: import('./lighthouse.d.mts').TimingFigures }>} rounds
 * @returns {import('./lighthouse.d.mts').PairedSummary}
 * @throws {Error} without rounds
 */
export function pairedSummary(rounds) {
  if (rounds.length === 0) throw new Error('pairedSummary needs at least one round');
  const summary = { rounds: rounds.length };
  for (const key of TIMING_KEYS) {
    const ours = median(rounds.map((r) => r.ours[key]));
    const template = median(rounds.map((r) => r.template[key]));
    summary[key] = {
      ours,
      template,
      ratio: ours !== null && template ? ours / template : null,
    };
  }
  return summary;
}

const fixed = (value, digits) => (value === null ? '-' : value.toFixed(digits));
const ms = (value) => (value === null ? '-' : `${Math.round(value)}`);
const score = (value) => (value === null ? '-' : String(value));

/**
 * The per-page table: performance, accessibility, best practices and SEO
 * scores, CLS, and the failing accessibility / SEO / best-practice audits.
 *
 * @param {Array<{ path: string, figures: import('./lighthouse.d.mts').PageFigures }>} rows
 * @returns {string} lines, without a trailing newline
 */
export function formatPagesTable(rows) {
  const width = Math.max(30, ...rows.map((r) => r.path.length));
  const lines = [
    [
      'page'.padEnd(width),
      'perf'.padStart(4),
      'a11y'.padStart(4),
      'b-p'.padStart(4),
      'seo'.padStart(4),
      'CLS'.padStart(6),
      '  failing audits (* = weight 0)',
    ].join(' '),
  ];
  for (const { path, figures: f } of rows) {
    const failing = [
      ...f.failing.accessibility.map((id) => `a11y:${id}`),
      ...f.failing.seo.map((id) => `seo:${id}`),
      ...f.failing.bestPractices.map((id) => `b-p:${id}`),
    ];
    lines.push(
      [
        path.padEnd(width),
        score(f.performance).padStart(4),
        score(f.accessibility).padStart(4),
        score(f.bestPractices).padStart(4),
        score(f.seo).padStart(4),
        fixed(f.cls, 3).padStart(6),
        `  ${failing.join(', ') || '-'}`,
      ].join(' '),
    );
  }
  return lines.join('\n');
}

/**
 * The paired timing table: per page, median of ours / median of the template
 * (`/docs/intro`, same rounds) / ratio, for the performance score, script
 * evaluation, TBT and LCP.
 *
 * @param {Array<{ path: string, summary: import('./lighthouse.d.mts').PairedSummary }>} rows
 * @returns {string} lines, without a trailing newline
 */
export function formatPairedTable(rows) {
  const width = Math.max(30, ...rows.map((r) => r.path.length));
  const cell = (figure, format) =>
    `${format(figure.ours)}/${format(figure.template)} ${fixed(figure.ratio, 2)}×`;
  const lines = [
    [
      'page'.padEnd(width),
      'perf ours/tmpl'.padStart(16),
      'script eval ms'.padStart(18),
      'TBT ms'.padStart(18),
      'LCP ms'.padStart(18),
    ].join(' '),
  ];
  for (const { path, summary: s } of rows) {
    lines.push(
      [
        path.padEnd(width),
        cell(s.performance, score).padStart(16),
        cell(s.scriptEvaluationMs, ms).padStart(18),
        cell(s.tbtMs, ms).padStart(18),
        cell(s.lcpMs, ms).padStart(18),
      ].join(' '),
    );
  }
  return lines.join('\n');
}
