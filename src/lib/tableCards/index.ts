import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

/**
 * A build-time rehype plugin for the site's Markdown tables, so they read on a
 * phone without sideways scrolling:
 *
 * - every body cell gets `data-label` with its column's header text, and the
 *   table the class {@link TABLE_CARDS_CLASS}; below about 600 px the site's CSS
 *   (`src/css/custom.css`) shows each row as a card with the label above each
 *   value;
 * - inline code in a table (identifiers such as
 *   `catalog.providers.github.<id>.filters.repository`) gets `<wbr>` break
 *   opportunities after dots and slashes, so it wraps at those points rather
 *   than letter by letter.
 *
 * Markdown tables inside JSX (such as `<TabItem>`) are labelled too; tables
 * written as JSX and tables rendered by components are not touched
 * (components label their own cells).
 */
export const TABLE_CARDS_CLASS = 'table-cards';

/** Identifiers at least this long get break opportunities. */
const MIN_BREAKABLE_LENGTH = 16;

const isElement = (node: RootContent | ElementContent | Root): node is Element =>
  node.type === 'element';

/** The text of a node and its descendants. */
export function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root')
    return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

/** The rows of a table section (`thead`/`tbody`) or of the table itself. */
function rows(parent: Element): Element[] {
  return parent.children.filter(
    (child): child is Element => isElement(child) && child.tagName === 'tr',
  );
}

function cells(row: Element): Element[] {
  return row.children.filter(
    (child): child is Element =>
      isElement(child) && (child.tagName === 'td' || child.tagName === 'th'),
  );
}

/**
 * Splits a code text after every `.` and `/` (not at its end) into text and
 * `<wbr>` nodes; short texts come back unchanged.
 */
export function withBreakOpportunities(value: string): ElementContent[] {
  if (value.length < MIN_BREAKABLE_LENGTH) return [{ type: 'text', value }];
  const parts = value.split(/(?<=[./])(?=[^/])/);
  const out: ElementContent[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
    out.push({ type: 'text', value: part } satisfies Text);
  });
  return out;
}

function addBreaks(node: Element): void {
  node.children = node.children.flatMap((child) => {
    if (child.type === 'text') return withBreakOpportunities(child.value);
    if (isElement(child)) addBreaks(child);
    return [child];
  });
}

function breakCode(node: Element): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === 'code') addBreaks(child);
    else breakCode(child);
  }
}

/** Labels one table's body cells with their column headers and breaks its code. */
export function labelTable(table: Element): void {
  const sections = table.children.filter(isElement);
  const head = sections.find((s) => s.tagName === 'thead');
  const headerRow = head ? rows(head)[0] : undefined;
  if (!headerRow) return;
  const labels = cells(headerRow).map((cell) => textOf(cell).trim());
  const bodies = sections.filter((s) => s.tagName === 'tbody');
  for (const body of bodies) {
    for (const row of rows(body)) {
      cells(row).forEach((cell, i) => {
        const label = labels[i];
        if (label) cell.properties = { ...cell.properties, dataLabel: label };
      });
    }
  }
  const existing = table.properties.className;
  const classes = Array.isArray(existing)
    ? existing.map(String)
    : existing
      ? [String(existing)]
      : [];
  table.properties = { ...table.properties, className: [...classes, TABLE_CARDS_CLASS] };
  breakCode(table);
}

/** Any node of the tree: MDX adds its own kinds (JSX elements such as `<TabItem>`) around hast's. */
interface AnyNode {
  type: string;
  tagName?: string;
  children?: AnyNode[];
}

function visit(node: AnyNode): void {
  for (const child of node.children ?? []) {
    if (child.type === 'element' && child.tagName === 'table') labelTable(child as Element);
    else visit(child);
  }
}

/** The rehype plugin (no options): `rehypePlugins: [rehypeTableCards]`. */
export default function rehypeTableCards(): (tree: Root) => void {
  return (tree) => visit(tree as AnyNode);
}
