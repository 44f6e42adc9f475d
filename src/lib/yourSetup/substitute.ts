/**
 * Placeholders in the guide's `setup` code blocks: `{{org}}`, `{{host}}`, …
 * (a name of letters only between double braces, no spaces, so Backstage's
 * own `${{ parameters.x }}` template expressions and JSX `{{ … }}` objects are
 * never taken for one). Pure.
 */
import { derivedValues, setupFields, type SetupValues } from './defaults';

/** Every placeholder name a snippet may use: the fields and the derived values. */
export const placeholderNames: readonly string[] = [
  ...setupFields,
  'githubUrl',
  'apiBaseUrl',
  'rawBaseUrl',
];

const PLACEHOLDER = /\{\{([A-Za-z]+)\}\}/g;

/**
 * The placeholders in `text`, in order of first appearance, each once.
 * Unknown names are returned too, so a test can refuse them.
 */
export function placeholdersIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) found.add(match[1]!);
  return [...found];
}

/**
 * Whether a fence's meta string carries the `setup` flag (a bare word).
 * @param meta the text after the fence's language (`title="x.yaml" setup`)
 */
export function hasSetupFlag(meta: string | null | undefined): boolean {
  // Outside quoted attribute values: drop them before looking for the word.
  return /(?:^|\s)setup(?=\s|$)/.test((meta ?? '').replace(/"[^"]*"|'[^']*'/g, ''));
}

/**
 * Replaces each known placeholder in `text` with its value; unknown
 * placeholders are left as they are.
 *
 * @param text a snippet or URL template
 * @param values the fields' values (validated: see `validateSetupValue`)
 * @returns the text with the values in place. Never throws.
 */
export function substitute(text: string, values: SetupValues): string {
  if (!text.includes('{{')) return text;
  const all: Record<string, string> = { ...derivedValues(values), ...values };
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(all, name) ? all[name]! : whole,
  );
}
