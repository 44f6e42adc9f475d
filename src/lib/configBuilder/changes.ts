import type { GeneratedFile } from './types';

/** What an edit changed in one generated file. */
export interface FileChange {
  path: string;
  /** The file was not there before the edit. */
  added: boolean;
  /** 1-based numbers of the lines that are new or changed (empty for an added file). */
  lines: number[];
}

/**
 * Compares the files before and after an edit, so the output can show what
 * the edit did. A line counts as changed when the old file has no unmatched
 * line with the same text (each old line matches at most one new line), which
 * marks edited and inserted lines; removed lines leave no mark.
 *
 * @param before the files the output showed before the edit
 * @param after the files it shows now
 * @returns one entry per file of `after` that was added or has changed lines,
 *   in `after`'s order; empty when nothing visible changed.
 */
export function fileChanges(
  before: readonly GeneratedFile[],
  after: readonly GeneratedFile[],
): FileChange[] {
  const old = new Map(before.map((f) => [f.path, f.content]));
  const changes: FileChange[] = [];
  for (const file of after) {
    const previous = old.get(file.path);
    if (previous === undefined) {
      changes.push({ path: file.path, added: true, lines: [] });
      continue;
    }
    if (previous === file.content) continue;
    const available = new Map<string, number>();
    for (const line of previous.split('\n')) available.set(line, (available.get(line) ?? 0) + 1);
    const lines: number[] = [];
    file.content.split('\n').forEach((line, i) => {
      const left = available.get(line) ?? 0;
      if (left > 0) available.set(line, left - 1);
      else lines.push(i + 1);
    });
    if (lines.length > 0) changes.push({ path: file.path, added: false, lines });
  }
  return changes;
}
