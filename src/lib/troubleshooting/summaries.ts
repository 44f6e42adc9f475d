/**
 * The few facts of a troubleshooting entry the credential explorer shows for a
 * "fails" outcome (title and first fix), written to a small generated module
 * (`src/data/troubleshooting/summaries.generated.ts`) so the explorer does not
 * bundle the whole catalogue with its patterns. A unit test regenerates the
 * module from the data and fails when it differs (update with `npx vitest run -u`).
 */
import type { TroubleshootingEntry } from '../../data/troubleshooting/types';

/** What the explorer shows for one entry. */
export interface TroubleSummary {
  readonly title: string;
  /** Rich text (see `RichText`): the fix for the most likely cause. */
  readonly fix: string;
}

/**
 * The summaries of the given entries.
 * @throws RangeError when an id names no entry.
 */
export function troubleSummaries(
  entries: readonly TroubleshootingEntry[],
  ids: readonly string[],
): Record<string, TroubleSummary> {
  const out: Record<string, TroubleSummary> = {};
  for (const id of [...new Set(ids)].sort()) {
    const entry = entries.find((e) => e.id === id);
    if (!entry) throw new RangeError(`There is no troubleshooting entry "${id}".`);
    out[id] = { title: entry.title, fix: entry.causes[0]?.fix ?? '' };
  }
  return out;
}

/** The source text of the generated module. */
export function summariesModule(summaries: Record<string, TroubleSummary>): string {
  return [
    '// Generated from src/data/troubleshooting/ by src/lib/troubleshooting/summaries.test.ts',
    '// (run `npx vitest run -u src/lib/troubleshooting/summaries.test.ts` after changing an entry). Do not edit.',
    "import type { TroubleSummary } from '../../lib/troubleshooting/summaries';",
    '',
    `export const troubleSummaries: Readonly<Record<string, TroubleSummary>> = ${JSON.stringify(summaries, null, 2)};`,
    '',
  ].join('\n');
}
