import { memo, useMemo, type ReactNode } from 'react';
import clsx from 'clsx';
import { NavbarSecondaryMenuFiller, ThemeClassNames } from '@docusaurus/theme-common';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import DocSidebarItems from '@theme/DocSidebarItems';
import type { Props } from '@theme/DocSidebar/Mobile';

/** What the phone menu's sidebar panel needs: one object, so the filler gets one prop. */
interface MenuState {
  sidebar: Props['sidebar'];
  path: string;
}

/** The doc sidebar inside the phone menu; a link (or a category with a page) closes the menu. */
function DocSidebarMobileSecondaryMenu({ state }: { state: MenuState }): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={state.sidebar}
        activePath={state.path}
        onItemClick={(item) => {
          if (item.type === 'link' || (item.type === 'category' && item.href)) {
            mobileSidebar.toggle();
          }
        }}
        level={1}
      />
    </ul>
  );
}

/**
 * The doc sidebar on a phone: `@docusaurus/theme-classic` 3.10.2's
 * `DocSidebar/Mobile` (ejected), which hands the sidebar to the navbar's
 * phone menu through `NavbarSecondaryMenuFiller`. The one change: the filler
 * gets a single prop (`state`, memoised here) instead of the sidebar's four.
 * The filler memoises its props by sorting their keys with `localeCompare`,
 * and the first `localeCompare` on a page loads the browser's collation data
 * (about 70 ms of script time under Lighthouse's 4× CPU slowdown); with one
 * key there is nothing to sort, so it is never called.
 *
 * @param props.sidebar the sidebar's items
 * @param props.path the current page's path, to mark the active item
 */
function DocSidebarMobile({ sidebar, path }: Props): ReactNode {
  const state = useMemo<MenuState>(() => ({ sidebar, path }), [sidebar, path]);
  return <NavbarSecondaryMenuFiller component={DocSidebarMobileSecondaryMenu} props={{ state }} />;
}

export default memo(DocSidebarMobile);
