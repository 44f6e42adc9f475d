import { Children, isValidElement, type ReactNode } from 'react';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type { Props } from '@theme/CodeBlock';
import { hasSetupFlag, substitute } from '@site/src/lib/yourSetup/substitute';
import { useSetup } from '@site/src/components/YourSetup/store';

/**
 * The children as one string when they are only strings (so the block can
 * be highlighted and copied), otherwise as they are. As upstream.
 */
function maybeStringifyChildren(children: ReactNode): ReactNode {
  if (Children.toArray(children).some((child) => isValidElement(child))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

function SetupCodeBlock({ children, ...props }: Props & { children: string }): ReactNode {
  return <StringContent {...props}>{substitute(children, useSetup())}</StringContent>;
}

/**
 * Docusaurus's CodeBlock (ejected from `@docusaurus/theme-classic` 3.10.2's
 * `CodeBlock/index`), with two changes:
 *
 * - No remount after hydration. Upstream keys the block on `useIsBrowser()`
 *   because its server markup carries the light theme's colours even in dark
 *   mode, so every block on a page was rendered (and tokenised by Prism) a
 *   second time right after hydration, replacing its DOM. This site's code
 *   theme is the same in both modes (`src/data/prismThemes.ts`, CSS custom
 *   properties), so the server's markup is already right.
 * - "Your setup": a block whose fence meta has the `setup` word
 *   (```` ```yaml title="app-config.yaml" setup ````) shows its placeholders
 *   (`{{org}}`, …) filled with the reader's values (the defaults in the static
 *   HTML, the reader's own after hydration); copy copies what is shown.
 *
 * @param props upstream's: the code as children, `className` (`language-x`),
 *   `metastring`, `title`, `language`, `showLineNumbers`
 */
export default function CodeBlock({ children: rawChildren, ...props }: Props): ReactNode {
  const children = maybeStringifyChildren(rawChildren);
  if (typeof children !== 'string') return <ElementContent {...props}>{children}</ElementContent>;
  if (hasSetupFlag(props.metastring)) return <SetupCodeBlock {...props}>{children}</SetupCodeBlock>;
  return <StringContent {...props}>{children}</StringContent>;
}
