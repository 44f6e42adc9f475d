export interface DriftRow {
  name: string;
  checked: string;
  latest: string | undefined;
  newer: boolean;
}
export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
  failures: string[];
}
export function parseCheckedPackages(source: string): Array<[string, string]>;
export function compareVersions(a: string, b: string): number;
export function driftRows(
  checked: Array<[string, string]>,
  latest: Map<string, string>,
): DriftRow[];
export function bumpTestPackage(
  pkg: { dependencies?: Record<string, string> },
  latest: Map<string, string>,
): {
  pkg: { dependencies: Record<string, string> };
  bumped: Array<{ name: string; from: string; to: string }>;
};
export function namesToLookUp(
  checked: Array<[string, string]>,
  pkg: { dependencies?: Record<string, string> },
): string[];
export function formatSummary(rows: DriftRow[], tests: TestCounts | undefined): string;
export function countVitestReport(report: {
  testResults?: Array<{
    name?: string;
    status?: string;
    message?: string;
    assertionResults?: Array<{ status: string; fullName?: string; title?: string }>;
  }>;
}): TestCounts;
