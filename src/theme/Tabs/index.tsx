import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import clsx from 'clsx';
import { ThemeClassNames } from '@docusaurus/theme-common';
import {
  useScrollPositionBlocker,
  useTabsContextValue,
  useTabs,
  sanitizeTabsChildren,
  TabsProvider,
} from '@docusaurus/theme-common/internal';
import type { Props } from '@theme/Tabs';
import styles from './styles.module.css';

type TabEvent = MouseEvent<HTMLLIElement> | KeyboardEvent<HTMLLIElement>;

/** The row of tabs: arrow keys move focus, Enter or a click selects (as upstream). */
function TabList({ className }: { className?: string }): ReactNode {
  const { selectedValue, selectValue, tabValues, block } = useTabs();
  const tabRefs: (HTMLLIElement | null)[] = [];
  const { blockElementScrollPositionUntilNextRender } = useScrollPositionBlocker();

  const handleTabChange = (event: TabEvent) => {
    const newTab = event.currentTarget;
    const newTabValue = tabValues[tabRefs.indexOf(newTab)]?.value;
    if (newTabValue !== undefined && newTabValue !== selectedValue) {
      blockElementScrollPositionUntilNextRender(newTab);
      selectValue(newTabValue);
    }
  };

  const handleKeydown = (event: KeyboardEvent<HTMLLIElement>) => {
    let focusElement: HTMLLIElement | null | undefined = null;
    switch (event.key) {
      case 'Enter':
        handleTabChange(event);
        break;
      case 'ArrowRight': {
        const nextTab = tabRefs.indexOf(event.currentTarget) + 1;
        focusElement = tabRefs[nextTab] ?? tabRefs[0];
        break;
      }
      case 'ArrowLeft': {
        const prevTab = tabRefs.indexOf(event.currentTarget) - 1;
        focusElement = tabRefs[prevTab] ?? tabRefs[tabRefs.length - 1];
        break;
      }
      default:
        break;
    }
    focusElement?.focus();
  };

  return (
    <ul
      role="tablist"
      aria-orientation="horizontal"
      className={clsx('tabs', { 'tabs--block': block }, className)}
    >
      {tabValues.map(({ value, label, attributes }) => (
        <li
          role="tab"
          tabIndex={selectedValue === value ? 0 : -1}
          aria-selected={selectedValue === value}
          key={value}
          ref={(ref) => {
            tabRefs.push(ref);
          }}
          onKeyDown={handleKeydown}
          onClick={handleTabChange}
          {...attributes}
          className={clsx(
            'tabs__item',
            styles.tabItem,
            typeof attributes?.className === 'string' && attributes.className,
            { 'tabs__item--active': selectedValue === value },
          )}
        >
          {label ?? value}
        </li>
      ))}
    </ul>
  );
}

/**
 * Docusaurus's Tabs (ejected from `@docusaurus/theme-classic` 3.10.2's
 * `Tabs/index`), without the remount after hydration.
 *
 * Upstream keys the tabs on `useIsBrowser()` ("temporary fix" for
 * facebook/docusaurus#5653), so every tab set, code blocks and all, was
 * rendered a second time right after hydration and its DOM replaced. The
 * fix is no longer needed: `useTabsContextValue` (theme-common 3.10) starts
 * from the default tab on the server and during hydration alike, and moves
 * to the reader's stored or query-string choice in a layout effect, an
 * ordinary update. `e2e/code-blocks.spec.ts` checks a stored choice still
 * applies on load.
 *
 * @param props upstream's: `TabItem` children, `groupId`, `defaultValue`,
 *   `values`, `queryString`, `lazy`, `block`, `className`
 */
export default function Tabs(props: Props): ReactNode {
  const value = useTabsContextValue(props);
  return (
    <TabsProvider value={value}>
      <div
        className={clsx(
          ThemeClassNames.tabs.container,
          // Upstream's former name, kept for compatibility.
          'tabs-container',
          styles.tabList,
        )}
      >
        {/* As upstream: `className` goes on the tab list, not the container. */}
        <TabList className={props.className} />
        <div className="margin-top--md">{sanitizeTabsChildren(props.children)}</div>
      </div>
    </TabsProvider>
  );
}
