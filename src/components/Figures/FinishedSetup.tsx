import React from 'react';
import Link from '@docusaurus/Link';
import { guideStep } from '@site/src/data/guideSteps';
import styles from './styles.module.css';

/** One part of the finished setup: what it is, the step that added it, the credential it uses. */
function Part({ name, step, children }: { name: string; step: number; children: React.ReactNode }) {
  return (
    <li className={styles.part}>
      <strong>{name}</strong> <Link to={guideStep(step).path}>(step {step})</Link>
      <span className={styles.partCredential}>{children}</span>
    </li>
  );
}

/**
 * The finished setup after step 10, as an HTML/CSS figure (no image, no
 * script): which credential each part uses. Facts from `docs/concepts.mdx`
 * and `src/data/credentialTree.ts` (sign-in outcomes use the user's token;
 * catalog, discovery, org data and scaffolder actions use the integration's
 * App installation token, then the PAT, then nothing; a template may ask for
 * the user's token instead).
 */
export default function FinishedSetup(): React.JSX.Element {
  return (
    <figure className={styles.figure}>
      <div className={styles.columns}>
        <div className={styles.box}>
          <p className={styles.boxTitle}>People: sign-in</p>
          <p>
            Credential: <strong>the person’s own GitHub token</strong>, from the OAuth App or GitHub
            App registered for login, through the auth provider (
            <code>auth.providers.github.&lt;environment&gt;</code>).
          </p>
          <ul className={styles.parts}>
            <Part name="GitHub sign-in" step={4}>
              The sign-in resolver matches the GitHub identity to a User entity.
            </Part>
            <Part name="Users and teams" step={7}>
              Imported User entities carry the GitHub id the resolver looks for.
            </Part>
          </ul>
        </div>
        <div className={styles.box}>
          <p className={styles.boxTitle}>Backstage itself: backend work</p>
          <p>
            Credential: <strong>the integration’s</strong> (<code>integrations.github[]</code>),
            tried in this order for every request:
          </p>
          <ol className={styles.fallback}>
            <li>
              installation token of the GitHub App (<Link to={guideStep(9).path}>step 9</Link>)
            </li>
            <li>
              personal access token, if you kept it as a fallback (
              <Link to={guideStep(3).path}>step 3</Link>)
            </li>
            <li>anonymous: private repositories answer 404</li>
          </ol>
          <ul className={styles.parts}>
            <Part name="Catalog files from private repositories" step={5}>
              Reads <code>catalog-info.yaml</code>.
            </Part>
            <Part name="Repository discovery" step={6}>
              <code>catalog.providers.github</code>
            </Part>
            <Part name="Org import" step={7}>
              <code>catalog.providers.githubOrg</code>
            </Part>
            <Part name="Software templates" step={8}>
              <code>publish:github</code>; a template may ask for the user’s own token instead.
            </Part>
          </ul>
        </div>
      </div>
      <figcaption className={styles.caption}>
        The finished setup: sign-in uses the person’s token; every backend feature uses the
        integration’s credential, the GitHub App first. Production settings (step 10) apply to both.
      </figcaption>
    </figure>
  );
}
