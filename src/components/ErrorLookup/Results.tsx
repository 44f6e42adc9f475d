import React from 'react';
import Link from '@docusaurus/Link';
import type { LookupHit, LookupResult } from '@site/src/lib/troubleshooting/lookup';
import { displayPattern, stepLink } from '@site/src/lib/troubleshooting/present';
import RichText from '../TroubleshootingRichText';
import styles from './styles.module.css';

function matchedMessage(hit: LookupHit): string {
  const fromPattern = hit.entry.messages.some((m) => m.pattern === hit.matched);
  return fromPattern ? displayPattern(hit.matched) : hit.matched;
}

/** One ranked entry: title (a link to the entry), matched message, first cause and fix, the step. */
function Hit({ hit }: { hit: LookupHit }): React.JSX.Element {
  const cause = hit.entry.causes[0];
  const step = hit.entry.preventedBy[0];
  const stepHref = step ? stepLink(step) : undefined;
  return (
    <li className={styles.hit}>
      <a href={`#${hit.entry.id}`} className={styles.hitTitle} data-entry={hit.entry.id}>
        {hit.entry.title}
      </a>
      <span className={styles.badge}>
        {hit.kind === 'exact' ? 'matches the message' : 'similar words'}
      </span>
      <pre className={styles.matched}>
        <code>{matchedMessage(hit)}</code>
      </pre>
      {cause ? (
        <p>
          <strong>Likely cause:</strong> <RichText text={cause.cause} />
          <br />
          <strong>Fix:</strong> <RichText text={cause.fix} />
        </p>
      ) : null}
      {stepHref ? (
        <p>
          <strong>Prevented by:</strong> <Link to={stepHref.href}>{stepHref.label}</Link>
        </p>
      ) : null}
    </li>
  );
}

/**
 * The lookup's answer: ranked entries, or "no match" with the closest entries
 * and a link to the site search (without the text: it never goes into a URL).
 *
 * @param props.result from `lookupErrors`
 */
export default function Results({ result }: { result: LookupResult }): React.JSX.Element | null {
  if (result.hits.length > 0) {
    return (
      <>
        <p className={styles.summary}>
          {result.hits.length === 1 ? '1 entry matches.' : `${result.hits.length} entries match.`}
        </p>
        <ol className={styles.hits} aria-label="Matching entries">
          {result.hits.map((hit) => (
            <Hit key={hit.entry.id} hit={hit} />
          ))}
        </ol>
      </>
    );
  }
  if (!result.noMatch) return null;
  return (
    <>
      <p className={styles.summary}>
        No entry matches this text. Try the part of the message after the last <code>Error:</code>,
        or <Link to="/search">search the site</Link>.
      </p>
      {result.closest.length > 0 ? (
        <>
          <p>The closest entries:</p>
          <ul className={styles.closest} aria-label="Closest entries">
            {result.closest.map((hit) => (
              <li key={hit.entry.id}>
                <a href={`#${hit.entry.id}`}>{hit.entry.title}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
