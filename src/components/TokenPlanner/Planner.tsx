import React, { useEffect, useId, useMemo, useState } from 'react';
import CodeBlock from '@theme/CodeBlock';
import { useHistory, useLocation } from '@docusaurus/router';
import { featureIds, tokenFeature, type FeatureId } from '@site/src/data/tokenFeatures';
import { detectSecret, secretWarning } from '@site/src/lib/secrets';
import {
  defaultPlanInput,
  inputFromQuery,
  inputToQuery,
  limits,
  manifestJson,
  plan,
  type PermissionRow,
  type PlanField,
  type PlanInput,
  type RowReason,
} from '@site/src/lib/tokenPlan';
import styles from './styles.module.css';

export interface PlannerProps {
  /** Embedded in a guide step: headings start one level lower (h3 instead of h2). */
  embedded?: boolean;
}

type TextField = 'ownerName' | 'host' | 'expiresInDays' | 'tokenName' | 'backstageUrl';

/**
 * The token planner: the reader ticks what Backstage will do, and gets the
 * minimal fine-grained PAT permissions, classic PAT scopes and GitHub App
 * manifest, with pre-filled "create this token" links and the steps left to do
 * by hand. All logic lives in `src/lib/tokenPlan` (see `plan`); this component
 * only renders it. The non-secret choices are kept in the page's query string
 * once the reader changes something, so a link reproduces them.
 *
 * Secrets: a value that looks like a token or private key is refused as it is
 * typed (`detectSecret`): it is never stored in state, so it cannot reach the
 * output, the URL or any storage.
 *
 * @param props.embedded compact heading levels for a guide step
 */
