import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { troubleAreas, troubleshootingEntries } from '@site/src/data/troubleshooting';
import { entriesByArea } from '@site/src/lib/troubleshooting/present';
import Entry from './Entry';
import styles from './styles.module.css';

const groups = entriesByArea(troubleAreas, troubleshootingEntries);
const titles = new Map(troubleshootingEntries.map((e) => [e.id, e.title]));

/**
 * Every troubleshooting entry from `src/data/troubleshooting/`, grouped by area
 * (`h2` with the area id), one `h3` per entry (id = entry id), after an index
 * of the areas with their entries. Rendered at build time, so the page is
 * complete without JavaScript; no state, so hydration stays cheap.
 */
export default function TroubleshootingEntries(): React.JSX.Element {
  return (
    <>
      <nav aria-label="Troubleshooting areas" className={styles.index}>
        <ul>
          {groups.map((group) => (
            <li key={group.area}>
              <Link to={`#${group.area}`}>{group.title}</Link> ({group.entries.length})
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.area}>
          <Heading as="h2" id={group.area}>
            {group.title}
          </Heading>
          {group.entries.map((entry) => (
            <Entry key={entry.id} entry={entry} titles={titles} />
          ))}
        </section>
      ))}
    </>
  );
}
