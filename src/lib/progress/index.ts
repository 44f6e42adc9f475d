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
 * Whether a string has the shape of a guide step's doc id (`guide/<slug>`).
 * The store checks ids by shape, so it needs no copy of the steps table (it
 * runs in the sidebar of every page); counts use the real list of steps.
 */
export function isStepDocId(id: unknown): id is string {
  return typeof id === 'string' && /^guide\/[a-z0-9-]+$/.test(id);
}

/**
 * Reads a stored record. Anything that is not a version-1 record (missing,
 * not JSON, another version, a wrong shape) reads as no progress; entries that
 * are not step doc ids ({@link isStepDocId}) and duplicates are dropped. Never
 * throws.
 *
 * @param raw the stored string, or null when nothing is stored
 */
export function parseProgress(raw: string | null): ProgressRecord {
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
  return { version: 1, done: [...new Set(done.filter(isStepDocId))] };
}

/** The string to store for a record (the inverse of {@link parseProgress}). */
export function serialiseProgress(record: ProgressRecord): string {
  return JSON.stringify({ version: 1, done: record.done });
}

/**
 * Marks a step as done or not done. Returns a new record; an id that is not a
 * step doc id is ignored.
 */
export function setStepDone(record: ProgressRecord, id: string, done: boolean): ProgressRecord {
  const rest = record.done.filter((known) => known !== id);
  return { version: 1, done: done && isStepDocId(id) ? [...rest, id] : rest };
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
