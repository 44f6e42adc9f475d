import { useId, useState } from 'react';

/**
 * The markup the server rendered inside one element: the inner HTML of the
 * element whose `attribute` equals `id` (a `useId()` value, the same on the
 * server and during hydration), or of its child `inner` when given. Null when
 * there is none: on the server, and in the browser for anything rendered
 * after hydration (React gives those ids of another form, so they never
 * match an element of the server's page).
 *
 * @param attribute the marker attribute's name, e.g. `data-static`
 * @param id the element's `useId()` value
 * @param inner a selector for a direct child to read instead, e.g. `code`
 * @returns the inner HTML, or null
 */
export function serverMarkup(attribute: string, id: string, inner?: string): string | null {
  if (typeof document === 'undefined') return null;
  const selector = `[${attribute}="${CSS.escape(id)}"]${inner === undefined ? '' : ` > ${inner}`}`;
  const element = document.querySelector(selector);
  return element === null ? null : element.innerHTML;
}

/**
 * How a component adopts the server's markup at hydration (static blocks,
 * code blocks): an id for its element and, read once on the first render,
 * the markup the server rendered inside that element.
 *
 * @param attribute the marker attribute's name, e.g. `data-static`
 * @param options.inner read the element's direct child matching this selector instead
 * @param options.enabled false to skip the lookup (the markup is then null)
 * @returns `marker`: the attribute to spread on the element; `html`: its
 *   server markup during hydration, otherwise null (see {@link serverMarkup})
 */
export function useServerMarkup(
  attribute: string,
  options: { inner?: string; enabled?: boolean } = {},
): { marker: Record<string, string>; html: string | null } {
  const id = useId();
  const [html] = useState(() =>
    options.enabled === false ? null : serverMarkup(attribute, id, options.inner),
  );
  return { marker: { [attribute]: id }, html };
}

/**
 * Whether the window is below Docusaurus's desktop breakpoint (996 px, theme-common's
 * `useWindowSize`): the layout where CSS hides the desktop doc sidebar and table of contents,
 * and theme-classic removes them right after hydration. False on the server.
 */
export function isBelowDesktop(): boolean {
  return typeof window !== 'undefined' && !window.matchMedia('(min-width: 997px)').matches;
}
