import type { Browser, LaunchOptions, Page } from 'playwright';

/** JavaScript fetched by a page: bytes (uncompressed), gzip bytes (level 9), files. */
export interface ScriptBytes {
  bytes: number;
  gzipBytes: number;
  files: number;
  /** Whether Mermaid's code was among them. */
  mermaid: boolean;
  /** Names of the {@link CODE_MARKERS} found in them, sorted. */
  markers: string[];
  /** The scripts' paths. */
  scripts: string[];
}

export interface PageJs extends ScriptBytes {
  /** Scripts fetched but not executed: prefetches. */
  prefetched: ScriptBytes;
  /** `href` of every `<link rel="prefetch">` in the page at the end. */
  prefetchLinks: string[];
}

export function chromiumLaunchOptions(): LaunchOptions;
export function sitemapPaths(xml: string): string[];
export function measurePageJs(
  browser: Browser,
  url: string,
  options?: { beforeMeasure?: (page: Page) => Promise<void> },
): Promise<PageJs>;
export const MERMAID_MARKER: string;
export const CODE_MARKERS: Record<'mermaid' | 'tool' | 'explorer' | 'prism', string>;
export const PLAIN_DOCS_PAGE_BYTES: number;
export const GUIDE_PAGE_BUDGET_RATIO: number;
export const GUIDE_PAGE_BUDGET_BYTES: number;
export const GUIDE_PAGE_PREFETCH_BUDGET_BYTES: number;
