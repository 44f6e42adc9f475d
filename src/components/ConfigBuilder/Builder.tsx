import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import CodeBlock from '@theme/CodeBlock';
import Link from '@docusaurus/Link';
import { guideStep, pages } from '@site/src/data/guideSteps';
import {
  findPreset,
  generateValidFiles,
  newDiscoveryProvider,
  newGithubApp,
  presets,
  presetState,
  validateState,
  type BuilderState,
  type ConfigBuilderPresetId,
  type FieldError,
  type GeneratedFile,
  type SignInResolverId,
} from '@site/src/lib/configBuilder';
import { decodeUrl, encodeState } from '@site/src/lib/configBuilder/urlState';
import {
  CheckboxField,
  GroupErrors,
  ListField,
  MinutesField,
  RadioGroup,
  TextField,
} from './fields';
import styles from './styles.module.css';

/** Props of the full builder (the form and its output). */
export interface BuilderProps {
  /** Preset to start from when the URL names none. */
  preset?: ConfigBuilderPresetId;
  /** In a guide step: no URL syncing, a link to the full page instead. */
  embedded?: boolean;
}

const resolverOptions: ReadonlyArray<{ id: SignInResolverId; label: string; hint: string }> = [
  {
    id: 'userIdMatchingUserEntityAnnotation',
    label: 'userIdMatchingUserEntityAnnotation (recommended)',
    hint: 'Matches the GitHub user id against the github.com/user-id annotation, which the users-and-teams provider sets.',
  },
  {
    id: 'emailMatchingUserEntityProfileEmail',
    label: 'emailMatchingUserEntityProfileEmail',
    hint: 'Matches the email on the GitHub profile; fails for users who keep their email private.',
  },
  {
    id: 'emailLocalPartMatchingUserEntityName',
    label: 'emailLocalPartMatchingUserEntityName',
    hint: 'Matches the part of the email before @ against the User name. Works, although the provider schema does not list it.',
  },
  {
    id: 'usernameMatchingUserEntityName',
    label: 'usernameMatchingUserEntityName (deprecated)',
    hint: 'Matches the GitHub login against the User name. Deprecated: a renamed GitHub account signs in as someone else.',
  },
];

/** Path segments → DOM id, e.g. `discovery.0.id` → `cb-discovery-0-id`. */
function fieldId(prefix: string, field: string): string {
  return `${prefix}-${field.replace(/\./g, '-')}`;
}

/**
 * Applies a change to a copy of the state. `structural` (adding or removing an
 * App or provider) also remounts the fields that keep typed text locally.
 */
type Update = (mutate: (draft: BuilderState) => void, structural?: boolean) => void;

