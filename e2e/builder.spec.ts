import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateFiles, presetState, type BuilderState } from '../src/lib/configBuilder';
import { zipFolder } from '../src/lib/configBuilder/zip';
import { expectNoAxeViolations, gotoInMode, gotoSettled, watchPage } from './helpers';

/**
 * The app-config builder page (/tools/config-builder): presets, links, secret
 * refusal, values still to fill in, stale output, copy, zip, share links,
 * input before hydration, layout at 390 and 1280 px, keyboard use and
 * accessibility in both colour modes.
 */

const path = '/tools/config-builder';
const origin = 'http://127.0.0.1:' + (process.env.E2E_PORT ?? '3100');
// A made-up value in the shape of a classic PAT (prefix + 36 characters); not a real token.
const fakeToken = 'ghp_' + 'Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8';

const wide = { width: 1280, height: 800 };
const narrow = { width: 390, height: 844 };

/** Titles of the generated code blocks, in order. */
async function fileTitles(page: Page): Promise<string[]> {
  return page
    .locator('[data-file]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-file') ?? ''));
}

function block(page: Page, file: string) {
  return page.locator(`[data-file="${file}"]`);
}

/** The text of a generated file as the page shows it (each line ends in a line feed). */
async function shown(page: Page, file: string): Promise<string> {
  return (await block(page, file).locator('pre code').textContent()) ?? '';
}

function organization(page: Page) {
  return page.getByLabel('Organization', { exact: true });
}

const expectedFiles: Record<string, string[]> = {
  'local-pat': ['app-config.yaml', '.env.example'],
  'sign-in-only': [
    'app-config.yaml',
    '.env.example',
    'packages/backend/src/index.ts',
    'packages/app/src/App.tsx',
  ],
  'org-discovery-pat': [
    'app-config.yaml',
    '.env.example',
    'Terminal',
    'packages/backend/src/index.ts',
    'packages/app/src/App.tsx',
  ],
  'production-app': [
    'app-config.yaml',
    'github-app-backstage-credentials.yaml',
    '.env.example',
    'Terminal',
    'packages/backend/src/index.ts',
    'packages/app/src/App.tsx',
  ],
  ghes: [
    'app-config.yaml',
    '.env.example',
    'Terminal',
    'packages/backend/src/index.ts',
    'packages/app/src/App.tsx',
  ],
};

for (const [preset, files] of Object.entries(expectedFiles)) {
  test(`preset ${preset} produces exactly the generator's files`, async ({ page }) => {
    const problems = watchPage(page, origin);
    await gotoSettled(page, `${path}?preset=${preset}`);
    await expect(page.getByLabel('Start from a preset')).toHaveValue(preset);
    await expect.poll(() => fileTitles(page)).toEqual(files);
    const state = presetState(preset as Parameters<typeof presetState>[0]);
    for (const file of generateFiles(state)) {
      expect(await shown(page, file.path)).toBe(file.content);
    }
    // The link now names the preset in format 2.
    await expect(page).toHaveURL(new RegExp(`\\?v=2&preset=${preset}$`));
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });
}

