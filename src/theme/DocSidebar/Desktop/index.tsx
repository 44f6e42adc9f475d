import { memo, type ReactNode } from 'react';
import clsx from 'clsx';
import { useThemeConfig } from '@docusaurus/theme-common';
import Logo from '@theme/Logo';
import CollapseButton from '@theme/DocSidebar/Desktop/CollapseButton';
import Content from '@theme/DocSidebar/Desktop/Content';
import type { Props } from '@theme/DocSidebar/Desktop';
import { Adopted } from '@site/src/components/StaticBlock';
import { isBelowDesktop } from '@site/src/components/StaticBlock/serverMarkup';
import styles from './styles.module.css';

/**
 * The doc sidebar beside the page: `@docusaurus/theme-classic` 3.10.2's
 * `DocSidebar/Desktop` (ejected, with its CSS), with one change for phones.
 *
 * Upstream renders it for the server's markup and hydrates it everywhere,
 * then removes it on a phone as soon as `useWindowSize` says "mobile" (CSS
 * hides it until then). On a phone-width window, hydration here keeps its
 * server markup instead ({@link Adopted}): the thirty links and categories
 * about to be removed never become React fibers. Wider windows, and a
 * sidebar rendered later (a window widened past the breakpoint), are
 * upstream's.
 *
 * @param props.path the current page's path; `sidebar` its items;
 *   `onCollapse` hides the sidebar; `isHidden` it is hidden
 */
function DocSidebarDesktop({ path, sidebar, onCollapse, isHidden }: Props): ReactNode {
  const {
    navbar: { hideOnScroll },
    docs: {
      sidebar: { hideable },
    },
  } = useThemeConfig();
  return (
    <Adopted
      as="div"
      adopt={isBelowDesktop()}
      className={clsx(
        styles.sidebar,
        hideOnScroll && styles.sidebarWithHideableNavbar,
        isHidden && styles.sidebarHidden,
      )}
    >
      {hideOnScroll && <Logo tabIndex={-1} className={styles.sidebarLogo} />}
      <Content path={path} sidebar={sidebar} />
      {hideable && <CollapseButton onClick={onCollapse} />}
    </Adopted>
  );
}

export default memo(DocSidebarDesktop);
