/**
 * Writing "your setup" (the editor, the tools' hand-over buttons): only
 * validated names that differ from the defaults are stored
 * (`serialiseSetupRecord`); storage errors (private mode, quota) are
 * reported, never thrown.
 */
import { setupStorageKey, type SetupValues } from '@site/src/lib/yourSetup/defaults';
import { parseSetupRecord, serialiseSetupRecord } from '@site/src/lib/yourSetup/record';
import { notifySetupChanged } from './store';

/** The values stored now (the defaults where nothing valid is stored). */
export function currentSetup(): SetupValues {
  try {
    return parseSetupRecord(window.localStorage.getItem(setupStorageKey));
  } catch {
    return parseSetupRecord(null);
  }
}

/**
 * Stores `values` and updates every reader in this tab.
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
  notifySetupChanged();
  return ok;
}
