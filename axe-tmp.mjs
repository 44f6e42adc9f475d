import { chromium } from 'playwright';
import AxeBuilder from '@axe-core/playwright';
const css = process.argv[2] ?? '';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const mode of ['light', 'dark']) {
  const ctx = await browser.newContext({ colorScheme: mode });
  const page = await ctx.newPage();
  await page.addInitScript((m) => localStorage.setItem('theme', m), mode);
  for (const url of ['/tools/credential-explorer', '/tools/credential-explorer?path=backend,catalog,github-com,no-app,pat', '/concepts?path=backend']) {
    await page.goto('http://127.0.0.1:3104' + url);
    await page.waitForSelector('[data-diagram-ready="true"] svg');
    if (css) await page.addStyleTag({ content: css });
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    console.log(mode, url, r.violations.map((v) => `${v.id}: ${v.nodes.length} ${v.nodes.slice(0,3).map(n=>n.target.join(' ')+' | '+(n.any[0]?.message??'')).join(' || ')}`));
  }
  await ctx.close();
}
await browser.close();
