// npm run bench: what each page costs a reader on a cold visit, side by side
// with a plain Docusaurus site (issue 11). For every page of the existing
// production build (run `npm run build` first) it prints the JavaScript
// executed and the JavaScript only prefetched, raw and gzip, and the ratio of
// executed bytes to the plain template's `/docs/intro`, measured in the same run.
// The template (`create-docusaurus`, classic, TypeScript, same version and pins)
// is built once and cached outside the repository (scripts/template.mjs).
// Then the explorer's click-to-highlight time and the builder's regeneration time.
// Figures only: nothing here passes or fails (e2e/budget.spec.ts asserts budgets).
//
// `npm run bench -- --lighthouse [--rounds=N]` adds Lighthouse's figures
// (scripts/bench-lighthouse.mjs): scores and CLS of every page, and the guide
// steps' and /concepts' timings paired with the template over N rounds (default 3);
// `--lighthouse-only` prints those alone.
//
// Ports: BENCH_PORT (this site, default 3199), BENCH_TEMPLATE_PORT (the template, 3198).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';
import {
  chromiumLaunchOptions,
  GUIDE_PAGE_BUDGET_BYTES,
  GUIDE_PAGE_PREFETCH_BUDGET_BYTES,
  measurePageJs,
  sitemapPaths,
} from './measure.mjs';
import { parseBenchArgs } from './lighthouse.mjs';
import { ensureTemplate } from './template.mjs';

let options;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}

const port = Number(process.env.BENCH_PORT ?? 3199);
const templatePort = Number(process.env.BENCH_TEMPLATE_PORT ?? 3198);
const baseUrl = `http://127.0.0.1:${port}`;
const templateUrl = `http://127.0.0.1:${templatePort}`;

if (!existsSync('build/index.html')) {
  console.error('No production build found: run `npm run build` first.');
  process.exit(1);
}

/** Every page in the built sitemap, as paths (only those of `--pages`, when given). */
async function sitePaths() {
  const all = sitemapPaths(await (await fetch(`${baseUrl}/sitemap.xml`)).text());
  if (!options.pages) return all;
  const missing = options.pages.filter((page) => !all.includes(page));
  if (missing.length > 0) throw new Error(`Not in the sitemap: ${missing.join(', ')}`);
  return options.pages;
}

async function waitForServer(url) {
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The static server did not start on ${url}`);
}

const servers = [];
/** Serves a built site with Docusaurus's static server (the one `npm run serve` uses). */
function serve(siteDir, servePort) {
  const server = spawn(
    'npx',
    ['docusaurus', 'serve', '--port', String(servePort), '--host', '127.0.0.1', '--no-open'],
    { cwd: siteDir, stdio: 'ignore', detached: true },
  );
  servers.push(server);
}
const stopServers = () => {
  for (const server of servers) {
    try {
      process.kill(-server.pid);
    } catch {
      /* already gone */
    }
  }
};
process.on('exit', stopServers);

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

try {
  const templateSite = ensureTemplate();
  serve('.', port);
  serve(templateSite, templatePort);
  await Promise.all([waitForServer(baseUrl), waitForServer(templateUrl)]);
  if (options.bytes) await benchBytes();
  if (options.lighthouse) {
    const { benchLighthouse } = await import('./bench-lighthouse.mjs');
    await benchLighthouse({
      baseUrl,
      templateUrl,
      paths: await sitePaths(),
      rounds: options.rounds,
    });
  }
} finally {
  stopServers();
}

/** The byte figures of every page, then the explorer's and the lookup's timings. */
async function benchBytes() {
  const browser = await chromium.launch(chromiumLaunchOptions());

  const template = await measurePageJs(browser, `${templateUrl}/docs/intro`);
  console.log(`JavaScript per page on a cold visit (Chromium, after hydration and network idle)`);
  console.log(
    `Plain template (create-docusaurus, classic, TypeScript) /docs/intro: executed ` +
      `${kb(template.bytes)} (${kb(template.gzipBytes)} gzip), prefetched ` +
      `${kb(template.prefetched.bytes)} (${kb(template.prefetched.gzipBytes)} gzip)`,
  );
  console.log(
    `Budgets for a guide step (e2e/budget.spec.ts): executed ≤ ${kb(GUIDE_PAGE_BUDGET_BYTES)}, ` +
      `prefetched ≤ ${kb(GUIDE_PAGE_PREFETCH_BUDGET_BYTES)}\n`,
  );
  const header = [
    'page'.padEnd(30),
    'executed'.padStart(10),
    'gzip'.padStart(9),
    '× tmpl'.padStart(7),
    'prefetch'.padStart(10),
    'gzip'.padStart(9),
    'files'.padStart(6),
    'mermaid/tool code'.padStart(18),
  ];
  console.log(header.join(' '));
  for (const path of (await sitePaths()).filter((p) => p !== '/search')) {
    const js = await measurePageJs(browser, `${baseUrl}${path}`);
    const markers = [...js.markers, ...js.prefetched.markers.map((m) => `${m} (prefetch)`)];
    console.log(
      [
        path.padEnd(30),
        kb(js.bytes).padStart(10),
        kb(js.gzipBytes).padStart(9),
        (js.bytes / template.bytes).toFixed(3).padStart(7),
        kb(js.prefetched.bytes).padStart(10),
        kb(js.prefetched.gzipBytes).padStart(9),
        `${js.files}+${js.prefetched.files}`.padStart(6),
        (markers.join(', ') || '-').padStart(18),
      ].join(' '),
    );
  }

  if (existsSync('scripts/bench-explorer.mjs')) {
    const { benchExplorer } = await import('./bench-explorer.mjs');
    const page = await browser.newPage();
    console.log('\nCredential explorer');
    for (const row of await benchExplorer(page, baseUrl)) {
      console.log(`  ${row.name}: ${row.value} ${row.unit}`);
    }
    await page.close();
  }
  if (existsSync('scripts/bench-troubleshooting.mjs')) {
    const { benchTroubleshooting } = await import('./bench-troubleshooting.mjs');
    const page = await browser.newPage();
    console.log('\nTroubleshooting page and error lookup');
    for (const row of await benchTroubleshooting(page, baseUrl)) {
      console.log(`  ${row.name}: ${row.value} ${row.unit}`);
    }
    await page.close();
  }
  await browser.close();
}

if (options.bytes) {
  // Pure-function timings (vitest bench prints its own table): the config builder's regeneration,
  // the error lookup's matcher on a 200-line log.
  console.log('\nPure functions (vitest bench)');
  spawnSync('npx', ['vitest', 'bench', '--run'], { stdio: 'inherit' });
}
process.exit(0);
