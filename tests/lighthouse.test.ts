import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chromeFlags,
  DEFAULT_ROUNDS,
  externalRequests,
  formatPagesTable,
  formatPairedTable,
  lighthouseFlags,
  median,
  pageFigures,
  pairedPaths,
  pairedSummary,
  parseBenchArgs,
  scriptingByFile,
  timingFigures,
  type LighthouseResult,
  type TimingFigures,
} from '../scripts/lighthouse.mjs';
import { guideSteps } from '../src/data/guideSteps';

/**
 * A real Lighthouse 12.8.2 result of `/guide/create-app` (mobile, simulated
 * throttling, served on 127.0.0.1), trimmed to the categories, the audits they
 * reference (id, score, mode, numericValue) and the details of
 * mainthread-work-breakdown, bootup-time and network-requests.
 */
const real = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'lighthouse-guide-step.json'), 'utf8'),
) as LighthouseResult & { lighthouseVersion: string };

/** A copy of the real result with some audits' scores replaced. */
function withScores(scores: Record<string, number | null>): LighthouseResult {
  const lhr = structuredClone(real);
  for (const [id, score] of Object.entries(scores)) {
    const audit = lhr.audits?.[id];
    if (!audit) throw new Error(`no audit ${id} in the fixture`);
    audit.score = score;
  }
  return lhr;
}

const timing = (t: Partial<TimingFigures>): TimingFigures => ({
  performance: null,
  scriptEvaluationMs: null,
  tbtMs: null,
  lcpMs: null,
  ...t,
});

describe('bench command line', () => {
  it('prints bytes only by default, with 3 rounds', () => {
    expect(parseBenchArgs([])).toEqual({ bytes: true, lighthouse: false, rounds: DEFAULT_ROUNDS });
    expect(DEFAULT_ROUNDS).toBe(3);
  });

  it('adds Lighthouse with --lighthouse, or prints it alone with --lighthouse-only', () => {
    expect(parseBenchArgs(['--lighthouse'])).toEqual({ bytes: true, lighthouse: true, rounds: 3 });
    expect(parseBenchArgs(['--lighthouse-only'])).toEqual({
      bytes: false,
      lighthouse: true,
      rounds: 3,
    });
  });

  it('reads --rounds=N and --rounds N', () => {
    expect(parseBenchArgs(['--lighthouse', '--rounds=5']).rounds).toBe(5);
    expect(parseBenchArgs(['--rounds', '7', '--lighthouse']).rounds).toBe(7);
  });

  it('refuses a round count that is not a positive integer, and unknown arguments', () => {
    for (const bad of ['--rounds=0', '--rounds=-1', '--rounds=2.5', '--rounds=x', '--rounds='])
      expect(() => parseBenchArgs([bad]), bad).toThrow(/positive integer/);
    expect(() => parseBenchArgs(['--rounds'])).toThrow(/positive integer/);
    expect(() => parseBenchArgs(['--lighthuose'])).toThrow(/Unknown argument "--lighthuose"/);
  });

  it('reads --pages as a list of paths, and refuses anything else', () => {
    expect(parseBenchArgs(['--pages=/guide/create-app,/concepts']).pages).toEqual([
      '/guide/create-app',
      '/concepts',
    ]);
    expect(parseBenchArgs(['--pages', '/concepts']).pages).toEqual(['/concepts']);
    expect(parseBenchArgs([]).pages).toBeUndefined();
    for (const bad of [['--pages='], ['--pages'], ['--pages=guide/create-app']])
      expect(() => parseBenchArgs(bad), bad.join(' ')).toThrow(/--pages needs paths/);
  });
});

