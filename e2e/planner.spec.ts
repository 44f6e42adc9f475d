import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, gotoInMode, watchPage, type ColorMode } from './helpers';

/**
 * The token planner on /tools/token-planner: choosing features updates the
 * tables, the links carry exactly the expected query, the manifest parses,
 * bad input gets a message and no link, it works from the keyboard, and
 * axe-core finds nothing in light or dark mode.
 */

const path = '/tools/token-planner';
const planner = (page: Page) => page.locator('main');
const fgTable = (page: Page) => page.getByRole('table', { name: 'Fine-grained PAT permissions' });
const appTable = (page: Page) => page.getByRole('table', { name: 'GitHub App permissions' });
const fgLink = (page: Page) => page.getByTestId('fine-grained-link');
const classicLink = (page: Page) => page.getByTestId('classic-link');

/** `name=level` of each row of a permission table, in order. */
async function rows(table: ReturnType<typeof fgTable>): Promise<string[]> {
  return table
    .locator('tbody tr[data-permission]')
    .evaluateAll((trs) =>
      trs.map((tr) => `${tr.getAttribute('data-permission')}=${tr.getAttribute('data-level')}`),
    );
}

async function manifestFromPage(page: Page): Promise<unknown> {
  const block = page
    .locator('.theme-code-block')
    .filter({ has: page.getByText('github-app-manifest.json', { exact: true }) });
  const text = await block.locator('pre').innerText();
  return JSON.parse(text) as unknown;
}

