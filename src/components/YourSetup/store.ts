/**
 * The browser side of "your setup", on every page: the record in
 * `localStorage`, read with `useSyncExternalStore`. The server snapshot is the
 * defaults, so the static HTML (and a page without JavaScript) shows the
 * defaults; after hydration the reader's values replace them. Another tab's
 * change arrives through the `storage` event.
 *
 * Kept small: when nothing is stored (the usual first visit) no more code
 * loads. Only when a record exists does its reader (`record.ts`, with the
 * validation that keeps an invalid or token-shaped value from ever being
 * applied) load, after hydration. Writing lives in `write.ts`, loaded with
 * the editor and the tools.
 */
import { useSyncExternalStore } from 'react';
import { defaultSetup, setupStorageKey, type SetupValues } from '@site/src/lib/yourSetup/defaults';

const listeners = new Set<() => void>();
let parse: ((raw: string | null) => SetupValues) | undefined;
let loading = false;
let cachedRaw: string | null = null;
let cached: SetupValues = defaultSetup;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(setupStorageKey);
  } catch {
    return null;
  }
}

function loadParser(): void {
  if (parse || loading) return;
  loading = true;
  import('@site/src/lib/yourSetup/record').then(
    (record) => {
      parse = record.parseSetupRecord;
      for (const listener of listeners) listener();
    },
    () => {
      loading = false;
    },
  );
}

/** Tells every reader in this tab to read the store again (after a write). */
export function notifySetupChanged(): void {
  if (readRaw() !== null) loadParser();
  for (const listener of listeners) listener();
}

function snapshot(): SetupValues {
  const raw = readRaw();
  if (raw === null || !parse) return defaultSetup;
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parse(raw);
  }
  return cached;
}

function serverSnapshot(): SetupValues {
  return defaultSetup;
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  if (readRaw() !== null) loadParser();
  const onStorage = (event: StorageEvent) => {
    if (event.key !== setupStorageKey && event.key !== null) return;
    if (readRaw() !== null) loadParser();
    onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/** The active values: the defaults on the server and at hydration, then the stored ones. */
export function useSetup(): SetupValues {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}
