import React from 'react';
import Link from '@docusaurus/Link';
import { troubleSummaries } from '@site/src/data/troubleshooting/summaries.generated';
import { entryHref } from '@site/src/lib/troubleshooting/anchors';
import RichText from '../TroubleshootingRichText';

/**
 * The troubleshooting entries a "fails" outcome of the credential tree ends
 * in: each entry's title (a link to it on the troubleshooting page) and the
 * fix for its most likely cause. Reads the small generated summaries module,
 * not the whole catalogue. Renders a `dt`/`dd` pair for a description list.
 *
 * @param props.ids entry ids (`TreeOutcome.trouble`); unit tests check they exist
 */
export default function TroubleshootingOutcomeEntries({
  ids,
}: {
  ids: readonly string[];
}): React.JSX.Element {
  return (
    <>
      <dt>Errors you will see</dt>
      <dd>
        <ul>
          {ids.map((id) => {
            const summary = troubleSummaries[id];
            if (!summary) return null;
            return (
              <li key={id}>
                <Link to={entryHref(id)}>{summary.title}</Link>: <RichText text={summary.fix} />
              </li>
            );
          })}
        </ul>
      </dd>
    </>
  );
}
