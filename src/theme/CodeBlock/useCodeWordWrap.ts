import { useCallback, useEffect, useRef, useState } from 'react';
import type { useCodeWordWrap as upstreamUseCodeWordWrap } from '@docusaurus/theme-common/internal';

/** theme-common's word-wrap state, which theme-classic's buttons read from the code block context. */
type WordWrap = ReturnType<typeof upstreamUseCodeWordWrap>;

/** What to call when an observed code block's `<pre>` changes size. */
const onResize = new WeakMap<Element, () => void>();
let sharedObserver: ResizeObserver | null = null;

/**
 * One ResizeObserver for every code block of the page (created on first
 * use): its callback runs after layout, once per frame, for all blocks that
 * changed size.
 */
function observer(): ResizeObserver {
  sharedObserver ??= new ResizeObserver((entries) => {
    for (const entry of entries) onResize.get(entry.target)?.();
  });
  return sharedObserver;
}

/**
 * Word wrap for one code block: `@docusaurus/theme-common` 3.10.2's
 * `useCodeWordWrap` (same result, same `WordWrap` shape, so theme-classic's
 * `WordWrapButton` works unchanged), measured differently.
 *
 * Upstream, every block adds a window `resize` listener, reads its layout in
 * an effect (forcing a synchronous layout per block), and sets up a
 * MutationObserver for the tab panel it may be hidden in, whose options are
 * memoised by sorting their keys with `localeCompare`. That first
 * `localeCompare` on a page loads the browser's collation data: about 70 ms
 * of a guide step's script time under Lighthouse's 4× CPU slowdown, for a
 * button.
 *
 * Here one shared ResizeObserver watches every block's `<pre>`: it reports
 * each block once after the first layout, again when the page is resized,
 * and when a hidden tab panel holding the block is shown (its size goes
 * from zero to its width). The block is re-measured too when its code
 * changes (a "your setup" value), which can change its width without
 * resizing the `<pre>`.
 *
 * @param code the block's code, to re-measure when it changes
 * @returns `codeBlockRef` for the `<pre>`; `isEnabled`: wrapping is on;
 *   `isCodeScrollable`: the lines overflow the block (or wrapping is on);
 *   `toggle()`: turn wrapping on or off
 */
export function useCodeWordWrap(code: string): WordWrap {
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);
  const codeBlockRef = useRef<HTMLPreElement | null>(null);

  const measure = useCallback(() => {
    const pre = codeBlockRef.current;
    if (pre === null) return;
    const wrapped = pre.querySelector('code')?.hasAttribute('style') === true;
    setIsCodeScrollable(pre.scrollWidth > pre.clientWidth || wrapped);
  }, []);

  useEffect(() => {
    const pre = codeBlockRef.current;
    if (pre === null) return;
    onResize.set(pre, measure);
    observer().observe(pre);
    return () => {
      observer().unobserve(pre);
      onResize.delete(pre);
    };
  }, [measure]);

  // A new code, or wrapping turned on or off: measure again (after the first
  // render, the observer's first report does it).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    measure();
  }, [code, isEnabled, measure]);

  const toggle = useCallback(() => {
    const codeElement = codeBlockRef.current?.querySelector('code');
    if (!codeElement) return;
    if (isEnabled) {
      codeElement.removeAttribute('style');
    } else {
      codeElement.style.whiteSpace = 'pre-wrap';
      // Very long words and tokens wrap too, so there is never a scrollbar.
      codeElement.style.overflowWrap = 'anywhere';
    }
    setIsEnabled((value) => !value);
  }, [isEnabled]);

  return { codeBlockRef, isEnabled, isCodeScrollable, toggle };
}