describe('Lighthouse settings', () => {
  it('runs the four categories as JSON without the full-page screenshot, on the given port', () => {
    expect(lighthouseFlags(9222)).toEqual({
      port: 9222,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      disableFullPageScreenshot: true,
    });
  });

  it('keeps Lighthouse defaults: the real result was mobile with simulated throttling', () => {
    expect(real.lighthouseVersion).toBe('12.8.2');
    const settings = (real as unknown as { configSettings: Record<string, unknown> })
      .configSettings;
    expect(settings.formFactor).toBe('mobile');
    expect(settings.throttlingMethod).toBe('simulate');
    expect(settings.disableFullPageScreenshot).toBe(true);
  });

  it('adds the new headless mode to the bench Chromium flags, once', () => {
    expect(chromeFlags(['--no-sandbox', '--disable-background-networking'])).toEqual([
      '--no-sandbox',
      '--disable-background-networking',
      '--headless=new',
    ]);
    expect(chromeFlags(['--headless=new'])).toEqual(['--headless=new']);
  });
});

describe('paired pages', () => {
  it('are exactly the guide steps and /concepts, in sitemap order', () => {
    const sitemap = ['/', '/guide', ...guideSteps.map((s) => s.path), '/concepts', '/tools'];
    expect(pairedPaths(sitemap)).toEqual([...guideSteps.map((s) => s.path), '/concepts']);
    expect(pairedPaths(['/guide/create-app/extra', '/concepts/x', '/reference'])).toEqual([]);
  });
});

describe('figures from a Lighthouse result', () => {
  it('reads scores, CLS and no failing audits from the real result', () => {
    const f = pageFigures(real);
    expect(f.url).toBe('http://127.0.0.1:3105/guide/create-app');
    expect(f).toMatchObject({ performance: 54, accessibility: 100, bestPractices: 100, seo: 100 });
    expect(f.cls).toBe(0);
    expect(f.failing).toEqual({ accessibility: [], seo: [], bestPractices: [] });
  });

  it('names each failing accessibility and SEO audit, marking those of weight 0', () => {
    const lhr = withScores({
      'color-contrast': 0,
      'meta-description': 0,
      'table-fake-caption': 0,
    });
    const f = pageFigures(lhr);
    expect(f.failing.accessibility).toEqual(['color-contrast', 'table-fake-caption*']);
    expect(f.failing.seo).toEqual(['meta-description']);
  });

  it('ignores audits that are not applicable, manual or informative', () => {
    const lhr = withScores({ 'color-contrast': 0 });
    const audit = lhr.audits?.['color-contrast'];
    if (!audit) throw new Error('fixture lacks color-contrast');
    audit.scoreDisplayMode = 'notApplicable';
    expect(pageFigures(lhr).failing.accessibility).toEqual([]);
  });

  it('gives null for a category Lighthouse could not score', () => {
    const lhr = structuredClone(real);
    const seo = lhr.categories?.seo;
    if (!seo) throw new Error('fixture lacks seo');
    seo.score = null;
    expect(pageFigures(lhr).seo).toBeNull();
  });

  it('throws when Lighthouse could not load the page', () => {
    const lhr = { ...real, runtimeError: { code: 'NO_FCP', message: 'no paint' } };
    expect(() => pageFigures(lhr)).toThrow(/create-app: NO_FCP no paint/);
  });

  it('reads script evaluation from mainthread-work-breakdown, and TBT, LCP', () => {
    expect(timingFigures(real)).toEqual({
      performance: 54,
      scriptEvaluationMs: 1477.89199999999,
      tbtMs: 957.5,
      lcpMs: 5541.636025,
    });
  });

  it('lists script evaluation by file, largest first', () => {
    const files = scriptingByFile(real);
    expect(files[0]?.url).toMatch(/\/assets\/js\/main\.[0-9a-f]+\.js$/);
    expect(files.map((f) => f.scriptingMs)).toEqual(
      [...files.map((f) => f.scriptingMs)].sort((a, b) => b - a),
    );
  });

  it('finds no request outside the local server in the real result, and reports one', () => {
    expect(externalRequests(real, ['127.0.0.1:3105'])).toEqual([]);
    // The same result seen from another port: every http request is foreign; data: URLs never are.
    const foreign = externalRequests(real, ['127.0.0.1:9999']);
    expect(foreign.length).toBeGreaterThan(5);
    expect(foreign.every((url) => url.startsWith('http://127.0.0.1:3105/'))).toBe(true);
    const lhr = structuredClone(real);
    lhr.audits?.['network-requests']?.details?.items?.push({ url: 'https://fonts.example/a.css' });
    expect(externalRequests(lhr, ['127.0.0.1:3105'])).toEqual(['https://fonts.example/a.css']);
  });
});

