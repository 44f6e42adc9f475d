import { expect, test, type Page } from '@playwright/test';
import { guideSteps } from '../src/data/guideSteps';
import { placeholderNames } from '../src/lib/yourSetup/substitute';
import { setupStorageKey } from '../src/lib/yourSetup/record';
import { expectNoAxeViolations, gotoInMode, gotoSettled, type ColorMode } from './helpers';

/**
 * "Your setup": the navbar chip and its editor, the guide's setup code blocks
 * and links, the hand-over from the builder, secret refusal, reset, the
 * static (no-JavaScript) page and accessibility at 390 and 1280 px.
 */

const wide = { width: 1280, height: 800 };
const narrow = { width: 390, height: 844 };
// A made-up value in the shape of a classic PAT (prefix + 36 characters); not a real token.
const fakeToken = 'ghp_' + 'Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8';
const path = (n: number) => guideSteps[n - 1]!.path;

/**
 * The chip that is on screen: in the navbar, or in the phone menu (opened
 * first; on a docs page the menu opens on the docs sidebar, and the navbar's
 * items are one "Back to main menu" away).
 */
async function chip(page: Page) {
  const visible = page.locator('[data-your-setup-chip]:visible');
  if ((await visible.count()) === 0) {
    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    const back = page.getByRole('button', { name: /Back to main menu/ });
    if (await back.isVisible()) await back.click();
  }
  await expect(visible).toHaveCount(1);
  return visible;
}

async function openEditor(page: Page) {
  await (await chip(page)).click();
  const dialog = page.getByRole('dialog', { name: 'Your setup' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('data-tool-ready', 'true');
  return dialog;
}

/** A code block of the page, found by a line it holds. */
function codeBlock(page: Page, text: string) {
  return page.locator('.theme-code-block').filter({ hasText: text }).first();
}

async function stored(page: Page): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }),
  );
}

test('values set in the editor appear in steps 2, 3, 6 and 7, and copy copies them', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize(wide);
  await gotoSettled(page, path(3));
  await expect(codeBlock(page, 'integrations:')).toContainText('host: github.com');
  const dialog = await openEditor(page);
  await dialog.getByLabel('GitHub host').fill('ghe.acme.dev');
  await dialog.getByLabel('Organization').fill('acme-corp');
  await dialog.getByLabel('Token variable').fill('ACME_GITHUB_TOKEN');
  await dialog.getByLabel('Discovery provider id').fill('acmeRepos');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByRole('status')).toContainText('acme-corp on ghe.acme.dev');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(await chip(page)).toHaveText('Your setup: acme-corp on ghe.acme.dev');

  const config = codeBlock(page, 'integrations:');
  await expect(config).toContainText('host: ghe.acme.dev');
  await expect(config).toContainText('token: ${ACME_GITHUB_TOKEN}');
  await expect(codeBlock(page, 'curl -sI')).toContainText(
    'Bearer $ACME_GITHUB_TOKEN" https://ghe.acme.dev/api/v3/user',
  );
  await config.hover();
  await config.getByRole('button', { name: /copy/i }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(
    'integrations:\n  github:\n    - host: ghe.acme.dev\n      token: ${ACME_GITHUB_TOKEN}',
  );

  await gotoSettled(page, path(2));
  await expect(
    page.getByRole('link', { name: 'https://ghe.acme.dev/settings/personal-access-tokens/new' }),
  ).toHaveAttribute('href', 'https://ghe.acme.dev/settings/personal-access-tokens/new');
  await expect(codeBlock(page, 'personal-access-tokens/new?')).toContainText(
    'https://ghe.acme.dev/settings/personal-access-tokens/new?name=Backstage+catalog&target_name=acme-corp&',
  );

  await gotoSettled(page, path(6));
  const discovery = codeBlock(page, 'catalogPath');
  await expect(discovery).toContainText('acmeRepos:');
  await expect(discovery).toContainText('organization: acme-corp');

  await gotoSettled(page, path(7));
  await expect(codeBlock(page, 'githubOrg:')).toContainText(
    "githubUrl: https://ghe.acme.dev\n      orgs: ['acme-corp']",
  );
  expect(
    JSON.parse(await page.evaluate((k) => localStorage.getItem(k) ?? 'null', setupStorageKey)),
  ).toEqual({
    v: 1,
    values: {
      host: 'ghe.acme.dev',
      org: 'acme-corp',
      tokenVar: 'ACME_GITHUB_TOKEN',
      providerId: 'acmeRepos',
    },
  });
});

