/**
 * The highlighted lines the server rendered for one code block: the inner
 * HTML of the `<code>` in the `<pre>` whose `attribute` equals `id` (a
 * `useId()` value, the same on the server and during hydration), or null when
 * there is none: on the server, and in the browser for any block rendered
 * after hydration (React gives those ids of another form, so they never match
 * an element of the server's page).
 *
 * @param attribute the marker attribute's name, e.g. `data-code-block`
 * @param id the block's `useId()` value
 * @returns the `<code>` element's inner HTML, or null
 */
export function serverMarkup(attribute: string, id: string): string | null {
  if (typeof document === 'undefined') return null;
  const code = document.querySelector(`pre[${attribute}="${CSS.escape(id)}"] > code`);
  return code === null ? null : code.innerHTML;
}
