import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { TroubleshootingEntry } from '@site/src/data/troubleshooting/types';
import {
  displayPattern,
  printerLabel,
  sourceLink,
  stepLink,
} from '@site/src/lib/troubleshooting/present';
import RichText from '../TroubleshootingRichText';
import styles from './styles.module.css';

/**
 * One troubleshooting entry: an `h3` whose id is the entry id, the message(s)
 * verbatim, where it shows up, causes with fixes, the step that prevents it,
 * versions, whether the real-backend suite reproduced it, sources and related
 * entries. No state: plain elements, cheap to hydrate.
 *
 * @param props.entry the entry
 * @param props.titles every entry's title by id (for the related links)
 */
export default function Entry({
  entry,
  titles,
}: {
  entry: TroubleshootingEntry;
  titles: ReadonlyMap<string, string>;
}): React.JSX.Element {
  return (
    <section className={styles.entry}>
      <Heading as="h3" id={entry.id}>
        <RichText text={entry.title} />
      </Heading>
      {entry.messages.map((message) => (
        <div key={message.pattern} className={styles.message}>
          <pre className={styles.pattern}>
            <code>{displayPattern(message.pattern)}</code>
          </pre>
          <p className={styles.meta}>
            Printed by {printerLabel(message.printedBy)}
            {message.versions ? (
              <>
                {'; '}
                <RichText text={message.versions} />
              </>
            ) : null}
            .
          </p>
        </div>
      ))}
      {entry.symptoms && entry.symptoms.length > 0 ? (
        <p>
          <strong>{entry.kind === 'symptom' ? 'Symptom' : 'Also described as'}:</strong>{' '}
          {entry.symptoms.map((s, i) => (
            <React.Fragment key={s}>
              {i > 0 ? '; ' : ''}“{s}”
            </React.Fragment>
          ))}
          .
        </p>
      ) : null}
      <p>
        <strong>Where it shows up:</strong> <RichText text={entry.where} />
      </p>
      <ol className={styles.causes}>
        {entry.causes.map((c) => (
          <li key={c.cause}>
            <RichText text={c.cause} />
            <br />
            <strong>Fix:</strong> <RichText text={c.fix} />
          </li>
        ))}
      </ol>
      <p>
        <strong>Prevented by:</strong>{' '}
        {entry.preventedBy.map((ref, i) => {
          const link = stepLink(ref);
          return (
            <React.Fragment key={link.href}>
              {i > 0 ? ', ' : ''}
              <Link to={link.href}>{link.label}</Link>
            </React.Fragment>
          );
        })}
        .
      </p>
      <p>
        <strong>Applies to:</strong> <RichText text={entry.appliesTo} />.
        {entry.reproduced ? (
          <>
            {' '}
            Reproduced with Backstage {entry.reproduced.backstage} (test “{entry.reproduced.test}”
            in <code>backstage-tests/</code>).
          </>
        ) : null}
      </p>
      <p className={styles.sourcesLabel}>
        <strong>Sources:</strong>
      </p>
      <ul className={styles.sources}>
        {entry.sources.map((source) => {
          const link = sourceLink(source);
          return (
            <li key={link.label}>
              <a href={link.href} rel="noopener noreferrer">
                {link.label}
              </a>
            </li>
          );
        })}
      </ul>
      {entry.related && entry.related.length > 0 ? (
        <p>
          <strong>Related:</strong>{' '}
          {entry.related.map((id, i) => (
            <React.Fragment key={id}>
              {i > 0 ? ', ' : ''}
              <Link to={`#${id}`}>{titles.get(id) ?? id}</Link>
            </React.Fragment>
          ))}
          .
        </p>
      ) : null}
    </section>
  );
}
