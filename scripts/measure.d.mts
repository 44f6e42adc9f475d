import type { Browser, LaunchOptions } from 'playwright';

export function chromiumLaunchOptions(): LaunchOptions;
export function measurePageJs(
  browser: Browser,
  url: string,
): Promise<{ bytes: number; files: number; mermaid: boolean }>;
export const PLAIN_DOCS_PAGE_BYTES: number;
export const GUIDE_PAGE_BUDGET_BYTES: number;
