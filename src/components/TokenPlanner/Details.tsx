import React from 'react';
import CodeBlock from '@theme/CodeBlock';
import type { PlannerView } from '@site/src/lib/tokenPlan';
import { LinkWithCopy, PermissionTable, ReasonTable, Steps } from './tables';
import styles from './styles.module.css';

/**
 * The planner's detailed output below the form: one section per credential
 * (fine-grained PAT, classic PAT, GitHub App) with its table, link and manual
 * steps, then the notes of the chosen features. Render-only.
 */
export interface DetailsProps {
  /** Base of the DOM ids (from `useId`). */
  readonly base: string;
  readonly view: PlannerView;
  /** Whether the reader asked for webhooks (the events table shows only then). */
  readonly webhooks: boolean;
  /** Section heading level: h2 on the tool's page, h3 embedded in a guide step. */
  readonly heading: 'h2' | 'h3';
}

const subheading = (h: DetailsProps['heading']) => (h === 'h2' ? 'h3' : 'h4');

/** Fine-grained PAT: its permissions, the pre-filled link and the steps no link can do. */
export function FineGrainedSection({ base, view, heading: H }: DetailsProps): React.JSX.Element {
  const fg = view.plan.fineGrained;
  return (
    <section aria-labelledby={`${base}-fg`}>
      <H id={`${base}-fg`}>Fine-grained personal access token</H>
      {fg.blocked && <p className={styles.warning}>{fg.blocked}</p>}
      <PermissionTable
        caption="Fine-grained PAT permissions"
        rows={fg.rows}
        empty="No permission: a fine-grained PAT reads public repositories without one."
      />
      {fg.url && (
        <LinkWithCopy
          href={fg.url}
          label="Create this token on GitHub"
          testId="fine-grained-link"
        />
      )}
      <Steps heading={subheading(H)} title="Still to do by hand on GitHub" steps={fg.steps} />
    </section>
  );
}

/** Classic PAT: its scopes, the (undocumented) pre-filled link and the manual steps. */
export function ClassicSection({ base, view, heading: H }: DetailsProps): React.JSX.Element {
  const classic = view.plan.classic;
  return (
    <section aria-labelledby={`${base}-classic`}>
      <H id={`${base}-classic`}>Classic personal access token</H>
      {classic.rows.length === 0 ? (
        <p>No scope: a classic PAT without scopes reads public information.</p>
      ) : (
        <ReasonTable
          caption="Classic PAT scopes"
          head="Scope"
          rows={classic.rows.map((r) => ({ name: r.scope, reasons: r.reasons }))}
        />
      )}
      {classic.url && (
        <>
          <LinkWithCopy
            href={classic.url}
            label="Create this classic token on GitHub"
            testId="classic-link"
          />
          <p className={styles.hint}>
            This link uses an undocumented but widely used GitHub feature: the <code>scopes</code>{' '}
            and <code>description</code> parameters of the classic token page.
          </p>
        </>
      )}
      <Steps heading={subheading(H)} title="Still to do by hand on GitHub" steps={classic.steps} />
    </section>
  );
}

/** GitHub App: permissions, webhook events, the manifest and its registration form. */
export function AppSection({ base, view, webhooks, heading: H }: DetailsProps): React.JSX.Element {
  const app = view.plan.app;
  const H2 = H === 'h2' ? 'h3' : 'h4';
  return (
    <section aria-labelledby={`${base}-app`}>
      <H id={`${base}-app`}>GitHub App</H>
      <PermissionTable
        caption="GitHub App permissions"
        rows={app.rows}
        extra={app.manualRows.map((m) => ({
          key: m.label,
          title: `${m.label} (set by hand)`,
          level: m.level,
          reasons: m.reasons,
        }))}
      />
      {!webhooks ? (
        <p>
          No webhook events: Backstage polls on its schedule. Tick “Backstage receives GitHub
          webhooks” to subscribe the App to the events discovery and users and teams react to.
        </p>
      ) : app.events.length > 0 ? (
        <ReasonTable
          caption="Webhook events"
          head="Event"
          rows={app.events.map((e) => ({ name: e.event, reasons: e.reasons }))}
        />
      ) : (
        <p>None of the chosen features listens to webhook events.</p>
      )}
      <H2>Manifest</H2>
      <CodeBlock language="json" title="github-app-manifest.json">
        {view.manifestJson}
      </CodeBlock>
      {app.registerUrl && (
        <form action={app.registerUrl} method="post" className={styles.register}>
          <input type="hidden" name="manifest" value={view.manifestJson} />
          <button type="submit" className="button button--primary">
            Register this App on GitHub
          </button>
          <span className={styles.hint}>
            {' '}
            sends the manifest to {app.registerUrl} (GitHub’s manifest flow)
          </span>
        </form>
      )}
      <Steps heading={H2} title="Still to do by hand on GitHub" steps={app.steps} />
    </section>
  );
}

/** The notes of the chosen features, and why GitHub Enterprise Server gets no links. */
export function NotesSection({ base, view, heading: H }: DetailsProps): React.JSX.Element {
  return (
    <>
      {view.plan.notes.length > 0 && (
        <section aria-labelledby={`${base}-notes`}>
          <H id={`${base}-notes`}>Good to know</H>
          <ul>
            {view.plan.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      )}
      {view.plan.hostInfo?.kind === 'ghes' && (
        <p className={styles.hint}>
          GitHub Enterprise Server: the steps above replace the links, because GitHub documents the
          pre-filled token pages for GitHub.com and GitHub Enterprise Cloud only.
        </p>
      )}
    </>
  );
}
