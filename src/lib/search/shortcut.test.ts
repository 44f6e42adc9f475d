import { describe, expect, it } from 'vitest';
import { isMacPlatform, isSearchShortcut, shortcutHints, type ShortcutKey } from './shortcut';

const press = (key: string, mods: Partial<ShortcutKey> = {}): ShortcutKey => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('isMacPlatform', () => {
  it('prefers the client-hints platform over the user agent', () => {
    expect(isMacPlatform('macOS', 'Mozilla/5.0 (X11; Linux x86_64)')).toBe(true);
    expect(isMacPlatform('Linux', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)')).toBe(false);
  });
  it('falls back to the user agent', () => {
    expect(isMacPlatform(undefined, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)')).toBe(true);
    expect(isMacPlatform('', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe(false);
  });
});

describe('shortcutHints', () => {
  it('shows the plugin key caps for "mod+k"', () => {
    expect(shortcutHints(true)).toEqual(['⌘', 'K']);
    expect(shortcutHints(false)).toEqual(['ctrl', 'K']);
  });
});

describe('isSearchShortcut', () => {
  it('opens on Ctrl+K off macOS and ⌘K on macOS, not the other way round', () => {
    expect(isSearchShortcut(press('k', { ctrlKey: true }), false, false)).toBe(true);
    expect(isSearchShortcut(press('K', { ctrlKey: true }), false, true)).toBe(true);
    expect(isSearchShortcut(press('k', { metaKey: true }), false, false)).toBe(false);
    expect(isSearchShortcut(press('k', { metaKey: true }), true, false)).toBe(true);
    expect(isSearchShortcut(press('k', { ctrlKey: true }), true, false)).toBe(false);
  });
  it('ignores K with other modifiers or none', () => {
    expect(isSearchShortcut(press('k'), false, false)).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, shiftKey: true }), false, false)).toBe(
      false,
    );
    expect(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }), false, false)).toBe(false);
  });
  it('opens on a bare "/" only outside a text field', () => {
    expect(isSearchShortcut(press('/'), false, false)).toBe(true);
    expect(isSearchShortcut(press('/'), false, true)).toBe(false);
    expect(isSearchShortcut(press('/', { ctrlKey: true }), false, false)).toBe(false);
  });
});