function download(name: string, content: string): void {
  const blob = new Blob([content], { type: 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name.replace(/\//g, '_');
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function bundle(files: readonly GeneratedFile[]): string {
  return files.map((f) => `===== ${f.path} =====\n${f.content}`).join('\n');
}

/**
 * The app-config builder: preset picker, form, validation and generated files.
 * Pure logic lives in `src/lib/configBuilder`; this component only holds the
 * state, renders it, and syncs it with the URL on the standalone page.
 */
export default function Builder({
  preset = 'local-pat',
  embedded = false,
}: BuilderProps): React.JSX.Element {
  const prefix = embedded ? `cb-${preset}` : 'cb';
  const [state, setState] = useState<BuilderState>(() => presetState(preset));
  const [presetId, setPresetId] = useState<ConfigBuilderPresetId | ''>(preset);
  // The preset Reset returns to: the last one chosen (or the starting one).
  const [basePreset, setBasePreset] = useState<ConfigBuilderPresetId>(preset);
  const [notice, setNotice] = useState<string | undefined>();
  // Remounts list and minute fields (which keep their typed text) when the state is replaced.
  const [generation, setGeneration] = useState(0);
  const loaded = useRef(embedded);

  const replaceState = useCallback((next: BuilderState, id: ConfigBuilderPresetId | '') => {
    setState(next);
    setPresetId(id);
    if (id !== '') setBasePreset(id);
    setGeneration((g) => g + 1);
  }, []);

  // Standalone page: read the URL once after hydration.
  useEffect(() => {
    if (embedded) return;
    const decoded = decodeUrl(window.location.search, preset);
    // The URL is only readable after hydration (the static HTML holds the preset):
    // loading it into state here is the intended one-off synchronisation.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setNotice(decoded.notice);
    replaceState(decoded.state, decoded.presetId ?? '');
    loaded.current = true;
  }, [embedded, preset, replaceState]);

  // Standalone page: keep the URL in step with the form (replaceState: no history entries).
  useEffect(() => {
    if (embedded || !loaded.current) return;
    const url = `${window.location.pathname}?${encodeState(state)}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }, [embedded, state]);

  const update: Update = useCallback((mutate, structural = false) => {
    setState((previous) => {
      const next = structuredClone(previous);
      mutate(next);
      return next;
    });
    setPresetId('');
    if (structural) setGeneration((g) => g + 1);
  }, []);

  const errors = useMemo(() => validateState(state), [state]);
  const files = useMemo(
    () => (errors.length === 0 ? generateValidFiles(state) : []),
    [errors, state],
  );
  const errorsFor = useCallback(
    (field: string): string[] => errors.filter((e) => e.field === field).map((e) => e.message),
    [errors],
  );

  const activePreset = presetId ? findPreset(presetId) : undefined;

  return (
    <div className={styles.builder}>
      {notice && (
        <div className="alert alert--warning margin-bottom--md" role="alert">
          {notice}
        </div>
      )}
      <div className={styles.toolbar}>
        <div className={styles.field}>
          <label htmlFor={`${prefix}-preset`}>Start from a preset</label>
          <select
            id={`${prefix}-preset`}
            value={presetId}
            aria-describedby={`${prefix}-preset-hint`}
            onChange={(event) => {
              const id = event.target.value as ConfigBuilderPresetId;
              if (findPreset(id)) {
                replaceState(presetState(id), id);
                setNotice(undefined);
              }
            }}
          >
            {presetId === '' && <option value="">Custom (changed from a preset)</option>}
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
          <p id={`${prefix}-preset-hint`} className={styles.hint}>
            {activePreset?.description ??
              'Your own combination. Pick a preset to start over from it.'}
          </p>
        </div>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            replaceState(presetState(basePreset), basePreset);
            setNotice(undefined);
          }}
        >
          Reset to “{findPreset(basePreset)?.label ?? basePreset}”
        </button>
      </div>

      <div className={styles.columns}>
        <form
          className={styles.form}
          onSubmit={(event) => event.preventDefault()}
          aria-label="Your setup"
        >
          <p className={styles.hint}>
            Enter names only. No field takes a token, secret or private key: the files refer to them
            as environment variables.
          </p>
          <HostSection prefix={prefix} state={state} update={update} errorsFor={errorsFor} />
          <CredentialSection
            key={`cred-${generation}`}
            prefix={prefix}
            state={state}
            update={update}
            errorsFor={errorsFor}
          />
          <SignInSection prefix={prefix} state={state} update={update} errorsFor={errorsFor} />
          <DiscoverySection
            key={`disc-${generation}`}
            prefix={prefix}
            state={state}
            update={update}
            errorsFor={errorsFor}
          />
          <OrgSection
            key={`org-${generation}`}
            prefix={prefix}
            state={state}
            update={update}
            errorsFor={errorsFor}
          />
        </form>

        <section className={styles.output} aria-labelledby={`${prefix}-output-heading`}>
          <h3 id={`${prefix}-output-heading`} className={styles.outputHeading}>
            Files to change
          </h3>
          {errors.length > 0 ? (
            <Problems prefix={prefix} errors={errors} />
          ) : (
            <Output prefix={prefix} files={files} state={state} embedded={embedded} />
          )}
        </section>
      </div>
    </div>
  );
}

const fieldNames: Record<string, string> = {
  ghesHost: 'Host name',
  apiBaseUrl: 'API base URL',
  rawBaseUrl: 'Raw base URL',
  tokenVar: 'Token variable',
  apps: 'GitHub Apps',
  name: 'short name',
  appIdVar: 'App ID variable',
  clientIdVar: 'client ID variable',
  clientSecretVar: 'client secret variable',
  privateKeyVar: 'private key variable',
  webhookSecretVar: 'webhook secret variable',
  allowedInstallationOwners: 'allowed installation owners',
  environment: 'auth environment',
  resolvers: 'resolvers',
  discovery: 'Discovery',
  id: 'id',
  organization: 'organization',
  catalogPath: 'catalog file path',
  branch: 'branch',
  repositoryPattern: 'repository pattern',
  topicInclude: 'topics to include',
  topicExclude: 'topics to skip',
  frequencyMinutes: 'run every',
  timeoutMinutes: 'time out after',
  orgs: 'organizations',
  org: 'Users and teams',
  config: 'Configuration',
};

/** A readable name for a `FieldError.field` path, e.g. `discovery.0.id` → `Discovery provider 1, id`. */
function describeField(field: string): string {
  const parts = field.split('.');
  const last = parts[parts.length - 1] ?? field;
  const name = fieldNames[last] ?? last;
  const [head, index] = parts;
  if (parts.length === 3 && head === 'apps') return `GitHub App ${Number(index) + 1}, ${name}`;
  if (parts.length === 3 && head === 'discovery')
    return `Discovery provider ${Number(index) + 1}, ${name}`;
  if (parts.length === 2 && head === 'signIn') return `Sign-in, ${name}`;
  if (parts.length === 2 && head === 'org') return `Users and teams, ${name}`;
  return name;
}

function Problems({ prefix, errors }: { prefix: string; errors: FieldError[] }): React.JSX.Element {
  const count = errors.length;
  return (
    <div className={styles.problems} id={fieldId(prefix, 'config')}>
      <p role="status">
        <strong>
          Fix {count} problem{count === 1 ? '' : 's'} to copy the files.
        </strong>{' '}
        Copy and download stay off while the form is invalid, so an invalid configuration cannot be
        copied.
      </p>
      <ul>
        {errors.map((error, i) => (
          <li key={`${error.field}-${i}`}>
            <a href={`#${fieldId(prefix, error.field)}`}>{describeField(error.field)}</a>:{' '}
            {error.message}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary" disabled>
        Download all files (fix the problems first)
      </button>
    </div>
  );
}

function Output({
  prefix,
  files,
  state,
  embedded,
}: {
  prefix: string;
  files: GeneratedFile[];
  state: BuilderState;
  embedded: boolean;
}): React.JSX.Element {
  return (
    <div>
      <p className={styles.hint} role="status">
        {files.length} file{files.length === 1 ? '' : 's'} to create or change. Each block has a
        copy button; “Why?” links to the guide step that explains it.
      </p>
      <div className={styles.toolbar}>
        <button
          type="button"
          className="button button--primary"
          onClick={() => download('backstage-github-files.txt', bundle(files))}
        >
          Download all files (one text file)
        </button>
        {embedded && (
          <Link
            className="button button--secondary"
            to={`${pages.configBuilder}?${encodeState(state)}`}
          >
            Open in the full builder
          </Link>
        )}
      </div>
      {files.map((file, i) => {
        const step = guideStep(file.guideStep);
        return (
          <div key={file.path} className={styles.file} data-file={file.path}>
            <CodeBlock
              language={file.language === 'dotenv' ? 'bash' : file.language}
              title={file.path}
            >
              {file.content}
            </CodeBlock>
            <div className={styles.fileActions}>
              <details className={styles.why}>
                <summary id={`${prefix}-why-${i}`}>Why {file.path}?</summary>
                <p>
                  {file.why} Explained in{' '}
                  <Link to={step.path}>
                    step {step.number}: {step.title}
                  </Link>
                  .
                </p>
                {file.path === 'app-config.yaml' && <SectionSteps state={state} />}
              </details>
              <button
                type="button"
                className="button button--sm button--link"
                onClick={() =>
                  download(
                    file.path === 'Terminal' ? 'install-commands.sh' : file.path,
                    file.content,
                  )
                }
              >
                Download {file.path === 'Terminal' ? 'commands' : file.path}
              </button>
            </div>
          </div>
        );
      })}
    </div>
  );
}

function SectionSteps({ state }: { state: BuilderState }): React.JSX.Element {
  const rows: Array<[string, number]> = [];
  if (state.credential === 'pat') rows.push(['integrations.github (token)', 3]);
  if (state.credential === 'app') rows.push(['integrations.github (GitHub Apps)', 9]);
  if (state.hostKind === 'ghes')
    rows.push(['apiBaseUrl and rawBaseUrl for GitHub Enterprise Server', 10]);
  if (state.signIn.enabled) rows.push(['auth.providers.github', 4]);
  if (state.discovery.length > 0) rows.push(['catalog.providers.github', 6]);
  if (state.org.enabled) rows.push(['catalog.providers.githubOrg', 7]);
  return (
    <ul>
      {rows.map(([key, n]) => {
        const step = guideStep(n);
        return (
          <li key={key}>
            <code>{key}</code>:{' '}
            <Link to={step.path}>
              step {step.number}, {step.title}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

interface SectionProps {
  prefix: string;
  state: BuilderState;
  update: Update;
  errorsFor: (field: string) => string[];
}

function HostSection({ prefix, state, update, errorsFor }: SectionProps): React.JSX.Element {
  const id = (f: string): string => fieldId(prefix, f);
  return (
    <fieldset className={styles.section}>
      <legend>GitHub host</legend>
      <RadioGroup
        id={id('hostKind')}
        legend="Where your repositories live"
        value={state.hostKind}
        options={[
          { value: 'github.com', label: 'github.com' },
          { value: 'ghes', label: 'GitHub Enterprise Server' },
        ]}
        onChange={(value) => update((s) => void (s.hostKind = value))}
      />
      {state.hostKind === 'ghes' && (
        <>
          <TextField
            id={id('ghesHost')}
            label="Host name"
            hint="Without https://, for example github.example.com."
            value={state.ghesHost}
            errors={errorsFor('ghesHost')}
            onChange={(value) =>
              update((s) => {
                const old = s.ghesHost;
                s.ghesHost = value;
                // Keep the URLs in step with the host while they still follow the usual pattern.
                if (s.apiBaseUrl === '' || s.apiBaseUrl === `https://${old}/api/v3`) {
                  s.apiBaseUrl = value ? `https://${value}/api/v3` : '';
                }
                if (s.rawBaseUrl === '' || s.rawBaseUrl === `https://${old}/raw`) {
                  s.rawBaseUrl = value ? `https://${value}/raw` : '';
                }
              })
            }
          />
          <TextField
            id={id('apiBaseUrl')}
            label="API base URL"
            hint="Required for GitHub Enterprise Server; usually https://<host>/api/v3."
            inputMode="url"
            value={state.apiBaseUrl}
            errors={errorsFor('apiBaseUrl')}
            onChange={(value) => update((s) => void (s.apiBaseUrl = value))}
          />
          <TextField
            id={id('rawBaseUrl')}
            label="Raw base URL (optional)"
            hint="Usually https://<host>/raw."
            inputMode="url"
            value={state.rawBaseUrl}
            errors={errorsFor('rawBaseUrl')}
            onChange={(value) => update((s) => void (s.rawBaseUrl = value))}
          />
        </>
      )}
    </fieldset>
  );
}

function CredentialSection({ prefix, state, update, errorsFor }: SectionProps): React.JSX.Element {
  const id = (f: string): string => fieldId(prefix, f);
  return (
    <fieldset className={styles.section}>
      <legend>How Backstage reads GitHub (integration)</legend>
      <RadioGroup
        id={id('credential')}
        legend="Credentials for the integration"
        value={state.credential}
        options={[
          { value: 'pat', label: 'A personal access token (PAT)' },
          { value: 'app', label: 'One or more GitHub Apps' },
          { value: 'none', label: 'None (sign-in only)' },
        ]}
        onChange={(value) =>
          update((s) => {
            s.credential = value;
            if (value === 'app' && s.apps.length === 0) s.apps = [newGithubApp()];
          })
        }
      />
      {state.credential === 'pat' && (
        <TextField
          id={id('tokenVar')}
          label="Environment variable that holds the token"
          hint="The name only, for example GITHUB_TOKEN. Backstage reads the value when it starts."
          value={state.tokenVar}
          errors={errorsFor('tokenVar')}
          onChange={(value) => update((s) => void (s.tokenVar = value))}
        />
      )}
      {state.credential === 'app' && (
        <>
          <GroupErrors id={id('apps')} errors={errorsFor('apps')} />
          {state.apps.map((app, i) => {
            const f = (name: string): string => `apps.${i}.${name}`;
            return (
              <fieldset key={i} className={styles.item}>
                <legend>GitHub App {i + 1}</legend>
                <TextField
                  id={id(f('name'))}
                  label="Short name"
                  hint={`Names the credentials file github-app-${app.name || '<name>'}-credentials.yaml.`}
                  value={app.name}
                  errors={errorsFor(f('name'))}
                  onChange={(value) => update((s) => void (s.apps[i]!.name = value))}
                />
                <RadioGroup
                  id={id(f('source'))}
                  legend="Where its credentials come from"
                  value={app.source}
                  options={[
                    { value: 'include', label: 'A credentials file ($include)' },
                    { value: 'env', label: 'Environment variables' },
                  ]}
                  onChange={(value) => update((s) => void (s.apps[i]!.source = value))}
                />
                {app.source === 'env' && (
                  <>
                    <TextField
                      id={id(f('appIdVar'))}
                      label="App ID variable"
                      value={app.appIdVar}
                      errors={errorsFor(f('appIdVar'))}
                      onChange={(value) => update((s) => void (s.apps[i]!.appIdVar = value))}
                    />
                    <TextField
                      id={id(f('clientIdVar'))}
                      label="Client ID variable"
                      value={app.clientIdVar}
                      errors={errorsFor(f('clientIdVar'))}
                      onChange={(value) => update((s) => void (s.apps[i]!.clientIdVar = value))}
                    />
                    <TextField
                      id={id(f('clientSecretVar'))}
                      label="Client secret variable"
                      value={app.clientSecretVar}
                      errors={errorsFor(f('clientSecretVar'))}
                      onChange={(value) => update((s) => void (s.apps[i]!.clientSecretVar = value))}
                    />
                    <TextField
                      id={id(f('privateKeyVar'))}
                      label="Private key variable"
                      value={app.privateKeyVar}
                      errors={errorsFor(f('privateKeyVar'))}
                      onChange={(value) => update((s) => void (s.apps[i]!.privateKeyVar = value))}
                    />
                  </>
                )}
                <CheckboxField
                  id={id(f('webhookSecret'))}
                  label="The App has a webhook secret"
                  checked={app.webhookSecret}
                  onChange={(value) => update((s) => void (s.apps[i]!.webhookSecret = value))}
                />
                {app.source === 'env' && app.webhookSecret && (
                  <TextField
                    id={id(f('webhookSecretVar'))}
                    label="Webhook secret variable"
                    value={app.webhookSecretVar}
                    errors={errorsFor(f('webhookSecretVar'))}
                    onChange={(value) => update((s) => void (s.apps[i]!.webhookSecretVar = value))}
                  />
                )}
                <ListField
                  id={id(f('allowedInstallationOwners'))}
                  label="Allowed installation owners (optional)"
                  hint="GitHub organizations or users this App may act for, separated by commas. Empty: every installation."
                  value={app.allowedInstallationOwners}
                  errors={errorsFor(f('allowedInstallationOwners'))}
                  onChange={(value) =>
                    update((s) => void (s.apps[i]!.allowedInstallationOwners = value))
                  }
                />
                {state.apps.length > 1 && (
                  <button
                    type="button"
                    className="button button--sm button--secondary"
                    onClick={() => update((s) => void s.apps.splice(i, 1), true)}
                  >
                    Remove GitHub App {i + 1}
                  </button>
                )}
              </fieldset>
            );
          })}
          {state.apps.length < 3 && (
            <button
              type="button"
              className="button button--sm button--secondary"
              onClick={() =>
                update((s) => {
                  const taken = new Set(s.apps.map((a) => a.name));
                  let n = s.apps.length + 1;
                  while (taken.has(`backstage-${n}`)) n += 1;
                  s.apps.push(newGithubApp(`backstage-${n}`));
                }, true)
              }
            >
              Add a GitHub App
            </button>
          )}
        </>
      )}
    </fieldset>
  );
}

function SignInSection({ prefix, state, update, errorsFor }: SectionProps): React.JSX.Element {
  const id = (f: string): string => fieldId(prefix, f);
  const signIn = state.signIn;
  return (
    <fieldset className={styles.section}>
      <legend>GitHub sign-in (auth provider)</legend>
      <CheckboxField
        id={id('signIn.enabled')}
        label="Let people sign in with GitHub"
        checked={signIn.enabled}
        onChange={(value) => update((s) => void (s.signIn.enabled = value))}
      />
      {signIn.enabled && (
        <>
          <TextField
            id={id('signIn.environment')}
            label="Auth environment"
            hint="development unless you set auth.environment, for example production."
            value={signIn.environment}
            errors={errorsFor('signIn.environment')}
            onChange={(value) => update((s) => void (s.signIn.environment = value))}
          />
          <TextField
            id={id('signIn.clientIdVar')}
            label="Client ID variable"
            value={signIn.clientIdVar}
            errors={errorsFor('signIn.clientIdVar')}
            onChange={(value) => update((s) => void (s.signIn.clientIdVar = value))}
          />
          <TextField
            id={id('signIn.clientSecretVar')}
            label="Client secret variable"
            value={signIn.clientSecretVar}
            errors={errorsFor('signIn.clientSecretVar')}
            onChange={(value) => update((s) => void (s.signIn.clientSecretVar = value))}
          />
          <fieldset
            className={styles.radios}
            aria-describedby={
              errorsFor('signIn.resolvers').length > 0 ? id('signIn.resolvers') : undefined
            }
          >
            <legend>Sign-in resolvers (tried in this order)</legend>
            {resolverOptions.map((option) => (
              <CheckboxField
                key={option.id}
                id={id(`resolver-${option.id}`)}
                label={<code>{option.label}</code>}
                hint={option.hint}
                checked={signIn.resolvers.includes(option.id)}
                onChange={(checked) =>
                  update((s) => {
                    const set = new Set(s.signIn.resolvers);
                    if (checked) set.add(option.id);
                    else set.delete(option.id);
                    s.signIn.resolvers = resolverOptions.map((o) => o.id).filter((r) => set.has(r));
                  })
                }
              />
            ))}
            <GroupErrors id={id('signIn.resolvers')} errors={errorsFor('signIn.resolvers')} />
          </fieldset>
        </>
      )}
    </fieldset>
  );
}

function DiscoverySection({ prefix, state, update, errorsFor }: SectionProps): React.JSX.Element {
  const id = (f: string): string => fieldId(prefix, f);
  return (
    <fieldset className={styles.section}>
      <legend>Discovery (catalog.providers.github)</legend>
      <p className={styles.hint}>
        Each provider scans one organization for catalog files. Add none to register entities by
        hand.
      </p>
      <GroupErrors id={id('discovery')} errors={errorsFor('discovery')} />
      {state.discovery.map((p, i) => {
        const f = (name: string): string => `discovery.${i}.${name}`;
        const set = (mutate: (draft: BuilderState['discovery'][number]) => void): void =>
          update((s) => mutate(s.discovery[i]!));
        return (
          <fieldset key={i} className={styles.item}>
            <legend>Provider {i + 1}</legend>
            <TextField
              id={id(f('id'))}
              label="Provider id"
              hint="A key of your choice, for example main."
              value={p.id}
              errors={errorsFor(f('id'))}
              onChange={(value) => set((d) => void (d.id = value))}
            />
            <TextField
              id={id(f('organization'))}
              label="Organization"
              value={p.organization}
              errors={errorsFor(f('organization'))}
              onChange={(value) => set((d) => void (d.organization = value))}
            />
            <TextField
              id={id(f('catalogPath'))}
              label="Catalog file path"
              hint="A path or glob inside each repository, for example /catalog-info.yaml."
              value={p.catalogPath}
              errors={errorsFor(f('catalogPath'))}
              onChange={(value) => set((d) => void (d.catalogPath = value))}
            />
            <TextField
              id={id(f('branch'))}
              label="Branch (optional)"
              hint="Empty: each repository's default branch."
              value={p.branch}
              errors={errorsFor(f('branch'))}
              onChange={(value) => set((d) => void (d.branch = value))}
            />
            <TextField
              id={id(f('repositoryPattern'))}
              label="Repository pattern (optional)"
              hint="A regular expression matched against whole repository names, for example service-.*"
              value={p.repositoryPattern}
              errors={errorsFor(f('repositoryPattern'))}
              onChange={(value) => set((d) => void (d.repositoryPattern = value))}
            />
            <ListField
              id={id(f('topicInclude'))}
              label="Only repositories with these topics (optional)"
              hint="Separated by commas."
              value={p.topicInclude}
              errors={errorsFor(f('topicInclude'))}
              onChange={(value) => set((d) => void (d.topicInclude = value))}
            />
            <ListField
              id={id(f('topicExclude'))}
              label="Skip repositories with these topics (optional)"
              hint="Separated by commas. Exclusion wins over inclusion."
              value={p.topicExclude}
              errors={errorsFor(f('topicExclude'))}
              onChange={(value) => set((d) => void (d.topicExclude = value))}
            />
            <fieldset className={styles.radios}>
              <legend>Visibility (none checked: all)</legend>
              {(['public', 'private', 'internal'] as const).map((v) => (
                <CheckboxField
                  key={v}
                  id={id(`${f('visibility')}-${v}`)}
                  label={v}
                  checked={p.visibility.includes(v)}
                  onChange={(checked) =>
                    set((d) => {
                      const chosen = new Set(d.visibility);
                      if (checked) chosen.add(v);
                      else chosen.delete(v);
                      d.visibility = (['public', 'private', 'internal'] as const).filter((x) =>
                        chosen.has(x),
                      );
                    })
                  }
                />
              ))}
            </fieldset>
            <CheckboxField
              id={id(f('allowForks'))}
              label="Include forks"
              checked={p.allowForks}
              onChange={(value) => set((d) => void (d.allowForks = value))}
            />
            <CheckboxField
              id={id(f('allowArchived'))}
              label="Include archived repositories"
              checked={p.allowArchived}
              onChange={(value) => set((d) => void (d.allowArchived = value))}
            />
            <MinutesField
              id={id(f('frequencyMinutes'))}
              label="Run every (minutes)"
              value={p.frequencyMinutes}
              errors={errorsFor(f('frequencyMinutes'))}
              onChange={(value) => set((d) => void (d.frequencyMinutes = value))}
            />
            <MinutesField
              id={id(f('timeoutMinutes'))}
              label="Time out after (minutes)"
              value={p.timeoutMinutes}
              errors={errorsFor(f('timeoutMinutes'))}
              onChange={(value) => set((d) => void (d.timeoutMinutes = value))}
            />
            <button
              type="button"
              className="button button--sm button--secondary"
              onClick={() => update((s) => void s.discovery.splice(i, 1), true)}
            >
              Remove provider {i + 1}
            </button>
          </fieldset>
        );
      })}
      {state.discovery.length < 3 && (
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() =>
            update((s) => {
              const taken = new Set(s.discovery.map((p) => p.id));
              let id = s.discovery.length === 0 ? 'main' : `provider${s.discovery.length + 1}`;
              let n = s.discovery.length + 1;
              while (taken.has(id)) id = `provider${++n}`;
              s.discovery.push(newDiscoveryProvider(id));
            }, true)
          }
        >
          Add a discovery provider
        </button>
      )}
    </fieldset>
  );
}

function OrgSection({ prefix, state, update, errorsFor }: SectionProps): React.JSX.Element {
  const id = (f: string): string => fieldId(prefix, f);
  const org = state.org;
  return (
    <fieldset className={styles.section}>
      <legend>Users and teams (catalog.providers.githubOrg)</legend>
      <CheckboxField
        id={id('org.enabled')}
        label="Import users and teams from GitHub"
        checked={org.enabled}
        onChange={(value) => update((s) => void (s.org.enabled = value))}
      />
      <GroupErrors id={id('org')} errors={errorsFor('org')} />
      {org.enabled && (
        <>
          <TextField
            id={id('org.id')}
            label="Provider id"
            hint="Any name, for example production."
            value={org.id}
            errors={errorsFor('org.id')}
            onChange={(value) => update((s) => void (s.org.id = value))}
          />
          <ListField
            id={id('org.orgs')}
            label="Organizations"
            hint={
              state.credential === 'app'
                ? 'Separated by commas. Empty: every organization the GitHub App is installed in.'
                : 'Separated by commas. With a token, list at least one.'
            }
            value={org.orgs}
            errors={errorsFor('org.orgs')}
            onChange={(value) => update((s) => void (s.org.orgs = value))}
          />
          <MinutesField
            id={id('org.frequencyMinutes')}
            label="Run every (minutes)"
            value={org.frequencyMinutes}
            errors={errorsFor('org.frequencyMinutes')}
            onChange={(value) => update((s) => void (s.org.frequencyMinutes = value))}
          />
          <MinutesField
            id={id('org.timeoutMinutes')}
            label="Time out after (minutes)"
            value={org.timeoutMinutes}
            errors={errorsFor('org.timeoutMinutes')}
            onChange={(value) => update((s) => void (s.org.timeoutMinutes = value))}
          />
          {state.credential === 'app' && (
            <CheckboxField
              id={id('org.useVerifiedEmails')}
              label="Use verified-domain emails"
              hint="With a GitHub App, GitHub returns no public emails; this fills user emails from your verified domains."
              checked={org.useVerifiedEmails}
              onChange={(value) => update((s) => void (s.org.useVerifiedEmails = value))}
            />
          )}
        </>
      )}
    </fieldset>
  );
}
