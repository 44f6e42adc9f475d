import { describe, expect, test } from 'vitest';
import { mdxCodeBlocks, parseFenceMeta } from './codeBlocks';

describe('parseFenceMeta', () => {
  test('reads quoted attributes and bare flags, in any order', () => {
    const meta = parseFenceMeta(
      'title="packages/app/src/App.tsx" setup wrapper=\'legacy-app\' showLineNumbers',
    );
    expect(Object.fromEntries(meta.attributes)).toEqual({
      title: 'packages/app/src/App.tsx',
      wrapper: 'legacy-app',
    });
    expect([...meta.flags]).toEqual(['setup', 'showLineNumbers']);
  });

  test('keeps spaces and = inside quoted values, reads unquoted values to the next space', () => {
    const meta = parseFenceMeta('title="a b=c" wrapper=backend-index');
    expect(meta.attributes.get('title')).toBe('a b=c');
    expect(meta.attributes.get('wrapper')).toBe('backend-index');
    expect(meta.flags.size).toBe(0);
  });

  test('no meta, and characters that start no token (a line range), give nothing', () => {
    expect(parseFenceMeta(null)).toEqual({ raw: '', attributes: new Map(), flags: new Set() });
    const meta = parseFenceMeta('{1,3-4} title="x"');
    expect([...meta.flags]).toEqual([]);
    expect(meta.attributes.get('title')).toBe('x');
  });
});

const page = [
  '---',
  'title: A page',
  '---',
  '',
  "import Tabs from '@theme/Tabs';",
  "import TabItem from '@theme/TabItem';",
  '',
  '## A heading {#custom-id}',
  '',
  '```ts title="a.ts" wrapper="backend-index"',
  'const a = 1;',
  '```',
  '',
  '1. In a list:',
  '',
  '   ```tsx title="b.tsx"',
  '   export default 1;',
  '   ```',
  '',
  ':::danger[`Some message`]',
  '```bash',
  'echo inside an admonition',
  '```',
  ':::',
  '',
  '<Tabs>',
  '<TabItem value="x" label="X">',
  '',
  '````ts',
  '```not a fence```',
  '````',
  '',
  '</TabItem>',
  '</Tabs>',
  '',
  '    indented text (MDX has no indented code blocks)',
].join('\n');

describe('mdxCodeBlocks', () => {
  const blocks = mdxCodeBlocks(page, 'docs/x.mdx');

  test('finds fenced blocks in lists, admonitions and JSX, with the page line of the fence, and nothing else', () => {
    expect(blocks.map((b) => [b.line, b.lang, b.code])).toEqual([
      [10, 'ts', 'const a = 1;'],
      [16, 'tsx', 'export default 1;'],
      [21, 'bash', 'echo inside an admonition'],
      [29, 'ts', '```not a fence```'],
    ]);
  });

  test('carries each fence meta', () => {
    expect(blocks[0]?.meta.attributes.get('wrapper')).toBe('backend-index');
    expect(blocks[1]?.meta.attributes.get('title')).toBe('b.tsx');
    expect(blocks[0]?.file).toBe('docs/x.mdx');
  });

  test('a page that is not valid MDX fails with its name', () => {
    expect(() => mdxCodeBlocks('# Title\n\n<Tabs>\n', 'docs/broken.mdx')).toThrow(
      /^docs\/broken\.mdx: not valid MDX/,
    );
  });
});