test.describe('token planner', () => {
  test('starts with reading catalog files and renders without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(fgTable(page)).toBeVisible();
    expect(await rows(fgTable(page))).toEqual(['metadata=read', 'contents=read']);
    await expect(fgLink(page)).toHaveAttribute(
      'href',
      /^https:\/\/github\.com\/settings\/personal-access-tokens\/new\?/,
    );
    await context.close();
  });

  test('choosing features updates the tables and the page address', async ({ page, baseURL }) => {
    const problems = watchPage(page, new URL(baseURL ?? '').origin);
    await gotoInMode(page, path, 'light');
    await page.getByLabel('Open pull requests').check();
    expect(await rows(fgTable(page))).toEqual([
      'metadata=read',
      'contents=write',
      'pull_requests=write',
    ]);
    await page.getByLabel('Import users and teams').check();
    // A personal owner cannot hold organization permissions: message, no fine-grained link.
    await expect(planner(page).getByText(/gives organization permissions only/)).toBeVisible();
    await expect(fgLink(page)).toHaveCount(0);
    await expect(classicLink(page)).toHaveCount(1);
    await page.getByRole('radio', { name: 'An organization' }).check();
    await page.getByLabel('Organization name').fill('octo-org');
    await expect(fgLink(page)).toHaveCount(1);
    expect(await rows(fgTable(page))).toEqual([
      'metadata=read',
      'contents=write',
      'pull_requests=write',
      'members=read',
    ]);
    expect(await rows(appTable(page))).toEqual([
      'metadata=read',
      'contents=write',
      'pull_requests=write',
      'members=read',
    ]);
    await page.getByRole('radio', { name: 'Public repositories only' }).check();
    await page.getByLabel('Read catalog files').uncheck();
    await page.getByLabel('Open pull requests').uncheck();
    expect(await rows(fgTable(page))).toEqual(['members=read']);

    // The address now reproduces the choices.
    const url = new URL(page.url());
    expect(url.searchParams.get('features')).toBe('orgData');
    expect(url.searchParams.get('ownerType')).toBe('organization');
    expect(url.searchParams.get('owner')).toBe('octo-org');
    await page.reload();
    await expect(page.getByLabel('Import users and teams')).toBeChecked();
    await expect(page.getByLabel('Read catalog files')).not.toBeChecked();
    await expect(page.getByLabel('Organization name')).toHaveValue('octo-org');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });

  test('the links carry exactly the expected query parameters', async ({ page }) => {
    await gotoInMode(page, path, 'light');
    await page.getByLabel('Create repositories from templates').check();
    await page.getByLabel('Commit GitHub Actions workflow files').check();
    await page.getByRole('radio', { name: 'An organization' }).check();
    await page.getByLabel('Organization name').fill('octo-org');
    await page.getByLabel('Expires after (days)').fill('30');
    await page.getByLabel('Token name').fill('Backstage templates');

    const fg = new URL((await fgLink(page).getAttribute('href')) ?? '');
    expect(fg.origin + fg.pathname).toBe('https://github.com/settings/personal-access-tokens/new');
    expect([...fg.searchParams]).toEqual([
      ['name', 'Backstage templates'],
      [
        'description',
        'Backstage: read catalog files, create repositories from templates, commit GitHub Actions workflow files',
      ],
      ['target_name', 'octo-org'],
      ['expires_in', '30'],
      ['administration', 'write'],
      ['contents', 'write'],
      ['statuses', 'read'],
      ['workflows', 'write'],
    ]);

    const classic = new URL((await classicLink(page).getAttribute('href')) ?? '');
    expect(classic.origin + classic.pathname).toBe('https://github.com/settings/tokens/new');
    expect([...classic.searchParams]).toEqual([
      ['scopes', 'repo,workflow'],
      ['description', 'Backstage templates'],
    ]);
    await expect(planner(page).getByText(/undocumented but widely used/)).toBeVisible();

    await page.getByLabel('No expiration').check();
    const none = new URL((await fgLink(page).getAttribute('href')) ?? '');
    expect(none.searchParams.get('expires_in')).toBe('none');
    await expect(planner(page).getByText(/token without expiration is refused/)).toBeVisible();
  });

  test('the manifest JSON parses and matches the App table', async ({ page }) => {
    await gotoInMode(page, path, 'light');
    await page.getByLabel('Discover repositories in an organization').check();
    await page.getByLabel('Set repository variables').check();
    await page.getByLabel('Backstage receives GitHub webhooks').check();
    await page.getByLabel('Backstage URL').fill('https://portal.example.com');
    const manifest = await manifestFromPage(page);
    expect(manifest).toEqual({
      name: 'Backstage',
      url: 'https://portal.example.com',
      hook_attributes: { url: 'https://portal.example.com/api/events/http/github', active: true },
      public: false,
      default_permissions: { metadata: 'read', contents: 'read' },
      default_events: ['push', 'repository'],
    });
    expect(await rows(appTable(page))).toEqual(['metadata=read', 'contents=read']);
    await expect(appTable(page).getByText('Variables (set by hand)')).toBeVisible();
    await expect(page.locator('input[name="manifest"]')).toHaveValue(
      JSON.stringify(manifest, null, 2),
    );
  });

  test('bad input gets a clear message and no link', async ({ page }) => {
    await gotoInMode(page, path, 'light');
    const owner = page.getByLabel('Your GitHub username');
    await owner.fill('-octocat');
    await expect(planner(page).getByText(/cannot start or end with a hyphen/)).toBeVisible();
    await expect(owner).toHaveAttribute('aria-invalid', 'true');
    await expect(fgLink(page)).toHaveCount(0);
    await expect(classicLink(page)).toHaveCount(0);
    await owner.fill('octocat');
    await expect(fgLink(page)).toHaveCount(1);

    await page.getByLabel('Expires after (days)').fill('400');
    await expect(planner(page).getByText(/from 1 to 366 days/)).toBeVisible();
    await expect(fgLink(page)).toHaveCount(0);
    await page.getByLabel('Expires after (days)').fill('366');
    await expect(fgLink(page)).toHaveCount(1);

    // A pasted token is refused: not kept in the field, not in the address, not in any link.
    const token = `ghp_${'Z9y8X7w6V5u4T3s2R1q0'.repeat(2)}`;
    await page.getByLabel('Token name').fill(token);
    await expect(planner(page).getByText(/It was not accepted/)).toBeVisible();
    await expect(page.getByLabel('Token name')).not.toHaveValue(token);
    expect(page.url()).not.toContain(token);
    expect(await page.content()).not.toContain(token);

    await page.getByLabel('GitHub host').fill('github.example.net');
    await expect(fgLink(page)).toHaveCount(0);
    await expect(
      planner(page).getByText(/github\.example\.net\/settings\/personal-access-tokens\/new/),
    ).toBeVisible();
  });

  test('works with the keyboard only', async ({ page }) => {
    await gotoInMode(page, path, 'light');
    const first = page.getByLabel('Read catalog files');
    // Tab from the top of the page until the first checkbox has focus.
    for (let i = 0; i < 80 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(first).toBeFocused();
    await page.keyboard.press('Space'); // untick reading
    await page.keyboard.press('Tab'); // wildcard paths
    await page.keyboard.press('Tab'); // discovery
    await page.keyboard.press('Space');
    await expect(page.getByLabel('Discover repositories in an organization')).toBeChecked();
    await expect(first).not.toBeChecked();
    // Move on to the owner radios and choose "An organization" with an arrow key.
    const personal = page.getByRole('radio', { name: 'My personal account' });
    for (
      let i = 0;
      i < 30 && !(await personal.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(personal).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'An organization' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Organization name')).toBeFocused();
    await page.keyboard.type('octo-org');
    // Tab on to the link; it must be reachable.
    const link = fgLink(page);
    for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(link).toBeFocused();
    const href = new URL((await link.getAttribute('href')) ?? '');
    expect(href.searchParams.get('target_name')).toBe('octo-org');
    expect(href.searchParams.get('contents')).toBe('read');
  });

  for (const mode of ['light', 'dark'] as ColorMode[]) {
    test(`axe finds no violations in ${mode} mode, with errors shown`, async ({ page }, info) => {
      await gotoInMode(page, path, mode);
      await page.getByLabel('Import users and teams').check();
      await page.getByLabel('Backstage receives GitHub webhooks').check();
      await expectNoAxeViolations(page, `${path} (${mode})`);
      await page.screenshot({ path: info.outputPath(`planner-${mode}.png`), fullPage: true });
      await page.getByLabel('Your GitHub username').fill('bad name');
      await page.getByLabel('Expires after (days)').fill('0');
      await expect(planner(page).getByText(/from 1 to 366 days/)).toBeVisible();
      await expectNoAxeViolations(page, `${path} with errors (${mode})`);
      await page.screenshot({
        path: info.outputPath(`planner-${mode}-errors.png`),
        fullPage: true,
      });
    });
  }

  test('the permissions matrix is clean in light and dark mode', async ({ page }) => {
    for (const mode of ['light', 'dark'] as ColorMode[]) {
      await gotoInMode(page, '/reference/permissions', mode);
      await expect(page.getByRole('table', { name: /Backstage features/ })).toBeVisible();
      await expectNoAxeViolations(page, `/reference/permissions (${mode})`);
    }
  });
});
