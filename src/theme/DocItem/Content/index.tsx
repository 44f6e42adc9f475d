import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import type { Props } from '@theme/DocItem/Content';
import { guideSteps } from '@site/src/data/guideSteps';
import StepHeader from '@site/src/components/StepHeader';
import DoneButton from '@site/src/components/StepHeader/DoneButton';

/**
 * The doc page's content (ejected from `@docusaurus/theme-classic` 3.10.2's
 * `DocItem/Content`): the synthetic title, then, on a guide step only, the
 * step header (before the text) and the "mark this step as done" button
 * (after it). Which doc is a step comes from `src/data/guideSteps.ts`, so no
 * MDX page has to change.
 */
export default function DocItemContent({ children }: Props): ReactNode {
  const { metadata, frontMatter, contentTitle } = useDoc();
  const syntheticTitle =
    !frontMatter.hide_title && typeof contentTitle === 'undefined' ? metadata.title : null;
  const step = guideSteps.find((s) => s.docId === metadata.id);
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      {syntheticTitle && (
        <header>
          <Heading as="h1">{syntheticTitle}</Heading>
        </header>
      )}
      {step && <StepHeader step={step} />}
      <MDXContent>{children}</MDXContent>
      {step && <DoneButton step={step} />}
    </div>
  );
}
