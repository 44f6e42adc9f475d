import type { ReactNode } from 'react';
import CodeBlock from '@theme-original/CodeBlock';
import type CodeBlockType from '@theme/CodeBlock';
import type { WrapperProps } from '@docusaurus/types';
import { hasSetupFlag, substitute } from '@site/src/lib/yourSetup/substitute';
import { useSetup } from '@site/src/components/YourSetup/store';

type Props = WrapperProps<typeof CodeBlockType>;

function SetupCodeBlock({ children, ...props }: Props & { children: string }): ReactNode {
  return <CodeBlock {...props}>{substitute(children, useSetup())}</CodeBlock>;
}

/**
 * Docusaurus's CodeBlock, wrapped: a block whose fence meta has the `setup`
 * word (```` ```yaml title="app-config.yaml" setup ````) shows its
 * placeholders (`{{org}}`, …) filled with "your setup" (the defaults in the
 * static HTML, the reader's values after hydration); copy copies what is
 * shown. Every other block passes through untouched.
 */
export default function CodeBlockWrapper(props: Props): ReactNode {
  if (typeof props.children === 'string' && hasSetupFlag(props.metastring)) {
    return <SetupCodeBlock {...props} children={props.children} />;
  }
  return <CodeBlock {...props} />;
}
