import type { ReactNode } from 'react';
import { useThemeConfig } from '@docusaurus/theme-common';
import {
  CodeBlockContextProvider,
  createCodeBlockMetadata,
} from '@docusaurus/theme-common/internal';
import CodeBlockLayout from '@theme/CodeBlock/Layout';
import type { Props } from '@theme/CodeBlock/Content/String';
import { useCodeWordWrap } from '../useCodeWordWrap';

/**
 * A code block whose code is a string: `@docusaurus/theme-classic` 3.10.2's
 * `CodeBlock/Content/String` (ejected), with this site's word-wrap hook
 * (`../useCodeWordWrap`: one shared ResizeObserver instead of a listener,
 * a forced layout and a MutationObserver per block).
 *
 * @param props the code as `children`, and upstream's `className`,
 *   `metastring`, `title`, `language`, `showLineNumbers`
 */
export default function CodeBlockString(props: Props): ReactNode {
  const { prism } = useThemeConfig();
  const metadata = createCodeBlockMetadata({
    code: props.children,
    className: props.className,
    metastring: props.metastring,
    magicComments: prism.magicComments,
    defaultLanguage: prism.defaultLanguage,
    language: props.language,
    title: props.title,
    showLineNumbers: props.showLineNumbers,
  });
  const wordWrap = useCodeWordWrap(metadata.code);
  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <CodeBlockLayout />
    </CodeBlockContextProvider>
  );
}
