import type { ReactNode } from 'react';
import { substitute } from '@site/src/lib/yourSetup/substitute';
import { useSetup } from './store';

/**
 * A pre-filled GitHub link in prose. `href` is a template with placeholders
 * (`https://{{host}}/organizations/{{org}}/settings/apps/new`); the link and,
 * unless `children` is given, its text (as code) carry the defaults in the
 * static HTML and the reader's values after hydration.
 */
export default function SetupLink({
  href,
  children,
}: {
  href: string;
  children?: ReactNode;
}): ReactNode {
  const url = substitute(href, useSetup());
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children ?? <code>{url}</code>}
    </a>
  );
}
