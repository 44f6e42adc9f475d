import React from 'react';
import Link from '@docusaurus/Link';
import {
  createGithubAppPermissions,
  tokenFeatures,
  type Reasoned,
} from '@site/src/data/tokenFeatures';
import { guideStep } from '@site/src/data/guideSteps';
import { urlPermissions } from '@site/src/lib/tokenPlan';
import styles from './styles.module.css';

const level = (l: string) => (l === 'write' ? 'read and write' : l === 'read' ? 'read-only' : l);

/** A source as a link when it is a URL, else as code (package@version path: call). */
function Source({ source }: { source: string }): React.JSX.Element {
  const parts = source.split('; ');
  return (
    <span className={styles.source}>
      Source:{' '}
      {parts.map((p, i) => (
        <React.Fragment key={p}>
          {i > 0 && '; '}
          {p.startsWith('https://') ? (
            <a href={p}>{p.replace(/^https:\/\//, '')}</a>
          ) : (
            <code>{p}</code>
          )}
        </React.Fragment>
      ))}
    </span>
  );
}

function Item({ head, need }: { head: React.ReactNode; need: Reasoned }): React.JSX.Element {
  return (
    <li>
      {head}: {need.reason} <Source source={need.source} />
    </li>
  );
}

const short = (l: string) => (l === 'write' ? 'write' : l);

/** The credential columns; each body cell carries its column's name as `data-label` (cards on phones). */
const columns = ['Fine-grained PAT', 'Classic PAT', 'GitHub App'] as const;

/**
 * The permissions matrix: for each Backstage feature, the fine-grained PAT
 * permissions, classic PAT scopes and GitHub App permissions (and webhook
 * events) it needs. A compact table comes first; then one section per
 * feature gives the reason and source of every entry. Below 600 px the table
 * shows one card per feature (each value under its column's name). Rendered from
 * `src/data/tokenFeatures.ts`, the same data the token planner uses, with no
 * client-side state, so the static HTML holds all of it.
 *
 * @param props.headingLevel level of the per-feature headings (default 3)
 */
export default function PermissionsMatrix({
  headingLevel = 3,
}: {
  headingLevel?: 2 | 3;
}): React.JSX.Element {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className={styles.wrap}>
      <table className={styles.matrix}>
        <caption>
          Backstage features and the GitHub permissions each one needs (details and sources below
          the table)
        </caption>
        <thead>
          <tr>
            <th scope="col">Backstage feature</th>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tokenFeatures.map((f) => (
            <tr key={f.id}>
              <th scope="row">
                <a href={`#feature-${f.id}`}>{f.label}</a>
              </th>
              <td data-label={columns[0]}>
                {f.fineGrained.length === 0
                  ? 'none'
                  : f.fineGrained.map((n, i) => (
                      <React.Fragment key={n.permission}>
                        {i > 0 && ', '}
                        <code>
                          {n.permission}: {short(n.level)}
                        </code>
                        {n.privateOnly ? '*' : ''}
                      </React.Fragment>
                    ))}
              </td>
              <td data-label={columns[1]}>
                {f.classic.map((n, i) => (
                  <React.Fragment key={n.scope}>
                    {i > 0 && ', '}
                    <code>{n.scope}</code>
                    {n.publicScope === null ? '*' : n.publicScope ? ` (or ${n.publicScope})` : ''}
                  </React.Fragment>
                ))}
              </td>
              <td data-label={columns[2]}>
                {f.app.map((n, i) => (
                  <React.Fragment key={n.permission}>
                    {i > 0 && ', '}
                    <code>
                      {n.permission}: {short(n.level)}
                    </code>
                  </React.Fragment>
                ))}
                {f.appManual?.map((n, i) => (
                  <React.Fragment key={n.label}>
                    {(i > 0 || f.app.length > 0) && ', '}
                    {n.label}: {short(n.level)} (by hand)
                  </React.Fragment>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.footnote}>
        * Only for private or internal repositories: for public ones nothing is needed. “(or
        public_repo)” means that narrower scope is enough when every repository is public. Every
        GitHub App also gets <code>metadata: read</code>, and every fine-grained PAT with a
        repository permission gets Metadata read-only.
      </p>

      {tokenFeatures.map((f) => (
        <section key={f.id} className={styles.feature}>
          <Heading id={`feature-${f.id}`}>{f.label}</Heading>
          <p>
            {f.description}
            {f.guideStep !== undefined && (
              <>
                {' '}
                Set up in{' '}
                <Link to={guideStep(f.guideStep).path}>
                  step {f.guideStep}: {guideStep(f.guideStep).title}
                </Link>
                .
              </>
            )}
          </p>
          <dl className={styles.details}>
            <dt>Fine-grained PAT</dt>
            <dd>
              {f.fineGrained.length === 0 ? (
                <p>No permission.</p>
              ) : (
                <ul>
                  {f.fineGrained.map((n) => (
                    <Item
                      key={n.permission}
                      need={n}
                      head={
                        <>
                          <strong>{urlPermissions.get(n.permission)?.title ?? n.permission}</strong>{' '}
                          (<code>{n.permission}</code>, {n.section}, {level(n.level)}
                          {n.privateOnly ? ', private repositories only' : ''})
                        </>
                      }
                    />
                  ))}
                </ul>
              )}
            </dd>
            <dt>Classic PAT</dt>
            <dd>
              <ul>
                {f.classic.map((n) => (
                  <Item
                    key={n.scope}
                    need={n}
                    head={
                      <>
                        <code>{n.scope}</code>
                        {n.publicScope === null
                          ? ' (none for public repositories)'
                          : n.publicScope
                            ? ` (${n.publicScope} for public repositories)`
                            : ''}
                      </>
                    }
                  />
                ))}
              </ul>
            </dd>
            <dt>GitHub App</dt>
            <dd>
              <ul>
                {f.app.map((n) => (
                  <Item
                    key={n.permission}
                    need={n}
                    head={
                      <>
                        <code>{n.permission}</code> ({level(n.level)})
                      </>
                    }
                  />
                ))}
                {f.appManual?.map((n) => (
                  <Item
                    key={n.label}
                    need={n}
                    head={
                      <>
                        <strong>{n.label}</strong> ({level(n.level)}, set by hand)
                      </>
                    }
                  />
                ))}
                {f.appEvents?.map((n) => (
                  <Item
                    key={n.event}
                    need={n}
                    head={
                      <>
                        event <code>{n.event}</code> (only with webhooks)
                      </>
                    }
                  />
                ))}
              </ul>
            </dd>
          </dl>
        </section>
      ))}
    </div>
  );
}

/**
 * The permissions Backstage's `backstage-cli create-github-app` requests, as a
 * list, from `createGithubAppPermissions` in `src/data/tokenFeatures.ts`.
 */
export function CreateGithubAppPermissions(): React.JSX.Element {
  return (
    <ul>
      {Object.entries(createGithubAppPermissions).map(([name, l]) => (
        <li key={name}>
          <code>{name}</code>: {level(l)}
        </li>
      ))}
    </ul>
  );
}
