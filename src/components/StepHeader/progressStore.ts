import { useSyncExternalStore } from 'react';
import {
  emptyProgress,
  parseProgress,
  PROGRESS_STORAGE_KEY,
  serialiseProgress,
  setStepDone,
  type ProgressRecord,
} from '@site/src/lib/progress';

/**
 * The reader's progress, kept in `localStorage` under a versioned key and read
 * with `useSyncExternalStore`. The server snapshot is "nothing done", so the
 * static HTML (and the first render) shows no progress; marks appear after
 * hydration. Changes in another tab arrive through the `storage` event.
 * It does not import the steps table: the sidebar of every page uses it.
 */

const listeners = new Set<() => void>();
let lastRaw: string | null = null;
let last: ProgressRecord = emptyProgress;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(PROGRESS_STORAGE_KEY);
  } catch {
    return null; // storage disabled: no progress
  }
}

function snapshot(): ProgressRecord {
  const raw = readRaw();
  if (raw !== lastRaw) {
    lastRaw = raw;
    last = parseProgress(raw);
  }
  return last;
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === PROGRESS_STORAGE_KEY || event.key === null) onChange();
  };
  listeners.add(onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/** The reader's progress record (no progress on the server and before hydration). */
export function useProgress(): ProgressRecord {
  return useSyncExternalStore(subscribe, snapshot, () => emptyProgress);
}

/**
 * Marks a step as done or not and tells every subscriber.
 * @returns false when the browser refused to store it (storage disabled or full)
 */
export function saveStepDone(docId: string, done: boolean): boolean {
  const next = setStepDone(snapshot(), docId, done);
  try {
    window.localStorage.setItem(PROGRESS_STORAGE_KEY, serialiseProgress(next));
  } catch {
    return false;
  }
  listeners.forEach((listener) => listener());
  return true;
}