describe('medians and pairing', () => {
  it('takes the middle value, or the mean of the two middle ones, without nulls', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 5, null])).toBe(5);
    expect(median([])).toBeNull();
    expect(median([null])).toBeNull();
  });

  it('compares the medians of our runs with the template runs of the same rounds', () => {
    const summary = pairedSummary([
      {
        ours: timing({ scriptEvaluationMs: 900, performance: 60 }),
        template: timing({ scriptEvaluationMs: 1000, performance: 70 }),
      },
      {
        ours: timing({ scriptEvaluationMs: 1500, performance: 50 }),
        template: timing({ scriptEvaluationMs: 1200, performance: 65 }),
      },
      {
        ours: timing({ scriptEvaluationMs: 1100, performance: 55 }),
        template: timing({ scriptEvaluationMs: 800, performance: 80 }),
      },
    ]);
    expect(summary.rounds).toBe(3);
    expect(summary.scriptEvaluationMs).toEqual({ ours: 1100, template: 1000, ratio: 1.1 });
    expect(summary.performance).toEqual({ ours: 55, template: 70, ratio: 55 / 70 });
    expect(summary.tbtMs).toEqual({ ours: null, template: null, ratio: null });
  });

  it('gives no ratio against a template median of 0, and needs a round', () => {
    const summary = pairedSummary([
      { ours: timing({ tbtMs: 30 }), template: timing({ tbtMs: 0 }) },
    ]);
    expect(summary.tbtMs.ratio).toBeNull();
    expect(() => pairedSummary([])).toThrow(/at least one round/);
  });
});

describe('tables', () => {
  it('prints one row per page with scores, CLS and failing audits', () => {
    const ok = pageFigures(real);
    const failing = pageFigures(withScores({ 'link-text': 0, 'color-contrast': 0 }));
    const table = formatPagesTable([
      { path: '/guide/create-app', figures: ok },
      { path: '/tools', figures: { ...failing, cls: 0.1234 } },
    ]).split('\n');
    expect(table).toHaveLength(3);
    expect(table[0]).toMatch(/^page\s+perf\s+a11y\s+b-p\s+seo\s+CLS\s+failing audits/);
    expect(table[1]).toMatch(/^\/guide\/create-app\s+54\s+100\s+100\s+100\s+0\.000\s+-$/);
    expect(table[2]).toMatch(
      /^\/tools\s+\d+\s+\d+\s+100\s+\d+\s+0\.123\s+a11y:color-contrast, seo:link-text$/,
    );
  });

  it('prints ours/template medians and the ratio per figure', () => {
    const summary = pairedSummary([
      {
        ours: timing({ performance: 55, scriptEvaluationMs: 1100.4, tbtMs: 800, lcpMs: 5000 }),
        template: timing({ performance: 70, scriptEvaluationMs: 1000, tbtMs: 1000, lcpMs: 4000 }),
      },
    ]);
    const [header, row] = formatPairedTable([{ path: '/concepts', summary }]).split('\n');
    expect(header).toMatch(/perf ours\/tmpl\s+script eval ms\s+TBT ms\s+LCP ms$/);
    expect(row).toMatch(
      /^\/concepts\s+55\/70 0\.79×\s+1100\/1000 1\.10×\s+800\/1000 0\.80×\s+5000\/4000 1\.25×$/,
    );
  });
});
