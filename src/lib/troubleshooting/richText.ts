/**
 * A tiny parser for the troubleshooting data's `RichText` (see
 * `src/data/troubleshooting/types.ts`): plain text with `` `code` `` spans,
 * `**bold**` and `[label](target)` links, and nothing else. Pure: no React, no DOM.
 */

/** One piece of parsed rich text. */
export type RichNode =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'code'; readonly text: string }
  | { readonly type: 'bold'; readonly children: readonly RichNode[] }
  | { readonly type: 'link'; readonly href: string; readonly children: readonly RichNode[] };

/** A link target the data may use: a site path, an in-page anchor or an `https://` URL. */
const TARGET = /^(?:\/[^\s()]*|#[\w-]+|https:\/\/[^\s()]+)$/;

function pushText(nodes: RichNode[], text: string): void {
  if (text === '') return;
  const last = nodes.at(-1);
  if (last?.type === 'text') nodes[nodes.length - 1] = { type: 'text', text: last.text + text };
  else nodes.push({ type: 'text', text });
}

/** Where the `]` that closes the `[` at `open` is (brackets may nest), or -1. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    const c = text[i];
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (c === '[') depth += 1;
    else if (c === ']') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function parseInline(text: string, inBold: boolean, inLink: boolean): RichNode[] {
  const nodes: RichNode[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        nodes.push({ type: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    } else if (c === '*' && text[i + 1] === '*' && !inBold) {
      const end = text.indexOf('**', i + 2);
      if (end > i + 2) {
        nodes.push({ type: 'bold', children: parseInline(text.slice(i + 2, end), true, inLink) });
        i = end + 2;
        continue;
      }
    } else if (c === '[' && !inLink) {
      const close = closingBracket(text, i);
      if (close > i + 1 && text[close + 1] === '(') {
        const end = text.indexOf(')', close + 2);
        const href = end > 0 ? text.slice(close + 2, end) : '';
        if (TARGET.test(href)) {
          nodes.push({
            type: 'link',
            href,
            children: parseInline(text.slice(i + 1, close), inBold, true),
          });
          i = end + 1;
          continue;
        }
      }
    }
    pushText(nodes, c);
    i += 1;
  }
  return nodes;
}

/**
 * Parses rich text.
 *
 * @param text any string; text that is not one of the three forms (an unclosed
 *   `` ` ``, a `[label](target)` whose target is not a site path, `#anchor` or
 *   `https://` URL) stays literal text. Never throws.
 * @returns the nodes in order; adjacent text is merged.
 */
export function parseRichText(text: string): RichNode[] {
  return parseInline(text, false, false);
}

/**
 * Every link target in rich text, in order (for link checks).
 * @param text rich text
 */
export function richTextLinks(text: string): string[] {
  const hrefs: string[] = [];
  const walk = (nodes: readonly RichNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'link') hrefs.push(node.href);
      if (node.type === 'link' || node.type === 'bold') walk(node.children);
    }
  };
  walk(parseRichText(text));
  return hrefs;
}

/**
 * The plain text of rich text (code spans keep their text, markup removed), for
 * search and similarity.
 * @param text rich text
 */
export function richTextPlain(text: string): string {
  const flat = (nodes: readonly RichNode[]): string =>
    nodes
      .map((node) =>
        node.type === 'text' || node.type === 'code' ? node.text : flat(node.children),
      )
      .join('');
  return flat(parseRichText(text));
}
