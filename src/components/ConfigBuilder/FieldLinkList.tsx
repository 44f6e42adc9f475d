import React from 'react';
import type { FieldLink } from '@site/src/lib/configBuilder';
import styles from './styles.module.css';

/** Moves focus to a field (or its group) and brings it into view. */
export function goToField(targetId: string): void {
  const target = document.getElementById(targetId);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  if (!target.matches('input, select, textarea, button')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/** A list of problems or values still to fill in, each linking to its field. */
export default function FieldLinkList({
  id,
  heading,
  links,
  tone,
}: {
  id: string;
  heading: React.ReactNode;
  links: readonly FieldLink[];
  tone: 'problem' | 'todo';
}): React.JSX.Element {
  return (
    <div id={id} className={tone === 'problem' ? styles.problems : styles.todoList}>
      <p className={styles.listHeading}>{heading}</p>
      <ul>
        {links.map((link, i) => (
          <li key={`${link.field}-${i}`}>
            <a
              href={`#${link.targetId}`}
              onClick={(event) => {
                event.preventDefault();
                goToField(link.targetId);
              }}
            >
              {link.label}
            </a>
            : {link.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