export default function Planner({ embedded = false }: PlannerProps): React.JSX.Element {
  const id = useId();
  const history = useHistory();
  const location = useLocation();
  const [input, setInput] = useState<PlanInput>(defaultPlanInput);
  const [touched, setTouched] = useState(false);
  const [refused, setRefused] = useState<Partial<Record<TextField, string>>>({});

  // Read the choices from the query once, after hydration (the static HTML shows the defaults).
  // Reading it during render would make the first client render differ from the
  // static HTML (a hydration mismatch), so an effect is the right place here.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (location.search) setInput(inputFromQuery(location.search));
    // Only on first load: later query changes come from this component.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!touched) return;
    history.replace({
      pathname: location.pathname,
      search: inputToQuery(input),
      hash: location.hash,
    });
    // The location is read, not watched: watching it would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [input, touched]);

  const result = useMemo(() => plan(input), [input]);
  const json = useMemo(() => manifestJson(result.app.manifest), [result]);

  const update = (patch: Partial<PlanInput>) => {
    setTouched(true);
    setInput((prev) => ({ ...prev, ...patch }));
  };
  const updateText = (field: TextField, value: string) => {
    const kind = detectSecret(value);
    if (kind) {
      setRefused((r) => ({ ...r, [field]: secretWarning(kind) }));
      return; // the value never enters state
    }
    setRefused((r) => ({ ...r, [field]: undefined }));
    update({ [field]: value });
  };
  const toggleFeature = (feature: FeatureId, on: boolean) => {
    const set = new Set(input.features);
    if (on) set.add(feature);
    else set.delete(feature);
    update({ features: featureIds.filter((f) => set.has(f)) });
  };

  const fieldError = (field: PlanField): string | undefined =>
    (field in refused ? refused[field as TextField] : undefined) ??
    result.errors.find((e) => e.field === field)?.message;
  const errId = (field: PlanField) => `${id}-${field}-error`;
  const hintId = (name: string) => `${id}-${name}-hint`;
  const describedBy = (field: PlanField, hint?: string) =>
    [hint ? hintId(hint) : '', fieldError(field) ? errId(field) : ''].filter(Boolean).join(' ') ||
    undefined;
  const errorText = (field: PlanField) => {
    const message = fieldError(field);
    return message ? (
      <p id={errId(field)} className={styles.error}>
        {message}
      </p>
    ) : null;
  };

  const H = embedded ? 'h3' : 'h2';
  const H2 = embedded ? 'h4' : 'h3';
  const hasErrors = result.errors.length > 0 || Object.values(refused).some(Boolean);
  const ghes = result.hostInfo?.kind === 'ghes';
  const fgCount = result.fineGrained.rows.filter((r) => !r.implied).length;
  const summary = `Plan: ${fgCount} fine-grained ${fgCount === 1 ? 'permission' : 'permissions'}, ${result.classic.rows.length} classic ${result.classic.rows.length === 1 ? 'scope' : 'scopes'}, ${Object.keys(result.app.manifest.default_permissions).length} App permissions${hasErrors ? '; no links until the marked fields are fixed' : ''}.`;

  return (
    <div className={styles.planner}>
      <form className={styles.form} onSubmit={(e) => e.preventDefault()} noValidate>
        <H>Your setup</H>
        <fieldset className={styles.fieldset} aria-describedby={describedBy('features')}>
          <legend>What will Backstage do?</legend>
          {featureIds.map((f) => {
            const feature = tokenFeature(f);
            return (
              <div key={f} className={styles.check}>
                <input
                  type="checkbox"
                  id={`${id}-feature-${f}`}
                  name="features"
                  value={f}
                  checked={input.features.includes(f)}
                  onChange={(e) => toggleFeature(f, e.target.checked)}
                  aria-describedby={hintId(`feature-${f}`)}
                />
                <label htmlFor={`${id}-feature-${f}`}>
                  {feature.label}
                  <span id={hintId(`feature-${f}`)} className={styles.hint}>
                    {feature.description}
                  </span>
                </label>
              </div>
            );
          })}
          {errorText('features')}
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>Which repositories?</legend>
          <Radio
            name={`${id}-visibility`}
            checked={input.visibility === 'private'}
            onChange={() => update({ visibility: 'private' })}
            label="Private or internal repositories (and public ones)"
          />
          <Radio
            name={`${id}-visibility`}
            checked={input.visibility === 'public'}
            onChange={() => update({ visibility: 'public' })}
            label="Public repositories only"
          />
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>Who owns the token?</legend>
          <Radio
            name={`${id}-owner`}
            checked={input.ownerType === 'user'}
            onChange={() => update({ ownerType: 'user' })}
            label="My personal account"
          />
          <Radio
            name={`${id}-owner`}
            checked={input.ownerType === 'organization'}
            onChange={() => update({ ownerType: 'organization' })}
            label="An organization"
          />
          <label className={styles.field} htmlFor={`${id}-ownerName`}>
            {input.ownerType === 'organization' ? 'Organization name' : 'Your GitHub username'}
            {input.ownerType === 'user' && <span className={styles.hint}>optional</span>}
          </label>
          <input
            id={`${id}-ownerName`}
            className={styles.text}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={input.ownerName}
            onChange={(e) => updateText('ownerName', e.target.value)}
            aria-invalid={fieldError('ownerName') ? true : undefined}
            aria-describedby={describedBy('ownerName')}
          />
          {errorText('ownerName')}
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>Where and how long?</legend>
          <label className={styles.field} htmlFor={`${id}-host`}>
            GitHub host
            <span id={hintId('host')} className={styles.hint}>
              github.com, a GHE.com host, or your GitHub Enterprise Server host name
            </span>
          </label>
          <input
            id={`${id}-host`}
            className={styles.text}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={input.host}
            onChange={(e) => updateText('host', e.target.value)}
            aria-invalid={fieldError('host') ? true : undefined}
            aria-describedby={describedBy('host', 'host')}
          />
          {errorText('host')}
          <label className={styles.field} htmlFor={`${id}-days`}>
            Expires after (days)
            <span id={hintId('days')} className={styles.hint}>
              {limits.minDays} to {limits.maxDays}
            </span>
          </label>
          <input
            id={`${id}-days`}
            className={styles.number}
            type="number"
            inputMode="numeric"
            min={limits.minDays}
            max={limits.maxDays}
            step={1}
            value={input.expiresInDays}
            disabled={input.noExpiration}
            onChange={(e) => updateText('expiresInDays', e.target.value)}
            aria-invalid={fieldError('expiresInDays') ? true : undefined}
            aria-describedby={describedBy('expiresInDays', 'days')}
          />
          <div className={styles.check}>
            <input
              type="checkbox"
              id={`${id}-noexp`}
              checked={input.noExpiration}
              onChange={(e) => update({ noExpiration: e.target.checked })}
            />
            <label htmlFor={`${id}-noexp`}>No expiration</label>
          </div>
          {errorText('expiresInDays')}
          <label className={styles.field} htmlFor={`${id}-name`}>
            Token name
            <span id={hintId('name')} className={styles.hint}>
              at most {limits.tokenName} characters; also the App’s name
            </span>
          </label>
          <input
            id={`${id}-name`}
            className={styles.text}
            type="text"
            autoComplete="off"
            maxLength={limits.tokenName + 10}
            value={input.tokenName}
            onChange={(e) => updateText('tokenName', e.target.value)}
            aria-invalid={fieldError('tokenName') ? true : undefined}
            aria-describedby={describedBy('tokenName', 'name')}
          />
          {errorText('tokenName')}
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>GitHub App options</legend>
          <div className={styles.check}>
            <input
              type="checkbox"
              id={`${id}-webhooks`}
              checked={input.webhooks}
              onChange={(e) => update({ webhooks: e.target.checked })}
              aria-describedby={hintId('webhooks')}
            />
            <label htmlFor={`${id}-webhooks`}>
              Backstage receives GitHub webhooks
              <span id={hintId('webhooks')} className={styles.hint}>
                with the events backend module, so changes reach the catalog without waiting for the
                schedule
              </span>
            </label>
          </div>
          <label className={styles.field} htmlFor={`${id}-url`}>
            Backstage URL
            <span id={hintId('url')} className={styles.hint}>
              the App’s homepage; webhooks go to /api/events/http/github under it
            </span>
          </label>
          <input
            id={`${id}-url`}
            className={styles.text}
            type="url"
            autoComplete="off"
            spellCheck={false}
            value={input.backstageUrl}
            onChange={(e) => updateText('backstageUrl', e.target.value)}
            aria-invalid={fieldError('backstageUrl') ? true : undefined}
            aria-describedby={describedBy('backstageUrl', 'url')}
          />
          {errorText('backstageUrl')}
        </fieldset>
      </form>

      <div className={styles.output}>
        <p role="status" className={styles.summary}>
          {summary}
        </p>
        {hasErrors && (
          <p className={styles.alert} role="alert">
            Fix the marked {result.errors.length === 1 ? 'field' : 'fields'} to get the links; the
            tables below already follow your choices.
          </p>
        )}
        {result.warnings.map((w) => (
          <p key={w} className={styles.warning}>
            {w}
          </p>
        ))}

        <section aria-labelledby={`${id}-fg`}>
          <H id={`${id}-fg`}>Fine-grained personal access token</H>
          {result.fineGrained.blocked ? (
            <p className={styles.warning}>{result.fineGrained.blocked}</p>
          ) : null}
          <PermissionTable
            caption="Fine-grained PAT permissions"
            rows={result.fineGrained.rows}
            empty="No permission: a fine-grained PAT reads public repositories without one."
            withSection
          />
          {result.fineGrained.url && (
            <LinkWithCopy
              href={result.fineGrained.url}
              label="Create this token on GitHub"
              testId="fine-grained-link"
            />
          )}
          <Steps
            heading={H2}
            title="Still to do by hand on GitHub"
            steps={result.fineGrained.steps}
          />
        </section>

        <section aria-labelledby={`${id}-classic`}>
          <H id={`${id}-classic`}>Classic personal access token</H>
          {result.classic.rows.length === 0 ? (
            <p>No scope: a classic PAT without scopes reads public information.</p>
          ) : (
            <table className={styles.table}>
              <caption>Classic PAT scopes</caption>
              <thead>
                <tr>
                  <th scope="col">Scope</th>
                  <th scope="col">Needed for</th>
                </tr>
              </thead>
              <tbody>
                {result.classic.rows.map((r) => (
                  <tr key={r.scope}>
                    <th scope="row">
                      <code>{r.scope}</code>
                    </th>
                    <td>
                      <Reasons reasons={r.reasons} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {result.classic.url && (
            <>
              <LinkWithCopy
                href={result.classic.url}
                label="Create this classic token on GitHub"
                testId="classic-link"
              />
              <p className={styles.hint}>
                This link uses an undocumented but widely used GitHub feature: the{' '}
                <code>scopes</code> and <code>description</code> parameters of the classic token
                page.
              </p>
            </>
          )}
          <Steps heading={H2} title="Still to do by hand on GitHub" steps={result.classic.steps} />
        </section>

        <section aria-labelledby={`${id}-app`}>
          <H id={`${id}-app`}>GitHub App</H>
          <PermissionTable
            caption="GitHub App permissions"
            rows={result.app.rows}
            extra={result.app.manualRows.map((m) => ({
              key: m.label,
              title: `${m.label} (set by hand)`,
              level: m.level,
              reasons: m.reasons,
            }))}
            withSection
          />
          {input.webhooks ? (
            result.app.events.length > 0 ? (
              <table className={styles.table}>
                <caption>Webhook events</caption>
                <thead>
                  <tr>
                    <th scope="col">Event</th>
                    <th scope="col">Needed for</th>
                  </tr>
                </thead>
                <tbody>
                  {result.app.events.map((e) => (
                    <tr key={e.event}>
                      <th scope="row">
                        <code>{e.event}</code>
                      </th>
                      <td>
                        <Reasons reasons={e.reasons} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>None of the chosen features listens to webhook events.</p>
            )
          ) : (
            <p>
              No webhook events: Backstage polls on its schedule. Tick “Backstage receives GitHub
              webhooks” to subscribe the App to the events discovery and users and teams react to.
            </p>
          )}
          <H2>Manifest</H2>
          <CodeBlock language="json" title="github-app-manifest.json">
            {json}
          </CodeBlock>
          {result.app.registerUrl && (
            <form action={result.app.registerUrl} method="post" className={styles.register}>
              <input type="hidden" name="manifest" value={json} />
              <button type="submit" className="button button--primary">
                Register this App on GitHub
              </button>
              <span className={styles.hint}>
                {' '}
                sends the manifest to {result.app.registerUrl} (GitHub’s manifest flow)
              </span>
            </form>
          )}
          <Steps heading={H2} title="Still to do by hand on GitHub" steps={result.app.steps} />
        </section>

        {result.notes.length > 0 && (
          <section aria-labelledby={`${id}-notes`}>
            <H id={`${id}-notes`}>Good to know</H>
            <ul>
              {result.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </section>
        )}
        {ghes && (
          <p className={styles.hint}>
            GitHub Enterprise Server: the steps above replace the links, because GitHub documents
            the pre-filled token pages for GitHub.com and GitHub Enterprise Cloud only.
          </p>
        )}
      </div>
    </div>
  );
}

function Radio(props: {
  name: string;
  checked: boolean;
  onChange: () => void;
  label: string;
}): React.JSX.Element {
  const id = useId();
  return (
    <div className={styles.check}>
      <input
        type="radio"
        id={id}
        name={props.name}
        checked={props.checked}
        onChange={props.onChange}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

function Reasons({ reasons }: { reasons: readonly RowReason[] }): React.JSX.Element {
  return (
    <ul className={styles.reasons}>
      {reasons.map((r) => (
        <li key={`${r.feature}-${r.reason}`}>
          <strong>{r.featureLabel}:</strong> {r.reason}
        </li>
      ))}
    </ul>
  );
}

const levelLabel = (level: string, implied: boolean) =>
  `${level === 'write' ? 'Read and write' : level === 'read' ? 'Read-only' : 'Admin'}${implied ? ' (implied)' : ''}`;

function PermissionTable(props: {
  caption: string;
  rows: readonly PermissionRow[];
  extra?: ReadonlyArray<{
    key: string;
    title: string;
    level: string;
    reasons: readonly RowReason[];
  }>;
  empty?: string;
  withSection?: boolean;
}): React.JSX.Element {
  if (props.rows.length === 0 && !props.extra?.length) return <p>{props.empty}</p>;
  return (
    <table className={styles.table}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Permission</th>
          {props.withSection && <th scope="col">Kind</th>}
          <th scope="col">Access</th>
          <th scope="col">Needed for</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.name} data-permission={r.name} data-level={r.level}>
            <th scope="row">
              {r.title} <code>{r.name}</code>
            </th>
            {props.withSection && (
              <td>{r.section === 'organization' ? 'Organization' : 'Repository'}</td>
            )}
            <td>{levelLabel(r.level, r.implied)}</td>
            <td>
              <Reasons reasons={r.reasons} />
            </td>
          </tr>
        ))}
        {props.extra?.map((m) => (
          <tr key={m.key}>
            <th scope="row">{m.title}</th>
            {props.withSection && <td>Repository</td>}
            <td>{levelLabel(m.level, false)}</td>
            <td>
              <Reasons reasons={m.reasons} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LinkWithCopy(props: { href: string; label: string; testId: string }): React.JSX.Element {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.href);
      setStatus('Link copied.');
    } catch {
      setStatus('Copying failed: select the link text and copy it.');
    }
  };
  return (
    <div className={styles.link}>
      <a href={props.href} data-testid={props.testId} target="_blank" rel="noopener noreferrer">
        {props.label}
      </a>{' '}
      <button type="button" className="button button--sm button--secondary" onClick={copy}>
        Copy link
      </button>{' '}
      <span role="status" className={styles.hint}>
        {status}
      </span>
      <code className={styles.url}>{props.href}</code>
    </div>
  );
}

function Steps(props: {
  heading: 'h3' | 'h4';
  title: string;
  steps: readonly string[];
}): React.JSX.Element | null {
  if (props.steps.length === 0) return null;
  const Heading = props.heading === 'h3' ? 'h3' : 'h4';
  return (
    <>
      <Heading>{props.title}</Heading>
      <ol>
        {props.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </>
  );
}
