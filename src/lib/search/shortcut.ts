/**
 * The search bar's keyboard shortcuts, as pure functions (no DOM), so the light
 * search bar (`src/theme/SearchBar`) opens on the same keys as the real one.
 *
 * Source: `@easyops-cn/docusaurus-search-local` 0.55.3, option
 * `searchBarShortcutKeymap` (default `"mod+k"`: ⌘K on macOS, Ctrl+K elsewhere;
 * `dist/client/client/utils/keymap.js`, `utils/platform.js`). `/` is added, as
 * on GitHub's own search, when the reader is not typing in a field.
 */

/** The parts of a `KeyboardEvent` the shortcut depends on. */
export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * Whether the reader's platform is macOS (where "mod" is ⌘), by the plugin's rule:
 * User-Agent Client Hints platform first, then the user-agent string.
 *
 * @param hintsPlatform `navigator.userAgentData?.platform`, if any
 * @param userAgent `navigator.userAgent`
 */
export function isMacPlatform(hintsPlatform: string | undefined, userAgent: string): boolean {
  if (hintsPlatform) return hintsPlatform.toLowerCase().includes('mac');
  return /mac/i.test(userAgent);
}

/** The key caps the search bar shows for its shortcut, as the plugin shows them. */
export function shortcutHints(isMac: boolean): string[] {
  return [isMac ? '⌘' : 'ctrl', 'K'];
}

/**
 * Whether a key press should open the search bar.
 *
 * @param event the key pressed and its modifiers
 * @param isMac from {@link isMacPlatform}: ⌘K there, Ctrl+K elsewhere
 * @param inEditableField whether the key went to an input, a text area, a select
 *   or an editable element (then `/` is the character the reader is typing)
 * @returns true for "mod+k" (exactly that modifier), and for a bare `/` outside a field
 */
export function isSearchShortcut(
  event: ShortcutKey,
  isMac: boolean,
  inEditableField: boolean,
): boolean {
  const key = event.key.toLowerCase();
  if (key === 'k' && !event.altKey && !event.shiftKey) {
    return isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  }
  return (
    key === '/' &&
    !inEditableField &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !event.shiftKey
  );
}
