/**
 * The browser side of "your setup": the record in `localStorage`, read with
 * `useSyncExternalStore`. The server snapshot is the defaults, so the static
 * HTML (and a page without JavaScript) shows the defaults; after hydration
 * the reader's values replace them. Writes notify this tab's readers; other
 * tabs learn of them through the `storage` event. Only validated names are
 * ever written (see `serialiseSetupRecord`); storage errors (private mode,
 * quota) leave the defaults in place.
 */
import { useSyncExternalStore } from 'react';
import { defaultSetup, type SetupValues } from '@site/src/lib/yourSetup/fields';
import {
  parseSetupRecord,
  serialiseSetupRecord,
  setupStorageKey,
} from '@site/src/lib/yourSetup/record';

const listeners = new Set<() => void>();
let cachedRaw: string | null = null;
let cached: SetupValues = defaultSetup;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(setupStorageKey);
  } catch {
    return null;
  }
}

function snapshot(): SetupValues {
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parseSetupRecord(raw);
  }
  return cached;
}

function serverSnapshot(): SetupValues {
  return defaultSetup;
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  const onStorage = (event: StorageEvent) => {
    if (event.key === setupStorageKey || event.key === null) onChange();
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

/**
 * Stores `values` (only valid fields that differ from the defaults; nothing
 * at all for the defaults) and updates every reader in this tab.
 * @returns whether storage accepted the write.
 */
export function writeSetup(values: SetupValues): boolean {
  const raw = serialiseSetupRecord(values);
  let ok = true;
  try {
    if (raw === null) window.localStorage.removeItem(setupStorageKey);
    else window.localStorage.setItem(setupStorageKey, raw);
  } catch {
    ok = false;
  }
  for (const listener of listeners) listener();
  return ok;
}

/** The values stored now (for writers outside React's render). */
export function currentSetup(): SetupValues {
  return snapshot();
}
