// npm run bench: prints what each page costs on a cold visit (JavaScript bytes),
// the explorer's click-to-highlight time and the config builder's generation
// time. It measures the existing production build (run `npm run build` first).
// Figures only: nothing here passes or fails.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';
import {
  chromiumLaunchOptions,
  GUIDE_PAGE_BUDGET_BYTES,
  measurePageJs,
  PLAIN_DOCS_PAGE_BYTES,
} from './measure.mjs';

const port = Number(process.env.BENCH_PORT ?? 3199);
const baseUrl = `http://127.0.0.1:${port}`;

if (!existsSync('build/index.html')) {
  console.error('No production build found: run `npm run build` first.');
  process.exit(1);
}

/** Every page in the built sitemap, as paths. */
async function sitePaths() {
  const xml = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]).pathname)
    .filter((p) => p !== '/search');
}

async function waitForServer() {
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(baseUrl)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The static server did not start on ${baseUrl}`);
}

const server = spawn(
  'npx',
  ['docusaurus', 'serve', '--port', String(port), '--host', '127.0.0.1', '--no-open'],
  { stdio: 'ignore', detached: true },
);
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
process.on('exit', stopServer);

try {
  await waitForServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

  console.log(`JavaScript loaded on a cold visit (uncompressed), ${baseUrl}`);
  console.log(
    `Reference: a plain Docusaurus 3.10 docs page ≈ ${kb(PLAIN_DOCS_PAGE_BYTES)}; ` +
      `budget for a guide page without a diagram: ${kb(GUIDE_PAGE_BUDGET_BYTES)}\n`,
  );
  console.log(
    ['page'.padEnd(36), 'JS bytes'.padStart(11), 'files'.padStart(6), 'mermaid'.padStart(8)].join(
      ' ',
    ),
  );
  for (const path of await sitePaths()) {
    const { bytes, files, mermaid } = await measurePageJs(browser, `${baseUrl}${path}`);
    console.log(
      [
        path.padEnd(36),
        kb(bytes).padStart(11),
        String(files).padStart(6),
        (mermaid ? 'yes' : 'no').padStart(8),
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
} finally {
  stopServer();
}

// Pure-function timings (vitest bench prints its own table): the config builder's regeneration,
// the error lookup's matcher on a 200-line log.
console.log('\nPure functions (vitest bench)');
spawnSync('npx', ['vitest', 'bench', '--run'], { stdio: 'inherit' });
process.exit(0);
