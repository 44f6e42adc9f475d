import { existsSync } from 'node:fs';

/**
 * Which Chromium Playwright drives. Playwright must never download a browser
 * where there is no internet, so: `PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH` if set,
 * else Debian's `/usr/bin/chromium` if present, else Playwright's own browser
 * (installed elsewhere with `npx playwright install chromium`).
 *
 * @returns the executable path, or `undefined` for Playwright's own browser.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** Flags that keep Chromium quiet on a closed network and in a root sandbox. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
