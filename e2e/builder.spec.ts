import { expect, test, type Page } from '@playwright/test';
import { generateFiles, presetState } from '../src/lib/configBuilder';
import { expectNoAxeViolations, gotoInMode, gotoSettled, watchPage } from './helpers';

/**
 * The app-config builder page (/tools/config-builder): presets, URL state,
 * secret refusal, copy, keyboard use and accessibility in both colour modes.
 */

const path = '/tools/config-builder';
// A made-up value in the shape of a classic PAT (prefix + 36 characters); not a real token.
const fakeToken = 'ghp_' + 'Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8';

/** Titles of the generated code blocks, in order. */
async function fileTitles(page: Page): Promise<string[]> {
  return page
    .locator('[data-file]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-file') ?? ''));
}

function block(page: Page, file: string) {
  return page.locator(`[data-file="${file}"]`);
}

const expectedFiles: Record<string, string[]> = {
  'local-pat': ['app-config.yaml', '.env.example'],
  'sign-in-only': [
    'app-config.yaml',
    '.env.example',
    'Terminal',
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

const expectedSnippets: Record<string, string[]> = {
  'local-pat': ['token: ${GITHUB_TOKEN}'],
  'sign-in-only': ['resolver: userIdMatchingUserEntityAnnotation'],
  'org-discovery-pat': ['organization: example-org', 'githubOrg:'],
  'production-app': ['$include: github-app-backstage-credentials.yaml', 'useVerifiedEmails: true'],
  ghes: [
    'apiBaseUrl: https://github.example.com/api/v3',
    'enterpriseInstanceUrl: https://github.example.com',
  ],
};

for (const [preset, files] of Object.entries(expectedFiles)) {
  test(`preset ${preset} produces its files`, async ({ page }) => {
    const problems = watchPage(page, 'http://127.0.0.1:' + (process.env.E2E_PORT ?? '3100'));
    await gotoSettled(page, `${path}?preset=${preset}`);
    await expect(page.getByLabel('Start from a preset')).toHaveValue(preset);
    await expect.poll(() => fileTitles(page)).toEqual(files);
    for (const snippet of expectedSnippets[preset] ?? []) {
      await expect(block(page, 'app-config.yaml')).toContainText(snippet);
    }
    // The link now holds the whole state.
    await expect(page).toHaveURL(/\?v=1&s=/);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });
}

test('the URL reproduces the output (round trip)', async ({ page, context }) => {
  await gotoSettled(page, `${path}?preset=org-discovery-pat`);
  const org = page.getByLabel('Organization', { exact: true });
  await org.fill('yes');
  await page.getByLabel('Catalog file path').fill('a: b #x "é"');
  await expect(block(page, 'app-config.yaml')).toContainText('organization: "yes"');
  await expect(page).toHaveURL(/\?v=1&s=/);
  const url = page.url();
  const yaml = await block(page, 'app-config.yaml').locator('pre').innerText();

  const second = await context.newPage();
  await gotoSettled(second, url);
  await expect(second.getByLabel('Organization', { exact: true })).toHaveValue('yes');
  await expect(second.getByLabel('Catalog file path')).toHaveValue('a: b #x "é"');
  await expect(block(second, 'app-config.yaml')).toContainText('organization: "yes"');
  expect(await block(second, 'app-config.yaml').locator('pre').innerText()).toBe(yaml);
});

test('a bad or outdated link shows a message and falls back to a preset', async ({ page }) => {
  const problems = watchPage(page, 'http://127.0.0.1:' + (process.env.E2E_PORT ?? '3100'));
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
  const org = page.getByLabel('Organization', { exact: true });
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
  await page.getByLabel('Host name').fill('git.example.org');
  await expect(block(page, 'app-config.yaml')).toContainText('host: git.example.org');
  const storage = await page.evaluate(
    () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  );
  expect(storage).not.toContain('example');
});

test('an invalid form hides the files and says how many problems to fix', async ({ page }) => {
  await gotoSettled(page, `${path}?preset=org-discovery-pat`);
  const org = page.getByLabel('Organization', { exact: true });
  await org.fill('-bad-');
  await expect(org).toHaveAttribute('aria-invalid', 'true');
  const errorId = (await org.getAttribute('aria-describedby')) ?? '';
  expect(errorId).toContain('-error');
  await expect(page.getByText('Fix 1 problem to copy the files.')).toBeVisible();
  await expect(page.locator('[data-file]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /copy/i })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Download all files/ })).toBeDisabled();

  await page.getByLabel('Run every (minutes)').first().fill('1.5');
  await expect(page.getByText('Fix 2 problems to copy the files.')).toBeVisible();
  await expect(page.locator('#cb-discovery-0-frequencyMinutes-error')).toHaveText(
    'Enter a positive whole number of minutes.',
  );

  await page.getByRole('button', { name: /^Reset to/ }).click();
  await expect(page.locator('[data-file]')).toHaveCount(5);
});

test('copy puts the exact file on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoSettled(page, `${path}?preset=ghes`);
  const config = block(page, 'app-config.yaml');
  await expect(config).toBeVisible();
  await config.hover();
  await config.getByRole('button', { name: /copy/i }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // Exactly what the generator produces for this preset.
  const expected = generateFiles(presetState('ghes')).find((f) => f.path === 'app-config.yaml');
  expect(copied.trim()).toBe(expected?.content.trim());
  expect(copied).toContain('apiBaseUrl: https://github.example.com/api/v3');
});

test('download offers the files as one text file without a network request', async ({ page }) => {
  await gotoSettled(page, `${path}?preset=production-app`);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download all files (one text file)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('backstage-github-files.txt');
  expect(download.url()).toMatch(/^blob:/);
});

test('keyboard only: choose a preset, edit a field, open a why view', async ({ page }) => {
  await gotoSettled(page, path);
  await expect(page).toHaveURL(/\?v=1&s=/);
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
  await page.keyboard.type('git.example.org');
  await expect(block(page, 'app-config.yaml')).toContainText(
    'apiBaseUrl: https://git.example.org/api/v3',
  );

  const why = page.getByText('Why app-config.yaml?');
  await why.focus();
  await page.keyboard.press('Enter');
  const link = block(page, 'app-config.yaml').getByRole('link', {
    name: /step 3: Give the token to Backstage/,
  });
  await expect(link).toBeVisible();
});

for (const mode of ['light', 'dark'] as const) {
  test(`axe: no violations in ${mode} mode, valid and invalid form`, async ({ page }) => {
    await gotoInMode(page, `${path}?preset=production-app`, mode);
    await expect(block(page, 'app-config.yaml')).toBeVisible();
    await page.getByText('Why app-config.yaml?').click();
    await expectNoAxeViolations(page, `config builder (${mode})`);

    await page.getByLabel('Short name').fill('Not Valid');
    await expect(page.getByText(/Fix 1 problem/)).toBeVisible();
    await expectNoAxeViolations(page, `config builder with errors (${mode})`);
  });
}

test('embedded in a guide step: collapsed until opened', async ({ page }) => {
  await gotoSettled(page, '/guide/give-token-to-backstage');
  const open = page.getByRole('button', { name: 'Open the builder here' });
  await expect(page.locator('[data-file]')).toHaveCount(0);
  await open.click();
  await expect.poll(() => fileTitles(page)).toEqual(expectedFiles['local-pat']);
  // Embedded mode leaves the guide page's URL alone.
  expect(page.url()).not.toContain('s=');
});
