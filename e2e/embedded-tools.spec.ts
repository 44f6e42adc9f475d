import { expect, test } from '@playwright/test';
import { type ColorMode, expectNoAxeViolations, gotoInMode, gotoSettled } from './helpers';

/**
 * The tools embedded in guide steps load on demand: closed, the step carries
 * only a panel with a link to the tool's page; opened, the tool works in place
 * and stays accessible.
 */

const embeds = [
  {
    path: '/guide/create-token',
    open: 'Open the planner here',
    ready: (page: import('@playwright/test').Page) =>
      page.getByRole('group', { name: /what will backstage do/i }).first(),
  },
  {
    path: '/guide/give-token-to-backstage',
    open: 'Open the builder here',
    ready: (page: import('@playwright/test').Page) =>
      page.getByText('app-config.yaml', { exact: true }).last(),
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
