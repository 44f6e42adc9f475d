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
