/** A Lighthouse result (LHR), as far as scripts/lighthouse.mjs reads it. */
export interface LighthouseResult {
  requestedUrl?: string;
  finalDisplayedUrl?: string;
  runtimeError?: { code: string; message?: string };
  runWarnings?: string[];
  categories?: Record<
    string,
    { score: number | null; auditRefs: Array<{ id: string; weight: number }> }
  >;
  audits?: Record<
    string,
    {
      score: number | null;
      scoreDisplayMode?: string;
      numericValue?: number;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      details?: { items?: any[] };
    }
  >;
}

/** The figures of one page: scores out of 100 (null: not scored), CLS, failing audit ids. */
export interface PageFigures {
  url: string | undefined;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  cls: number | null;
  /** Failing audits' ids per category; an id ending in `*` has weight 0. */
  failing: { accessibility: string[]; seo: string[]; bestPractices: string[] };
  warnings: string[];
}

/** The timing figures of one run (ms; performance out of 100). */
export interface TimingFigures {
  performance: number | null;
  scriptEvaluationMs: number | null;
  tbtMs: number | null;
  lcpMs: number | null;
}

export interface PairedFigure {
  ours: number | null;
  template: number | null;
  ratio: number | null;
}

export interface PairedSummary {
  rounds: number;
  performance: PairedFigure;
  scriptEvaluationMs: PairedFigure;
  tbtMs: PairedFigure;
  lcpMs: PairedFigure;
}

export const LIGHTHOUSE_CATEGORIES: string[];
export const DEFAULT_ROUNDS: number;
export function parseBenchArgs(argv: string[]): {
  bytes: boolean;
  lighthouse: boolean;
  rounds: number;
  pages?: string[];
};
export function lighthouseFlags(port: number): {
  port: number;
  output: 'json';
  logLevel: 'error';
  onlyCategories: string[];
  disableFullPageScreenshot: true;
};
export function chromeFlags(args: string[]): string[];
export function pairedPaths(paths: string[]): string[];
export function externalRequests(lhr: LighthouseResult, hosts: string[]): string[];
export function pageFigures(lhr: LighthouseResult): PageFigures;
export function timingFigures(lhr: LighthouseResult): TimingFigures;
export function scriptingByFile(lhr: LighthouseResult): Array<{ url: string; scriptingMs: number }>;
export function median(values: Array<number | null>): number | null;
export function pairedSummary(
  rounds: Array<{ ours: TimingFigures; template: TimingFigures }>,
): PairedSummary;
export function formatPagesTable(rows: Array<{ path: string; figures: PageFigures }>): string;
export function formatPairedTable(rows: Array<{ path: string; summary: PairedSummary }>): string;
