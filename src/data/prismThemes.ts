import type { PrismTheme } from 'prism-react-renderer';

/**
 * The code-block colour theme, for both colour modes: every colour is a CSS
 * custom property (`--code-*`) whose light and dark values live in
 * `src/css/custom.css` (GitHub's Primer syntax palette, WCAG AA against the
 * block background; axe-core checks every page in both modes).
 *
 * One theme for both modes means a code block's markup does not depend on
 * the colour mode: the static HTML is right in dark mode too, and hydration
 * never has to restyle every token (`src/theme/CodeBlock/Content` relies on it
 * to keep the server's highlighted markup as it is).
 */
export const codeTheme: PrismTheme = {
  plain: { color: 'var(--code-plain)', backgroundColor: 'var(--code-background)' },
  styles: [
    {
      types: ['comment', 'prolog', 'doctype', 'cdata'],
      style: { color: 'var(--code-comment)', fontStyle: 'italic' },
    },
    { types: ['punctuation', 'operator'], style: { color: 'var(--code-plain)' } },
    {
      types: ['string', 'attr-value', 'char', 'regex', 'inserted'],
      style: { color: 'var(--code-string)' },
    },
    {
      types: ['number', 'boolean', 'constant', 'symbol', 'property', 'entity', 'url', 'builtin'],
      style: { color: 'var(--code-constant)' },
    },
    {
      types: ['keyword', 'atrule', 'selector', 'important'],
      style: { color: 'var(--code-keyword)' },
    },
    {
      types: ['function', 'function-variable', 'class-name'],
      style: { color: 'var(--code-function)' },
    },
    { types: ['variable', 'parameter'], style: { color: 'var(--code-variable)' } },
    { types: ['tag', 'attr-name', 'key'], style: { color: 'var(--code-tag)' } },
    { types: ['deleted'], style: { color: 'var(--code-deleted)' } },
  ],
};
