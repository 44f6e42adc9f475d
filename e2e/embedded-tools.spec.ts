import { expect, test, type Locator, type Page } from '@playwright/test';
import { type ColorMode, expectNoAxeViolations, gotoInMode, gotoSettled } from './helpers';

/**
 * The tools embedded in guide steps load on demand: closed, the step carries
 * only a panel with a link to the tool's page; opened, the tool works in place
 * and stays accessible.
 */

interface Embed {
  path: string;
  open: string;
  ready: (page: Page) => Locator;
  /** What to try once the tool is open, to show it works in place. */
  use?: (page: Page) => Promise<void>;
}

const embeds: Embed[] = [
  {
    path: '/guide/create-token',
    open: 'Open the planner here',
    ready: (page) => page.getByRole('group', { name: /what will backstage do/i }).first(),
    // Mounted after hydration, the planner is ready and works in place: a tick changes its count.
    use: async (page) => {
      await expect(page.locator('[data-tool="planner"]')).toHaveAttribute(
        'data-tool-ready',
        'true',
      );
      const counts = page.getByTestId('plan-counts');
      await expect(counts).toHaveText(/^1 fine-grained permission,/);
      await page.getByLabel('Open pull requests').check();
      await expect(counts).toHaveText(/^2 fine-grained permissions,/);
      await expect(page.getByTestId('create-token')).toHaveAttribute('href', /pull_requests=write/);
    },
  },
  {
    path: '/guide/give-token-to-backstage',
    open: 'Open the builder here',
    ready: (page) => page.getByText('app-config.yaml', { exact: true }).last(),
  },
];

for (const embed of embeds) {
  test(`${embed.path}: the panel opens the tool in place and closes again`, async ({ page }) => {
    await gotoSettled(page, embed.path);
    const opener = page.getByRole('button', { name: embed.open }).first();
    // The button's name changes once open, so follow it by the region it controls.
    const controls = await opener.getAttribute('aria-controls');
    expect(controls).toBeTruthy();
    const button = page.locator(`button[aria-controls="${controls}"]`);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator(`[id="${controls}"]`)).toBeHidden();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(embed.ready(page)).toBeVisible();
    await expect(button).not.toHaveText(embed.open);
    if (embed.use) {
      await embed.use(page);
      await button.focus();
    }
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator(`[id="${controls}"]`)).toBeHidden();
  });

  for (const mode of ['light', 'dark'] as ColorMode[]) {
    test(`${embed.path}: the opened tool has no axe violations in ${mode} mode`, async ({
      page,
    }) => {
      await gotoInMode(page, embed.path, mode);
      await page.getByRole('button', { name: embed.open }).first().click();
      await expect(embed.ready(page)).toBeVisible();
      await expectNoAxeViolations(page, `${embed.path} with the tool open (${mode})`);
    });
  }
}

// The builder in a guide step lays out within the column: side by side where the column is wide
// enough, else stacked with the status bar. Either way an edit's change is on screen.
for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`/guide/discover-repositories at ${viewport.width} px: the embedded builder shows an edit's change in view`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await gotoSettled(page, '/guide/discover-repositories');
    await page.getByRole('button', { name: 'Open the builder here' }).first().click();
    const builder = page.locator('[data-tool="builder"]');
    await expect(builder).toHaveAttribute('data-tool-ready', 'true');
    const org = builder.getByLabel('Organization', { exact: true });
    await org.fill('acme');
    const changed = builder.locator('[data-file="app-config.yaml"] [data-changed="true"]', {
      hasText: 'organization: acme',
    });
    const bar = builder.locator('[data-status-bar]');
    if (await bar.isVisible()) {
      await expect(bar).toBeInViewport();
      await expect(bar).toContainText('Changed in app-config.yaml: organization: acme');
    } else {
      await expect(changed).toBeInViewport();
    }
    await expect(org).toBeInViewport();
    // Copy is on once the example organization is replaced.
    await expect(builder.getByRole('button', { name: 'Download all files (.zip)' })).toBeEnabled();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
