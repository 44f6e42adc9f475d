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

/**
 * The permissions matrix: for each Backstage feature, the fine-grained PAT
 * permissions, classic PAT scopes and GitHub App permissions (and webhook
 * events) it needs, each with its reason and source. Rendered from
 * `src/data/tokenFeatures.ts`, the same data the token planner uses, and
 * without client-side state, so the static HTML holds all of it.
 */
export default function PermissionsMatrix(): React.JSX.Element {
  return (
    <div className={styles.wrap}>
      <table className={styles.matrix}>
        <caption>Backstage features and the GitHub permissions each one needs</caption>
        <thead>
          <tr>
            <th scope="col">Backstage feature</th>
            <th scope="col">Fine-grained PAT</th>
            <th scope="col">Classic PAT</th>
            <th scope="col">GitHub App</th>
          </tr>
        </thead>
        <tbody>
          {tokenFeatures.map((f) => (
            <tr key={f.id} id={`feature-${f.id}`}>
              <th scope="row">
                {f.label}
                <span className={styles.desc}>{f.description}</span>
                {f.guideStep !== undefined && (
                  <Link to={guideStep(f.guideStep).path} className={styles.step}>
                    Step {f.guideStep}: {guideStep(f.guideStep).title}
                  </Link>
                )}
              </th>
              <td>
                <ul>
                  {f.fineGrained.map((n) => (
                    <Item
                      key={n.permission}
                      need={n}
                      head={
                        <>
                          <strong>{urlPermissions.get(n.permission)?.title ?? n.permission}</strong>{' '}
                          <code>{n.permission}</code> ({n.section}, {level(n.level)}
                          {n.privateOnly ? ', private repositories only' : ''})
                        </>
                      }
                    />
                  ))}
                </ul>
              </td>
              <td>
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
              </td>
              <td>
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
                          event <code>{n.event}</code> (with webhooks)
                        </>
                      }
                    />
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