test('a value typed before hydration is never silently dropped (slow CPU, held scripts)', async ({
  page,
}) => {
  // This test acts before the page settles on purpose, so it opens the page itself.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  // Not domcontentloaded: the page's deferred scripts, held here, run before that event.
  await page.goto(`${path}?v=2&preset=local-pat&tokenVar=FROM_LINK`, { waitUntil: 'commit' });
  // The static HTML holds the default preset (local-pat), whose token variable field is there.
  const field = page.getByLabel('Environment variable that holds the token');
  // The static HTML: the builder is not ready, says so, and its fields take no input.
  await expect(field).toBeVisible();
  await expect(page.locator('[data-tool="builder"]')).not.toHaveAttribute(
    'data-tool-ready',
    'true',
  );
  await expect(page.getByText(/Loading your link/)).toBeVisible();
  await expect(field).toBeDisabled();
  await field.click({ force: true });
  await page.keyboard.type('TYPED_TOO_EARLY');
  await expect(field).not.toHaveValue(/TYPED_TOO_EARLY/);

  // Let the scripts run; fill() types at the first moment the field is editable.
  release();
  await field.fill('TYPED_EARLY');
  await expect(page.locator('[data-tool="builder"]')).toHaveAttribute('data-tool-ready', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  // Whatever was accepted is kept: in the field, in the files and in the link.
  await expect(field).toHaveValue('TYPED_EARLY');
  await expect(block(page, 'app-config.yaml')).toContainText('token: ${TYPED_EARLY}');
  await expect(page).toHaveURL(/tokenVar=TYPED_EARLY/);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('the link reproduces the output (round trip), and old format 1 links still open', async ({
  page,
  context,
}) => {
  await gotoSettled(page, `${path}?preset=org-discovery-pat`);
  await organization(page).fill('yes');
  await page.getByLabel('Catalog file path').fill('a: b #x "é"');
  await expect(block(page, 'app-config.yaml')).toContainText('organization: "yes"');
  await expect(page).toHaveURL(/\?v=2&preset=org-discovery-pat&discovery\.0\.organization=yes&/);
  const url = page.url();
  const yaml = await shown(page, 'app-config.yaml');

  const second = await context.newPage();
  await gotoSettled(second, url);
  await expect(organization(second)).toHaveValue('yes');
  await expect(second.getByLabel('Catalog file path')).toHaveValue('a: b #x "é"');
  expect(await shown(second, 'app-config.yaml')).toBe(yaml);

  // A link the builder wrote before format 2 (commit c2f1782, preset ghes).
  const v1Links = JSON.parse(
    await readFile(join(__dirname, '../src/lib/configBuilder/v1Links.fixture.json'), 'utf8'),
  ) as Record<string, string>;
  const v1 = v1Links.ghes;
  await gotoSettled(second, `${path}?${v1}`);
  await expect(second.getByRole('alert')).toHaveCount(0);
  expect(await shown(second, 'app-config.yaml')).toBe(
    generateFiles(presetState('ghes'))[0]!.content,
  );
});

test('a bad or outdated link shows a message and falls back to a preset', async ({ page }) => {
  const problems = watchPage(page, origin);
  await gotoSettled(page, `${path}?v=1&s=not-a-state`);
  await expect(page.getByRole('alert')).toContainText('damaged or out of date');
  await expect.poll(() => fileTitles(page)).toEqual(expectedFiles['local-pat']);

  await gotoSettled(page, `${path}?v=0&s=e30`);
  await expect(page.getByRole('alert')).toContainText('another (v0) version');

  await gotoSettled(page, `${path}?preset=no-such-preset`);
  await expect(page.getByRole('alert')).toContainText('preset the builder does not have');
  expect(problems.consoleErrors).toEqual([]);
});

test('a pasted token is refused and appears nowhere', async ({ page, context }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));
  await gotoSettled(page, `${path}?preset=org-discovery-pat`);
  const field = page.getByLabel('Environment variable that holds the token');
  await field.fill(fakeToken);

  await expect(
    page.getByText(/It was not accepted: secrets never belong in this form/),
  ).toBeVisible();
  await expect(field).toHaveValue('GITHUB_TOKEN');
  // Also through a real paste (clipboard + Ctrl/Cmd+V) into another field.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), fakeToken);
  const org = organization(page);
  await org.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('ControlOrMeta+v');
  await expect(org).toHaveValue('example-org');
  await expect(page.getByText(/It was not accepted/)).toHaveCount(2);
  await expect(block(page, 'app-config.yaml')).toContainText('organization: example-org');

  const html = await page.content();
  expect(html).not.toContain(fakeToken);
  expect(page.url()).not.toContain(fakeToken);
  expect(decodeURIComponent(page.url())).not.toContain('ghp_');
  const storage = await page.evaluate(
    () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  );
  expect(storage).not.toContain('ghp_');
  expect(requests.join('\n')).not.toContain('ghp_');
});

test('the form never writes its state to storage', async ({ page }) => {
  await gotoSettled(page, `${path}?preset=ghes`);
  await page.getByLabel('Host name').fill('git.acme.dev');
  await expect(block(page, 'app-config.yaml')).toContainText('host: git.acme.dev');
  const storage = await page.evaluate(
    () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  );
  expect(storage).not.toContain('acme');
});

test('example values block copy and download, say why, and typing your own unblocks them', async ({
  page,
}) => {
  await gotoSettled(page, `${path}?preset=ghes`);
  const download = page.getByRole('button', { name: 'Download all files (.zip)' });
  const copy = block(page, 'app-config.yaml').getByRole('button', { name: /^Copy/ });
  await expect(download).toBeDisabled();
  await expect(copy).toBeDisabled();
  // The reason is the buttons' description, and names the example values.
  const reason = page.locator('#cb-blocked');
  await expect(reason).toContainText('example values (github.example.com, example-org)');
  await expect(download).toHaveAttribute('aria-describedby', 'cb-blocked');
  await expect(copy).toHaveAttribute('aria-describedby', 'cb-blocked');
  // Marked in the form and in the files.
  await expect(page.locator('#cb-ghesHost-todo')).toContainText('Still to fill in');
  await expect(page.locator('#cb-discovery-0-organization-todo')).toContainText('Still to fill in');
  await expect(block(page, 'app-config.yaml').locator('mark')).not.toHaveCount(0);
  await expect(block(page, 'app-config.yaml')).toContainText('(still to fill in)');

  await page.getByLabel('Host name').fill('git.acme.dev');
  await expect(download).toBeDisabled();
  await organization(page).fill('acme');
  await expect(download).toBeEnabled();
  await expect(copy).toBeEnabled();
  await expect(reason).toHaveCount(0);
  await expect(block(page, 'app-config.yaml').locator('mark')).toHaveCount(0);
  // One organization field fed discovery and users and teams.
  await expect(block(page, 'app-config.yaml')).toContainText('organization: acme');
  await expect(block(page, 'app-config.yaml')).toContainText('orgs:\n      - acme');
});

test('an invalid field keeps the last files, marked stale, and its problem links to the field', async ({
  page,
}) => {
  await gotoSettled(page, `${path}?preset=org-discovery-pat`);
  const output = page.locator('#cb-output');
  const org = organization(page);
  await org.fill('acme');
  const before = await shown(page, 'app-config.yaml');
  await org.fill('-bad-');
  await expect(org).toHaveAttribute('aria-invalid', 'true');
  expect((await org.getAttribute('aria-describedby')) ?? '').toContain(
    'cb-discovery-0-organization-error',
  );
  await expect(output.getByText('Fix 1 problem: the files shown are out of date.')).toBeVisible();
  await expect(
    page.getByText(/Out of date: these are the files of your last valid form/),
  ).toBeVisible();
  // Not blank: the last valid files, unchanged.
  expect(await shown(page, 'app-config.yaml')).toBe(before);
  await expect(page.getByRole('button', { name: 'Download all files (.zip)' })).toBeDisabled();
  await expect(
    block(page, 'app-config.yaml').getByRole('button', { name: /^Copy/ }),
  ).toBeDisabled();

  await page.getByLabel('Run every (minutes)').first().fill('1.5');
  await expect(output.getByText('Fix 2 problems: the files shown are out of date.')).toBeVisible();
  await expect(page.locator('#cb-discovery-0-frequencyMinutes-error')).toHaveText(
    'Enter a positive whole number of minutes.',
  );
  // The problem links to its field: following it focuses the field.
  await page.getByRole('link', { name: 'Discovery provider 1, organization' }).click();
  await expect(org).toBeFocused();
  await expect(org).toBeInViewport();

  await page.getByRole('button', { name: /^Reset to/ }).click();
  await expect(page.locator('[data-file]')).toHaveCount(5);
  await expect(page.getByText(/Out of date/)).toHaveCount(0);
});

test('copy puts the exact file on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoSettled(page, `${path}?preset=sign-in-only`);
  const app = block(page, 'packages/app/src/App.tsx');
  await app.getByRole('button', { name: 'Copy packages/app/src/App.tsx' }).click();
  await expect(app.getByRole('status')).toHaveText('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const expected = generateFiles(presetState('sign-in-only')).find(
    (f) => f.path === 'packages/app/src/App.tsx',
  );
  expect(copied).toBe(expected?.content);
  // The legacy frontend choice swaps the file for step 4's legacy block.
  await page.getByLabel('Legacy frontend (created with --legacy)').check();
  await expect(app).toContainText('SignInPage: props => (');
});

