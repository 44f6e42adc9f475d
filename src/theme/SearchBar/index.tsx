import React, { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { isMacPlatform, isSearchShortcut, shortcutHints } from '@site/src/lib/search/shortcut';
import styles from './styles.module.css';

/**
 * The local search plugin's search bar (`@easyops-cn/docusaurus-search-local`),
 * in its own chunk: its code (the bar, its worker helper, autocomplete) is
 * fetched on first use, not by every page.
 */
const loadSearchBar = (): Promise<{ default: ComponentType<object> }> =>
  import('@theme-original/SearchBar');

/** Whether a key press went to a field where `/` is text. */
function inEditableField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** Copies the placeholder's text into the real input, so React's `onChange` sees it. */
function setInputValue(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * A light search bar: the same box, icon, accessible name ("Search") and
 * shortcut hint as the plugin's, drawn without its code. The first hover,
 * touch, focus or shortcut (Ctrl+K / ⌘K, or `/` outside a field) loads the real
 * search bar, which takes the placeholder's place, its text and its focus.
 * The search page (`/search`) is the plugin's own, untouched.
 */
export default function SearchBar(props: object): React.ReactElement {
  const isBrowser = useIsBrowser();
  const [Real, setReal] = useState<ComponentType<object> | null>(null);
  const [value, setValue] = useState('');
  const container = useRef<HTMLDivElement>(null);
  const hadFocus = useRef(false);
  const loading = useRef(false);

  const load = useCallback(() => {
    if (loading.current) return;
    loading.current = true;
    loadSearchBar().then(
      (module) => setReal(() => module.default),
      () => {
        loading.current = false; // offline: the next interaction tries again
      },
    );
  }, []);

  // Hand the reader's text and focus over to the real search bar once it is drawn.
  useEffect(() => {
    if (!Real) return;
    const input = container.current?.querySelector<HTMLInputElement>('input.navbar__search-input');
    if (!input) return;
    if (value) setInputValue(input, value);
    if (hadFocus.current) input.focus();
    // Only when the real search bar arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [Real]);

  useEffect(() => {
    const isMac = isMacPlatform(
      (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform,
      navigator.userAgent,
    );
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event, isMac, inEditableField(event.target))) return;
      // Once loaded, the real search bar handles its own "mod+k".
      if (Real && event.key !== '/') return;
      event.preventDefault();
      container.current?.querySelector<HTMLInputElement>('input.navbar__search-input')?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [Real]);

  const isMac =
    isBrowser &&
    isMacPlatform(
      (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform,
      navigator.userAgent,
    );
  const label = translate({
    id: 'theme.SearchBar.label',
    message: 'Search',
    description: 'The ARIA label and placeholder for search button',
  });

  return (
    <div ref={container} className={styles.slot}>
      {Real ? (
        <Real {...props} />
      ) : (
        <div className={clsx('navbar__search', styles.searchBarContainer)} dir="ltr">
          <svg
            aria-hidden="true"
            className={styles.searchIcon}
            focusable="false"
            viewBox="0 0 16 16"
          >
            <path
              fill="currentColor"
              d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
            />
          </svg>
          <input
            placeholder={label}
            aria-label={label}
            className={clsx('navbar__search-input', styles.searchInput)}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            onMouseEnter={load}
            onTouchStart={load}
            onFocus={() => {
              hadFocus.current = true;
              load();
            }}
            onBlur={() => {
              hadFocus.current = false;
            }}
          />
          {isBrowser && value === '' && (
            <div className={styles.searchHintContainer}>
              {shortcutHints(isMac).map((hint) => (
                <kbd key={hint} className={styles.searchHint}>
                  {hint}
                </kbd>
              ))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
