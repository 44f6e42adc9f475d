import React from 'react';
import styles from './styles.module.css';

/**
 * "Two credentials, two jobs, one fallback order": a small HTML/CSS figure
 * (no image, no script) whose text is its own alternative. Facts from
 * `docs/concepts.mdx` ("Two jobs", "GitHub App installation tokens and the
 * fallback order") and `src/data/credentialTree.ts` (its sources:
 * `@backstage/integration` 2.2.0 `SingleInstanceGithubCredentialsProvider`).
 */
export default function TwoCredentials(): React.JSX.Element {
  return (
    <figure className={styles.figure}>
      <div className={styles.columns}>
        <div className={styles.box}>
          <p className={styles.boxTitle}>Job 1: sign-in</p>
          <p>
            The <strong>auth provider</strong> (<code>auth.providers.github</code>) gets the
            person’s own GitHub token and proves who they are.
          </p>
        </div>
        <div className={styles.box}>
          <p className={styles.boxTitle}>Job 2: backend work</p>
          <p>
            The <strong>integration</strong> (<code>integrations.github</code>) gives the catalog,
            discovery, org import and the scaffolder a credential, in this order:
          </p>
          <ol className={styles.fallback}>
            <li>GitHub App installation token</li>
            <li>
              personal access token (<code>token</code>)
            </li>
            <li>anonymous: 60 requests per hour, no private repositories</li>
          </ol>
        </div>
      </div>
      <figcaption className={styles.caption}>
        Two credentials, two jobs, one fallback order: neither job borrows the other’s credential.
      </figcaption>
    </figure>
  );
}
