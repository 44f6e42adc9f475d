// `npm run bench -- --lighthouse` (issue 11): Lighthouse 12 (Node API, mobile
// form factor and simulated throttling: its defaults) on every page of the
// sitemap, then timings of the guide steps and /concepts paired with the plain
// template's /docs/intro over N rounds. Figures only: nothing passes or fails.
// The pure part (settings, figures, medians, tables) is scripts/lighthouse.mjs.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {
  chromeFlags,
  externalRequests,
  formatPagesTable,
  formatPairedTable,
  lighthouseFlags,
  pageFigures,
  pairedPaths,
  pairedSummary,
  scriptingByFile,
  timingFigures,
} from './lighthouse.mjs';
import { chromiumLaunchOptions } from './measure.mjs';

/**
 * Runs Lighthouse against two served builds and prints the figures.
 * Round 1 audits every page of `paths` (each paired page followed at once by
 * the template's `/docs/intro`); rounds 2..N run only the paired pages, ours
 * then the template's, back to back. Every request must stay on the two
 * servers' hosts: any other is reported and makes the function throw at the end.
 *
 * @param {{ baseUrl: string, templateUrl: string, paths: string[], rounds: number,
 *   log?: (line: string) => void, progress?: (line: string) => void }} options
 *   `baseUrl` and `templateUrl` are `http://127.0.0.1:<port>` servers of the two builds
 * @returns {Promise<{ pages: Array<{ path: string, figures: object }>,
 *   paired: Array<{ path: string, summary: object }> }>}
 */
export async function benchLighthouse({
  baseUrl,
  templateUrl,
  paths,
  rounds,
  log = console.log,
  progress = (line) => process.stderr.write(`${line}\n`),
}) {
  const launch = chromiumLaunchOptions();
  const chrome = await chromeLauncher.launch({
    chromePath: launch.executablePath,
    chromeFlags: chromeFlags(launch.args ?? []),
  });
  const hosts = [new URL(baseUrl).host, new URL(templateUrl).host];
  const external = new Set();
  const paired = pairedPaths(paths);
  const total = paths.length + paired.length * (2 * rounds - 1);
  let done = 0;

  /** One Lighthouse run; a run Lighthouse could not complete is tried once more. */
  const audit = async (url) => {
    done += 1;
    progress(`Lighthouse ${done}/${total}: ${url}`);
    for (let attempt = 1; ; attempt += 1) {
      const result = await lighthouse(url, lighthouseFlags(chrome.port));
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
      if (lhr.runtimeError && attempt < 2) continue;
      for (const request of externalRequests(lhr, hosts)) external.add(request);
      return lhr;
    }
  };

  try {
    const templatePage = `${templateUrl}/docs/intro`;
    /** @type {Map<string, Array<{ ours: object, template: object }>>} */
    const timings = new Map(paired.map((path) => [path, []]));
    /** The last round's heaviest scripts per paired page (bootup-time). */
    const files = new Map();
    const pages = [];
    for (const path of paths) {
      const lhr = await audit(`${baseUrl}${path}`);
      pages.push({ path, figures: pageFigures(lhr) });
      if (timings.has(path)) {
        const template = await audit(templatePage);
        timings.get(path)?.push({ ours: timingFigures(lhr), template: timingFigures(template) });
        files.set(path, { ours: scriptingByFile(lhr), template: scriptingByFile(template) });
      }
    }
    log('\nLighthouse 12.8.2, mobile (its defaults: simulated throttling, 4× CPU slowdown)');
    log('Scores out of 100; CLS on load; failing audits by id (a11y, seo, b-p = best practices)');
    log(formatPagesTable(pages));

    for (let round = 2; round <= rounds; round += 1) {
      for (const path of paired) {
        const ours = await audit(`${baseUrl}${path}`);
        const template = await audit(templatePage);
        timings.get(path)?.push({ ours: timingFigures(ours), template: timingFigures(template) });
        files.set(path, { ours: scriptingByFile(ours), template: scriptingByFile(template) });
      }
    }
    const summaries = paired.map((path) => ({
      path,
      summary: pairedSummary(timings.get(path) ?? []),
    }));
    log(
      `\nPaired with the template's /docs/intro, ${rounds} round(s), each ours then the ` +
        `template: medians ours/template and the ratio. Script eval = mainthread-work-breakdown's ` +
        `scriptEvaluation (ms, simulated: observed × 4)`,
    );
    log(formatPairedTable(summaries));
    const slower = summaries.filter((s) => (s.summary.scriptEvaluationMs.ratio ?? 0) > 1);
    for (const { path } of slower) {
      const last = files.get(path);
      const top = (list) =>
        list
          .slice(0, 3)
          .map((f) => `${f.url.replace(/^https?:\/\/[^/]+/, '')} ${Math.round(f.scriptingMs)} ms`)
          .join(', ');
      log(`  ${path} script eval by file, last round (bootup-time): ${top(last?.ours ?? [])}`);
      log(`    template /docs/intro, same round: ${top(last?.template ?? [])}`);
    }
    if (external.size > 0) {
      throw new Error(`Requests left the local servers: ${[...external].join(', ')}`);
    }
    log('Requests outside the two local servers: none');
    return { pages, paired: summaries };
  } finally {
    chrome.kill();
  }
}
