import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  gotoInMode,
  gotoSettled,
  waitForSettled,
  watchPage,
  type ColorMode,
} from './helpers';

/**
 * The token planner on /tools/token-planner: choosing features updates the
 * tables, the links carry exactly the expected query, the manifest parses,
 * bad input gets a message and no link, it works from the keyboard, the
 * summary and its create-token button stay in view at 390 px and 1280 px,
 * nothing the reader does before the planner is ready is lost (issue 12), and
 * axe-core finds nothing in light or dark mode at either width.
 */

const path = '/tools/token-planner';
const planner = (page: Page) => page.locator('main');
/** The planner's own form (field messages appear there; the summary may repeat them). */
const form = (page: Page) => page.locator('[data-tool="planner"] form').first();
const fgTable = (page: Page) => page.getByRole('table', { name: 'Fine-grained PAT permissions' });
const appTable = (page: Page) => page.getByRole('table', { name: 'GitHub App permissions' });
const fgLink = (page: Page) => page.getByTestId('fine-grained-link');
const classicLink = (page: Page) => page.getByTestId('classic-link');
const createButton = (page: Page) => page.getByTestId('create-token');
const counts = (page: Page) => page.getByTestId('plan-counts');
const widths = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

/** Fails unless the element is wholly inside the viewport and nothing covers its centre. */
async function expectInViewAndUncovered(locator: Locator): Promise<void> {
  await expect(locator).toBeInViewport({ ratio: 1 });
  const onTop = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    // A disabled button takes no pointer events, so the hit may be an ancestor: still uncovered.
    return hit !== null && (el.contains(hit) || hit.contains(el));
  });
  expect(onTop, 'the element is covered by another one').toBe(true);
}

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
    // The summary's button is the same link; the form is locked and says why.
    await expect(createButton(page)).toHaveAttribute(
      'href',
      (await fgLink(page).getAttribute('href')) ?? '',
    );
    await expect(page.getByLabel('Read catalog files')).toBeDisabled();
    await expect(page.getByText(/It needs JavaScript/)).toBeVisible();
    await expect(page.locator('[data-tool="planner"]')).not.toHaveAttribute('data-tool-ready');
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
    await expect(form(page).getByText(/cannot start or end with a hyphen/)).toBeVisible();
    await expect(owner).toHaveAttribute('aria-invalid', 'true');
    await expect(fgLink(page)).toHaveCount(0);
    await expect(classicLink(page)).toHaveCount(0);
    await owner.fill('octocat');
    await expect(fgLink(page)).toHaveCount(1);

    await page.getByLabel('Expires after (days)').fill('400');
    await expect(form(page).getByText(/from 1 to 366 days/)).toBeVisible();
    await expect(fgLink(page)).toHaveCount(0);
    await page.getByLabel('Expires after (days)').fill('366');
    await expect(fgLink(page)).toHaveCount(1);

    // A pasted token is refused: not kept in the field, not in the address, not in any link.
    const token = `ghp_${'Z9y8X7w6V5u4T3s2R1q0'.repeat(2)}`;
    await page.getByLabel('Token name').fill(token);
    await expect(form(page).getByText(/It was not accepted/)).toBeVisible();
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
    // Tab on to the summary's create button; it must be reachable.
    const link = createButton(page);
    for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(link).toBeFocused();
    const href = new URL((await link.getAttribute('href')) ?? '');
    expect(href.searchParams.get('target_name')).toBe('octo-org');
    expect(href.searchParams.get('contents')).toBe('read');
  });

  for (const size of widths) {
    test(`at ${size.width} px, ticking a feature changes the count with the create button in view`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await gotoSettled(page, path);
      await expect(counts(page)).toHaveText(/^1 fine-grained permission,/);
      // Scroll to the end of the form first, then tick a feature higher up.
      await page.getByLabel('Backstage URL').scrollIntoViewIfNeeded();
      await page.getByLabel('Open pull requests').check();
      await expect(counts(page)).toHaveText(/^2 fine-grained permissions,/);
      await expectInViewAndUncovered(createButton(page));
      const href = await createButton(page).getAttribute('href');
      expect(new URL(href ?? '').searchParams.get('pull_requests')).toBe('write');
      await expect(fgLink(page)).toHaveAttribute('href', href ?? '');

      // Another feature, then the last checkbox of the form.
      await page.getByLabel('Create deployment environments').check();
      await expect(counts(page)).toHaveText(/^4 fine-grained permissions,/);
      await expectInViewAndUncovered(createButton(page));
      await page.getByLabel('Backstage receives GitHub webhooks').check();
      await expectInViewAndUncovered(createButton(page));

      // A plan without a link disables the button and says why, in view.
      await page.getByLabel('Import users and teams').check();
      await expect(createButton(page)).toBeDisabled();
      await expect(page.getByText(/^Members is an organization permission/)).toBeInViewport();
      await expectInViewAndUncovered(createButton(page));
      await page.getByRole('radio', { name: 'An organization' }).check();
      await expect(createButton(page)).toBeDisabled();
      await expect(page.getByText('Fix this field first: Organization name.')).toBeVisible();
      await page.getByLabel('Organization name').fill('octo-org');
      await expect(createButton(page)).toBeEnabled();
      await expect(createButton(page)).toHaveAttribute('href', /target_name=octo-org/);
      await expectInViewAndUncovered(createButton(page));
    });
  }

  test('nothing the reader does before the planner is ready is lost', async ({ page }) => {
    test.slow(); // the page is made slow on purpose
    // A slow page: the CPU runs four times slower, and the site's scripts are held back
    // until the test has tried to use the form.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/js\/.+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`${path}?features=catalog,pullRequests&ownerType=organization&owner=octo-org`, {
      waitUntil: 'commit',
    });
    const root = page.locator('[data-tool="planner"]');
    const discovery = page.getByLabel('Discover repositories in an organization');
    const name = page.getByLabel('Token name');

    // The static HTML: the form is there but locked, and says so. (Parsing a long page on a
    // throttled CPU of a busy machine can take longer than the default five seconds.)
    await expect(discovery).toBeVisible({ timeout: 30_000 });
    await expect(discovery).toBeDisabled();
    await expect(name).toBeDisabled();
    await expect(page.getByText(/The form unlocks once the planner has loaded/)).toBeVisible();
    await expect(root).not.toHaveAttribute('data-tool-ready');
    await discovery.click({ force: true });
    await expect(discovery).not.toBeChecked();

    // Let the scripts through and act the moment each control takes input
    // (check and fill wait until it is enabled), without waiting for the page to settle.
    release();
    await discovery.check();
    await name.fill('Early bird');
    // Hydration on a throttled CPU can take longer than the default five seconds.
    await expect(root).toHaveAttribute('data-tool-ready', 'true', { timeout: 60_000 });
    await waitForSettled(page);

    // Both the address's choices and the reader's are there, on screen and in the address.
    await expect(page.getByLabel('Open pull requests')).toBeChecked();
    await expect(discovery).toBeChecked();
    await expect(name).toHaveValue('Early bird');
    await expect(page.getByLabel('Organization name')).toHaveValue('octo-org');
    await expect(page.getByText(/The form unlocks/)).toHaveCount(0);
    await expect
      .poll(() => new URL(page.url()).searchParams.get('features'))
      .toBe('catalog,discovery,pullRequests');
    expect(new URL(page.url()).searchParams.get('name')).toBe('Early bird');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });

  for (const size of widths) {
    for (const mode of ['light', 'dark'] as ColorMode[]) {
      test(`axe finds no violations at ${size.width} px in ${mode} mode, also with errors shown`, async ({
        page,
      }, info) => {
        test.slow(); // three axe runs over long pages; slow on a loaded machine
        await page.setViewportSize(size);
        await gotoInMode(page, path, mode);
        await page.getByLabel('Open pull requests').check();
        await page.getByLabel('Backstage receives GitHub webhooks').check();
        await expectNoAxeViolations(page, `${path} (${size.width} px, ${mode})`);
        await page.getByLabel('Import users and teams').check();
        await page.getByLabel('Your GitHub username').fill('bad name');
        await page.getByLabel('Expires after (days)').fill('0');
        await expect(
          planner(page)
            .getByText(/from 1 to 366 days/)
            .first(),
        ).toBeVisible();
        await expectNoAxeViolations(page, `${path} with errors (${size.width} px, ${mode})`);
        await page.screenshot({
          path: info.outputPath(`planner-${size.width}-${mode}-errors.png`),
          fullPage: true,
        });

        await gotoInMode(page, '/reference/permissions', mode);
        await expect(page.getByRole('table', { name: /Backstage features/ })).toBeVisible();
        await expectNoAxeViolations(page, `/reference/permissions (${size.width} px, ${mode})`);
      });
    }
  }
});
