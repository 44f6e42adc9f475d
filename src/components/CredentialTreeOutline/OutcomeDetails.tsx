import React from 'react';
import Link from '@docusaurus/Link';
import { verdictLabel, type TreeOutcome } from '@site/src/data/credentialTree';
import { builderHref, guideHref, guideLinkText } from '@site/src/lib/credentialTree/links';
import TroubleshootingOutcomeEntries from '@site/src/components/TroubleshootingOutcomeEntries';
import styles from './styles.module.css';

/**
 * The facts of one outcome of the credential tree as a description list:
 * result (in words, never colour alone), credential, what happens, config
 * keys, rate limit, the guide step to read and, when the outcome names a
 * preset, a link that opens the config builder on it.
 *
 * @param props.outcome an outcome from `src/data/credentialTree.ts`
 */
export default function OutcomeDetails({ outcome }: { outcome: TreeOutcome }): React.JSX.Element {
  return (
    <dl className={styles.details}>
      <dt>Result</dt>
      <dd>
        <span className={styles[`verdict-${outcome.verdict}`]}>
          {verdictLabel[outcome.verdict]}
        </span>
      </dd>
      <dt>Credential sent to GitHub</dt>
      <dd>{outcome.credential}</dd>
      <dt>What happens</dt>
      <dd>{outcome.whatHappens}</dd>
      <dt>Configuration keys</dt>
      <dd>
        <ul className={styles.keys}>
          {outcome.configKeys.map((key) => (
            <li key={key}>
              <code>{key}</code>
            </li>
          ))}
        </ul>
      </dd>
      {outcome.trouble && <TroubleshootingOutcomeEntries ids={outcome.trouble} />}
      <dt>Rate limit</dt>
      <dd>{outcome.rateLimit}</dd>
      <dt>Read next</dt>
      <dd>
        <Link to={guideHref(outcome.guide)}>{guideLinkText(outcome.guide)}</Link>
      </dd>
      {outcome.preset && (
        <>
          <dt>Build the configuration</dt>
          <dd>
            <Link to={builderHref(outcome.preset)}>
              Open the config builder with the <code>{outcome.preset}</code> preset
            </Link>
          </dd>
        </>
      )}
    </dl>
  );
}
