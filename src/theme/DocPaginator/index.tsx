import React, { type ReactNode } from 'react';
import DocPaginator from '@theme-original/DocPaginator';
import type { Props } from '@theme/DocPaginator';
import { paginatorLabel } from '@site/src/lib/progress/labels';

/**
 * Docusaurus's previous/next links, with guide steps named
 * "Step N of 10: <title>" (see `paginatorLabel`).
 */
export default function DocPaginatorWrapper(props: Props): ReactNode {
  const relabel = (link: Props['next']) =>
    link && { ...link, title: paginatorLabel(link.permalink, link.title) };
  return <DocPaginator {...props} previous={relabel(props.previous)} next={relabel(props.next)} />;
}