test('the zip holds every file at its path, byte for byte, without a network request', async ({
  page,
}) => {
  await gotoSettled(page, `${path}?preset=production-app`);
  await organization(page).fill('acme');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download all files (.zip)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('backstage-github-files.zip');
  expect(download.url()).toMatch(/^blob:/);
  const entries = unzipSync(new Uint8Array(await readFile(await download.path())));
  const state: BuilderState = presetState('production-app');
  state.discovery[0]!.organization = 'acme';
  const files = generateFiles(state);
  const expected = Object.fromEntries(
    files.map((f) => [
      `${zipFolder}/${f.path === 'Terminal' ? 'install-commands.sh' : f.path}`,
      f.content,
    ]),
  );
  const got = Object.fromEntries(
    Object.entries(entries)
      .filter(([name]) => !name.endsWith('README.md'))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
  expect(got).toEqual(expected);
  expect(Object.keys(expected)).toContain(`${zipFolder}/packages/backend/src/index.ts`);
  expect(strFromU8(entries[`${zipFolder}/README.md`]!)).toContain('Merge each one');
});

test('copy share link gives a short readable link that reproduces the form', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoSettled(page, `${path}?preset=org-discovery-pat`);
  await organization(page).fill('acme');
  await page.getByLabel('Use a different organization for users and teams').check();
  await page.getByLabel('Organizations').fill('acme, acme-people');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByText('Share link copied.', { exact: false })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(
    `${origin}${path}?v=2&preset=org-discovery-pat&discovery.0.organization=acme&org.separateOrgs=true&org.orgs=acme,acme-people`,
  );
  const files = await fileTitles(page);
  const yaml = await shown(page, 'app-config.yaml');

  const second = await context.newPage();
  await gotoSettled(second, link);
  await expect(organization(second)).toHaveValue('acme');
  await expect(second.getByLabel('Organizations')).toHaveValue('acme, acme-people');
  expect(await fileTitles(second)).toEqual(files);
  expect(await shown(second, 'app-config.yaml')).toBe(yaml);
});

