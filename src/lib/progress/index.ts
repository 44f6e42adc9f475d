/**
 * The reader's progress through the guide: which steps they marked as done.
 * Pure logic (no React, no DOM): parsing and serialising the stored record,
 * toggling a step, counting, and the next step to read. The component that
 * keeps the record in `localStorage` lives in `src/components/StepHeader/`.
 */

/** The `localStorage` key; the version is part of the key and of the record. */
export const PROGRESS_STORAGE_KEY = 'backstage-github-guide:progress:v1';

/** The stored record: the doc ids of the steps marked as done. */
export interface ProgressRecord {
  readonly version: 1;
  readonly done: readonly string[];
}

export const emptyProgress: ProgressRecord = { version: 1, done: [] };

/**
 * Reads a stored record. Anything that is not a version-1 record (missing,
 * not JSON, another version, a wrong shape) reads as no progress; ids that are
 * not in `knownIds` and duplicates are dropped, and the order follows
 * `knownIds`. Never throws.
 *
 * @param raw the stored string, or null when nothing is stored
 * @param knownIds the doc ids of the steps, in guide order
 */
export function parseProgress(raw: string | null, knownIds: readonly string[]): ProgressRecord {
  if (raw === null) return emptyProgress;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return emptyProgress;
  }
  if (typeof value !== 'object' || value === null) return emptyProgress;
  const { version, done } = value as { version?: unknown; done?: unknown };
  if (version !== 1 || !Array.isArray(done)) return emptyProgress;
  const marked = new Set(done.filter((id): id is string => typeof id === 'string'));
  return { version: 1, done: knownIds.filter((id) => marked.has(id)) };
}

/** The string to store for a record (the inverse of {@link parseProgress}). */
export function serialiseProgress(record: ProgressRecord): string {
  return JSON.stringify({ version: 1, done: record.done });
}

/**
 * Marks a step as done or not done. Returns a new record (the order follows
 * `knownIds`); an id that is not a step is ignored.
 */
export function setStepDone(
  record: ProgressRecord,
  id: string,
  done: boolean,
  knownIds: readonly string[],
): ProgressRecord {
  const marked = new Set(record.done);
  if (done) marked.add(id);
  else marked.delete(id);
  return { version: 1, done: knownIds.filter((known) => marked.has(known)) };
}

/** Whether a step is marked as done. */
export function isStepDone(record: ProgressRecord, id: string): boolean {
  return record.done.includes(id);
}

/** How many of the steps are done, out of how many. */
export function progressCount(
  record: ProgressRecord,
  knownIds: readonly string[],
): { done: number; total: number } {
  return { done: knownIds.filter((id) => record.done.includes(id)).length, total: knownIds.length };
}

/**
 * The step to read next: the first step after `currentId` that is not done,
 * else the first not-done step from the start; null when every step is done.
 *
 * @param currentId the step being read, or null when not on a step
 */
export function nextStepId(
  record: ProgressRecord,
  knownIds: readonly string[],
  currentId: string | null,
): string | null {
  const start = currentId === null ? 0 : knownIds.indexOf(currentId) + 1;
  const order = [...knownIds.slice(start), ...knownIds.slice(0, start)];
  return order.find((id) => id !== currentId && !record.done.includes(id)) ?? null;
}
