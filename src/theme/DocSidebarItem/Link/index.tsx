import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { isActiveSidebarItem } from '@docusaurus/plugin-content-docs/client';
import Link from '@docusaurus/Link';
import isInternalUrl from '@docusaurus/isInternalUrl';
import IconExternalLink from '@theme/Icon/ExternalLink';
import type { Props } from '@theme/DocSidebarItem/Link';
import { useProgress } from '@site/src/components/StepHeader/progressStore';
import styles from './styles.module.css';

/**
 * A sidebar link (ejected from `@docusaurus/theme-classic` 3.10.2's
 * `DocSidebarItem/Link`) that shows a tick, with a visually hidden "done",
 * on a guide step the reader marked as done in this browser.
 */
export default function DocSidebarItemLink({
  item,
  onItemClick,
  activePath,
  level,
  index: _index,
  ...props
}: Props): ReactNode {
  const { href, label, className, autoAddBaseUrl } = item;
  const isActive = isActiveSidebarItem(item, activePath);
  const isInternalLink = isInternalUrl(href);
  const done = useProgress().done.includes(item.docId ?? '');
  return (
    <li
      className={clsx(
        ThemeClassNames.docs.docSidebarItemLink,
        ThemeClassNames.docs.docSidebarItemLinkLevel(level),
        'menu__list-item',
        className,
      )}
      key={label}
    >
      <Link
        className={clsx('menu__link', !isInternalLink && styles.menuExternalLink, {
          'menu__link--active': isActive,
        })}
        autoAddBaseUrl={autoAddBaseUrl}
        aria-current={isActive ? 'page' : undefined}
        to={href}
        {...(isInternalLink && {
          onClick: onItemClick ? () => onItemClick(item) : undefined,
        })}
        {...props}
      >
        <span className={styles.linkLabel}>{label}</span>
        {done && (
          <span className={styles.done}>
            <span aria-hidden="true">✓</span>
            <span className="visually-hidden"> (done)</span>
          </span>
        )}
        {!isInternalLink && <IconExternalLink />}
      </Link>
    </li>
  );
}
