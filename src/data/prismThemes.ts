import type { PrismTheme } from 'prism-react-renderer';

/**
 * Code-block colour themes with WCAG AA contrast (at least 4.5:1 against the
 * block background) for every token colour. The colours are GitHub's Primer
 * syntax palette (github.com/primer/primitives), which is designed for that;
 * the default `prism-react-renderer` GitHub theme is not (its comment grey is
 * about 2.8:1), and axe-core checks every page.
 */
export const lightCodeTheme: PrismTheme = {
  plain: { color: '#1f2328', backgroundColor: '#f6f8fa' },
  styles: [
    {
      types: ['comment', 'prolog', 'doctype', 'cdata'],
      style: { color: '#57606a', fontStyle: 'italic' },
    },
    { types: ['punctuation', 'operator'], style: { color: '#1f2328' } },
    { types: ['string', 'attr-value', 'char', 'regex', 'inserted'], style: { color: '#0a3069' } },
    {
      types: ['number', 'boolean', 'constant', 'symbol', 'property', 'entity', 'url', 'builtin'],
      style: { color: '#0550ae' },
    },
    { types: ['keyword', 'atrule', 'selector', 'important'], style: { color: '#b91c28' } },
    { types: ['function', 'function-variable', 'class-name'], style: { color: '#6639ba' } },
    { types: ['variable', 'parameter'], style: { color: '#953800' } },
    { types: ['tag', 'attr-name', 'key'], style: { color: '#116329' } },
    { types: ['deleted'], style: { color: '#82071e' } },
  ],
};

export const darkCodeTheme: PrismTheme = {
  plain: { color: '#e6edf3', backgroundColor: '#161b22' },
  styles: [
    {
      types: ['comment', 'prolog', 'doctype', 'cdata'],
      style: { color: '#9198a1', fontStyle: 'italic' },
    },
    { types: ['punctuation', 'operator'], style: { color: '#e6edf3' } },
    { types: ['string', 'attr-value', 'char', 'regex', 'inserted'], style: { color: '#a5d6ff' } },
    {
      types: ['number', 'boolean', 'constant', 'symbol', 'property', 'entity', 'url', 'builtin'],
      style: { color: '#79c0ff' },
    },
    { types: ['keyword', 'atrule', 'selector', 'important'], style: { color: '#ff7b72' } },
    { types: ['function', 'function-variable', 'class-name'], style: { color: '#d2a8ff' } },
    { types: ['variable', 'parameter'], style: { color: '#ffa657' } },
    { types: ['tag', 'attr-name', 'key'], style: { color: '#7ee787' } },
    { types: ['deleted'], style: { color: '#ffa198' } },
  ],
};
