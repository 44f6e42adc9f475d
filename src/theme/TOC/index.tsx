import type { ReactNode } from 'react';
import clsx from 'clsx';
import TOCItems from '@theme/TOCItems';
import type { Props } from '@theme/TOC';
import { Adopted } from '@site/src/components/StaticBlock';
import { isBelowDesktop } from '@site/src/components/StaticBlock/serverMarkup';
import styles from './styles.module.css';

// Its own link class, so the phone's collapsible table of contents is not highlighted by mistake.
const LINK_CLASS_NAME = 'table-of-contents__link toc-highlight';
const LINK_ACTIVE_CLASS_NAME = 'table-of-contents__link--active';

/**
 * The table of contents beside a page: `@docusaurus/theme-classic` 3.10.2's
 * `TOC` (ejected, with its CSS), with the desktop sidebar's change for
 * phones (`src/theme/DocSidebar/Desktop`): CSS hides it below the desktop
 * breakpoint and theme-classic removes it right after hydration, so on a
 * phone-width window hydration keeps its server markup ({@link Adopted})
 * rather than making fibers of links about to go.
 *
 * @param props.toc the headings; `minHeadingLevel`/`maxHeadingLevel` which
 *   levels to list; `className` extra classes
 */
export default function TOC({ className, ...props }: Props): ReactNode {
  return (
    <Adopted
      as="div"
      adopt={isBelowDesktop()}
      className={clsx(styles.tableOfContents, 'thin-scrollbar', className)}
    >
      <TOCItems
        {...props}
        linkClassName={LINK_CLASS_NAME}
        linkActiveClassName={LINK_ACTIVE_CLASS_NAME}
      />
    </Adopted>
  );
}
