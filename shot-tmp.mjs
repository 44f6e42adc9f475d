import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const mode of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e));
  await page.addInitScript((m) => localStorage.setItem('theme', m), mode);
  await page.goto('http://127.0.0.1:3104/tools/credential-explorer?path=backend,catalog,github-com,app-listed');
  await page.waitForSelector('[data-diagram-ready="true"] svg');
  await page.click('button[data-answer="not-installed"]');
  const info = await page.evaluate(() => ({
    url: location.search,
    path: [...document.querySelectorAll('[data-path="true"]')].map((e) => e.tagName + ':' + (e.id || e.getAttribute('data-id'))),
    current: [...document.querySelectorAll('[data-current="true"]')].map((e) => e.id),
    focus: document.activeElement?.textContent,
  }));
  console.log(JSON.stringify(info));
  await page.screenshot({ path: `/tmp/x/top-${mode}.png` });
  await page.locator('figure').screenshot({ path: `/tmp/x/diagram-${mode}.png` });
  await page.close();
}
await browser.close();