for (const viewport of [wide, narrow]) {
  test(`at ${viewport.width} px an edit at the bottom of the form shows its change in view`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await gotoSettled(page, `${path}?preset=org-discovery-pat`);
    const last = page.getByLabel('Time out after (minutes)').last();
    await last.scrollIntoViewIfNeeded();
    await last.fill('42');
    const line = block(page, 'app-config.yaml').locator('[data-changed="true"]', {
      hasText: 'minutes: 42',
    });
    if (viewport === wide) {
      // Side by side: the output is beside the form, and its changed line is on screen.
      await expect(line).toBeInViewport();
      await expect(last).toBeInViewport();
      // The narrow layout's status bar is not shown beside an output in view.
      await expect(page.locator('[data-status-bar]')).toBeHidden();
    } else {
      // Narrow: the bar at the bottom of the screen shows the change and jumps to the files.
      const bar = page.locator('[data-status-bar]');
      await expect(bar).toBeInViewport();
      await expect(bar).toContainText('Changed in app-config.yaml: minutes: 42');
      await expect(bar).toContainText('still to fill in');
      await bar.getByRole('link', { name: 'Jump to the files' }).click();
      await expect(page.locator('#cb-output')).toBeInViewport();
      await line.scrollIntoViewIfNeeded();
      await expect(line).toBeInViewport();
    }
    // The page never scrolls sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('keyboard only: choose a preset, edit a field, open a why view', async ({ page }) => {
  await gotoSettled(page, path);
  await expect(page).toHaveURL(/\?v=2&preset=local-pat$/);
  const select = page.getByLabel('Start from a preset');
  // Tab from the top of the page to the preset picker.
  for (let i = 0; i < 80 && !(await select.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(select).toBeFocused();
  // A focused select changes with the arrow keys; ghes is the fifth preset.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('ghes');
  await page.keyboard.press('Tab'); // Reset
  await page.keyboard.press('Tab'); // github.com radio group
  await page.keyboard.press('Tab'); // Host name
  await expect(page.getByLabel('Host name')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('git.acme.dev');
  await expect(block(page, 'app-config.yaml')).toContainText(
    'apiBaseUrl: https://git.acme.dev/api/v3',
  );

  const why = page.getByText('Why app-config.yaml?');
  await why.focus();
  await page.keyboard.press('Enter');
  const link = block(page, 'app-config.yaml').getByRole('link', {
    name: /step 3: Give the token to Backstage/,
  });
  await expect(link).toBeVisible();
});

for (const viewport of [wide, narrow]) {
  for (const mode of ['light', 'dark'] as const) {
    test(`axe at ${viewport.width} px in ${mode} mode: values to fill in, then a stale output`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await gotoInMode(page, `${path}?preset=production-app`, mode);
      await expect(block(page, 'app-config.yaml')).toBeVisible();
      await page.getByText('Why app-config.yaml?').click();
      await expectNoAxeViolations(page, `config builder, ${viewport.width} px (${mode})`);

      await organization(page).fill('acme');
      await page.getByLabel('Short name').fill('Not Valid');
      await expect(page.locator('#cb-output').getByText(/Fix 1 problem/)).toBeVisible();
      await expectNoAxeViolations(
        page,
        `config builder with errors, ${viewport.width} px (${mode})`,
      );
    });
  }
}

test('embedded in a guide step: collapsed until opened, no link syncing', async ({ page }) => {
  await gotoSettled(page, '/guide/give-token-to-backstage');
  const open = page.getByRole('button', { name: 'Open the builder here' });
  await expect(page.locator('[data-file]')).toHaveCount(0);
  await open.click();
  await expect.poll(() => fileTitles(page)).toEqual(expectedFiles['local-pat']);
  await expect(page.locator('[data-tool="builder"]')).toHaveAttribute('data-tool-ready', 'true');
  // Embedded mode leaves the guide page's URL alone.
  expect(page.url()).not.toContain('v=');
});
