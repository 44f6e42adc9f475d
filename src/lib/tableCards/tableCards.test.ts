import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeTableCards, { TABLE_CARDS_CLASS, textOf, withBreakOpportunities } from './index';

const el = (tagName: string, children: Element['children'] = [], properties = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string) => ({ type: 'text' as const, value });

function table(): Element {
  return el('table', [
    el('thead', [el('tr', [el('th', [text('Key')]), el('th', [el('strong', [text('What')])])])]),
    el('tbody', [
      el('tr', [
        el('td', [el('code', [text('catalog.providers.github.<id>.filters.repository')])]),
        el('td', [text('A regular expression')]),
      ]),
      el('tr', [el('td', [el('code', [text('a.b')])]), el('td', [text('short')])]),
    ]),
  ]);
}

describe('rehypeTableCards', () => {
  it('labels every body cell with its column header and marks the table', () => {
    const t = table();
    rehypeTableCards()({ type: 'root', children: [el('div', [t])] } satisfies Root);
    expect(t.properties.className).toEqual([TABLE_CARDS_CLASS]);
    const body = t.children[1] as Element;
    const labels = body.children.map((row) =>
      (row as Element).children.map((cell) => (cell as Element).properties.dataLabel),
    );
    expect(labels).toEqual([
      ['Key', 'What'],
      ['Key', 'What'],
    ]);
  });

  it('breaks long identifiers in table code after dots and slashes, keeping the text', () => {
    const t = table();
    rehypeTableCards()({ type: 'root', children: [t] });
    const body = t.children[1] as Element;
    const code = ((body.children[0] as Element).children[0] as Element).children[0] as Element;
    expect(code.children.filter((c) => c.type === 'element' && c.tagName === 'wbr')).toHaveLength(
      5,
    );
    expect(textOf(code)).toBe('catalog.providers.github.<id>.filters.repository');
    const short = ((body.children[1] as Element).children[0] as Element).children[0] as Element;
    expect(short.children).toEqual([text('a.b')]);
  });

  it('labels a Markdown table inside an MDX JSX element such as <TabItem>', () => {
    const t = table();
    const tabItem = { type: 'mdxJsxFlowElement', name: 'TabItem', attributes: [], children: [t] };
    rehypeTableCards()({ type: 'root', children: [tabItem as unknown as Element] });
    expect(t.properties.className).toEqual([TABLE_CARDS_CLASS]);
  });

  it('leaves a table without a header row, and code outside tables, alone', () => {
    const bare = el('table', [el('tbody', [el('tr', [el('td', [text('x')])])])]);
    const code = el('code', [text('catalog.providers.github.default')]);
    rehypeTableCards()({ type: 'root', children: [bare, el('p', [code])] });
    expect(bare.properties.className).toBeUndefined();
    expect(code.children).toHaveLength(1);
  });

  it('breaks after every dot and slash, never inside "//" or at the end', () => {
    const parts = withBreakOpportunities('https://example.com/a/b.');
    expect(parts.map((p) => (p.type === 'text' ? p.value : '|')).join('')).toBe(
      'https://|example.|com/|a/|b.',
    );
  });
});
