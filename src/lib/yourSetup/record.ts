/**
 * The stored "your setup" record: versioned JSON under one `localStorage`
 * key. Reading tolerates anything (junk, an older or newer version, invalid
 * or token-shaped values): what cannot be used falls back to the default, so
 * a value that fails validation is never applied. Pure.
 */
import {
  defaultSetup,
  setupFields,
  validateSetupValue,
  type SetupField,
  type SetupValues,
} from './fields';

export { setupStorageKey, setupSummary } from './defaults';

const VERSION = 1;

/**
 * Reads a stored record.
 *
 * @param raw the stored string, or null when nothing is stored
 * @returns the values to use: each field's stored value when it is valid,
 *   else its default. Never throws.
 */
export function parseSetupRecord(raw: string | null): SetupValues {
  if (!raw) return defaultSetup;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return defaultSetup;
  }
  if (typeof data !== 'object' || data === null) return defaultSetup;
  const { v, values } = data as { v?: unknown; values?: unknown };
  if (v !== VERSION || typeof values !== 'object' || values === null) return defaultSetup;
  const stored = values as Partial<Record<SetupField, unknown>>;
  const result: Record<SetupField, string> = { ...defaultSetup };
  for (const field of setupFields) {
    const value = stored[field];
    if (typeof value === 'string' && validateSetupValue(field, value) === undefined) {
      result[field] = value;
    }
  }
  return result;
}

/**
 * Writes a record: only the fields that differ from the defaults, and only
 * valid values (an invalid one is dropped, never stored).
 *
 * @returns the string to store, or null when every value is the default
 *   (nothing needs storing).
 */
export function serialiseSetupRecord(values: Partial<SetupValues>): string | null {
  const kept: Partial<Record<SetupField, string>> = {};
  for (const field of setupFields) {
    const value = values[field];
    if (
      value !== undefined &&
      value !== defaultSetup[field] &&
      validateSetupValue(field, value) === undefined
    ) {
      kept[field] = value;
    }
  }
  return Object.keys(kept).length === 0 ? null : JSON.stringify({ v: VERSION, values: kept });
}

/**
 * Merges values handed over by a tool (the builder, the planner) into the
 * current ones, keeping only valid values.
 *
 * @returns the merged values and the fields that changed.
 */
export function mergeSetup(
  current: SetupValues,
  incoming: Partial<Record<SetupField, string | undefined>>,
): { values: SetupValues; changed: SetupField[] } {
  const next: Record<SetupField, string> = { ...current };
  const changed: SetupField[] = [];
  for (const field of setupFields) {
    const value = incoming[field];
    if (value === undefined || value === current[field]) continue;
    if (validateSetupValue(field, value) !== undefined) continue;
    next[field] = value;
    changed.push(field);
  }
  return { values: next, changed };
}
