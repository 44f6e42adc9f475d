/**
 * Which parts of a page's MDX content can keep the server's markup when the
 * page hydrates, and where a click on a link in such a part should go. Pure:
 * React elements are read as plain objects (`{ type, props }`), links as
 * their attributes. Used by `src/components/StaticBlock`.
 */

/** A React element as this module reads it. */
interface ElementLike {
  type: unknown;
  props: { children?: unknown };
}

const isElementLike = (node: object): node is ElementLike =>
  'type' in node && 'props' in node && typeof (node as ElementLike).props === 'object';

/**
 * Whether `node` (a block's children, as MDX built them) renders nothing a
 * reader can interact with through React: only text, intrinsic elements
 * (`strong`, `em`, `br`, …) and the components `allowed` accepts (inline
 * code, links, list items, nested static blocks), all the way down. A
 * function, a component not accepted, or anything that is not a React node
 * makes it false: that block hydrates as usual.
 *
 * @param node a React node (string, number, boolean, null, element, array)
 * @param allowed decides for a component `type` (not an intrinsic element)
 *   given its props; it is asked about every component in the tree
 * @returns true when the whole tree is static
 */
export function isStaticTree(
  node: unknown,
  allowed: (type: unknown, props: { children?: unknown }) => boolean,
): boolean {
  if (node === null || node === undefined || typeof node === 'boolean') return true;
  if (typeof node === 'string' || typeof node === 'number') return true;
  if (Array.isArray(node)) return node.every((child) => isStaticTree(child, allowed));
  if (typeof node !== 'object' || !isElementLike(node)) return false;
  if (typeof node.type !== 'string' && !allowed(node.type, node.props)) return false;
  return isStaticTree(node.props.children, allowed);
}

/**
 * Whether an MDX `code` element is inline code: its children are text with
 * no line break, and `<wbr>` break opportunities (which `src/lib/tableCards`
 * adds to long identifiers in tables). `@docusaurus/theme-classic` 3.10.2's
 * `MDXComponents/Code` accepts text only, so it took a table's identifier
 * with break opportunities for a code block (a focusable `<pre>` in the cell).
 */
export function isInlineCode(props: { children?: unknown }): boolean {
  const { children } = props;
  if (children === undefined) return false;
  const list = Array.isArray(children) ? children.flat(Infinity) : [children];
  return list.every(
    (child) =>
      (typeof child === 'string' && !child.includes('\n')) ||
      (typeof child === 'object' && child !== null && (child as ElementLike).type === 'wbr'),
  );
}

/** What {@link clientNavigationTarget} reads of a click on a link. */
export interface LinkClick {
  /** The link's resolved URL (`HTMLAnchorElement.href`). */
  href: string;
  /** Its `target` attribute, or '' */
  target: string;
  /** Whether it has a `download` attribute. */
  download: boolean;
  /** The mouse button (0 = main) and the modifier keys held. */
  button: number;
  modifier: boolean;
}

/**
 * Where a click on a link inside server markup should take the reader
 * without a page load, as Docusaurus's `Link` would: the path (with query and
 * hash) of a link to another page of this site, clicked with the main button
 * and no modifier key. Null means "let the browser handle it": another
 * origin, a new tab or window, a download, or a link within the current page
 * (a `#fragment`, which the browser scrolls to itself).
 *
 * @param click the link and the click (see {@link LinkClick})
 * @param current the page's URL (`window.location.href`)
 * @returns a path such as `/guide/create-token#classic`, or null
 */
export function clientNavigationTarget(click: LinkClick, current: string): string | null {
  if (click.button !== 0 || click.modifier || click.download) return null;
  if (click.target !== '' && click.target !== '_self') return null;
  let url: URL;
  let here: URL;
  try {
    url = new URL(click.href, current);
    here = new URL(current);
  } catch {
    return null;
  }
  if (url.origin !== here.origin) return null;
  if (url.pathname === here.pathname && url.search === here.search) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