test("the builder's organization, once the form is valid, is handed to steps 6 and 7", async ({
  page,
}) => {
  await page.setViewportSize(wide);
  await gotoSettled(page, '/tools/config-builder?preset=org-discovery-pat');
  const handover = page.getByRole('button', { name: 'Use these values across the guide' });
  await page.getByLabel('Organization', { exact: true }).fill('-bad-');
  await expect(handover).toBeDisabled();
  await page.getByLabel('Organization', { exact: true }).fill('acme-corp');
  await expect(handover).toBeEnabled();
  await handover.click();
  await expect(page.locator('[data-your-setup-handover]').getByRole('status')).toContainText(
    'now use acme-corp on github.com',
  );

  await gotoSettled(page, path(6));
  await expect(codeBlock(page, 'catalogPath')).toContainText('organization: acme-corp');
  await gotoSettled(page, path(7));
  await expect(codeBlock(page, 'githubOrg:')).toContainText("orgs: ['acme-corp']");
  await gotoSettled(page, path(9));
  await expect(codeBlock(page, 'create-github-app')).toContainText('create-github-app acme-corp');
});

test('a token-shaped value is refused and stored nowhere; reset restores the defaults', async ({
  page,
}) => {
  await page.setViewportSize(narrow);
  await gotoSettled(page, path(6));
  let dialog = await openEditor(page);
  const org = dialog.getByLabel('Organization');
  await org.fill('acme-corp');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByRole('status')).toContainText('Applied');

  await org.fill(fakeToken);
  await expect(org).toHaveValue('');
  await expect(org).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/It was not accepted/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'Nothing was applied: correct the fields marked above.',
  );
  expect(await stored(page)).not.toContain('ghp_');
  expect(page.url()).not.toContain('ghp_');
  expect(JSON.stringify(await page.context().cookies())).not.toContain('ghp_');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(codeBlock(page, 'catalogPath')).toContainText('organization: acme-corp');

  dialog = await openEditor(page);
  await dialog.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(dialog.getByLabel('Organization')).toHaveValue('my-org');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(codeBlock(page, 'catalogPath')).toContainText('organization: my-org');
  await expect(await chip(page)).toHaveText('Your setup: Default values');
  expect(await page.evaluate((k) => localStorage.getItem(k), setupStorageKey)).toBeNull();
});

test('junk in storage falls back to the defaults; another tab’s change applies', async ({
  page,
  context,
}) => {
  await page.setViewportSize(wide);
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key!, value!),
    [setupStorageKey, '{"v":1,"values":{"org":"true","host":"https://x"}}'],
  );
  await gotoSettled(page, path(3));
  await expect(codeBlock(page, 'integrations:')).toContainText('host: github.com');
  const other = await context.newPage();
  await gotoSettled(other, path(3));
  await other.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [setupStorageKey, '{"v":1,"values":{"host":"git.acme.dev"}}'],
  );
  // The first tab hears of it through the storage event.
  await expect(codeBlock(page, 'integrations:')).toContainText('host: git.acme.dev');
});

test('without JavaScript, the pages show the default values and no placeholder', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path(3));
  await expect(codeBlock(page, 'integrations:')).toContainText(
    'host: github.com\n      token: ${GITHUB_TOKEN}',
  );
  await expect(page.locator('[data-your-setup-chip]').first()).toHaveText(
    'Your setup: Default values',
  );
  await context.close();
  const placeholder = new RegExp(`\\{\\{(?:${placeholderNames.join('|')})\\}\\}`);
  for (const route of [...guideSteps.map((s) => s.path), '/concepts']) {
    const html = await (await request.get(route)).text();
    expect(html, route).not.toMatch(placeholder);
  }
});

test('the chip opens the editor from the keyboard and gives focus back', async ({ page }) => {
  await page.setViewportSize(wide);
  await gotoSettled(page, path(3));
  const button = await chip(page);
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Your setup' });
  await expect(dialog.getByLabel('GitHub host')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

for (const mode of ['light', 'dark'] as ColorMode[]) {
  for (const viewport of [narrow, wide]) {
    test(`the editor has no axe violations (${mode}, ${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await gotoInMode(page, path(3), mode);
      const dialog = await openEditor(page);
      await dialog.getByLabel('Organization').fill('-bad-');
      await dialog.getByRole('button', { name: 'Apply' }).click();
      await expect(dialog.getByLabel('Organization')).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page, `your setup editor, ${mode}, ${viewport.width} px`);
    });
  }
}
