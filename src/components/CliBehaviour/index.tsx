import React from 'react';
import {
  configCheck,
  configPrint,
  envConflictMessage,
  envOverride,
  type ConfigCheckCase,
  type Outcome,
  type PackageSource,
} from '@site/src/data/cliBehaviour';

/**
 * The guide's statements about the `backstage-cli` config commands and
 * `APP_CONFIG_` variables, rendered from `src/data/cliBehaviour.ts`: the same
 * data `backstage-tests/tests/cli.test.ts` checks by running the real commands.
 * A page that states one of these facts uses one of these components instead
 * of its own sentence, so a failing test and a corrected fact change the page.
 */

/** Plain text in which `` `code` `` spans become `<code>`. */
function Inline({ text }: { text: string }): React.JSX.Element {
  const parts = text.split('`');
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <code key={i}>{part}</code> : <React.Fragment key={i}>{part}</React.Fragment>,
      )}
    </>
  );
}

function Source({ source }: { source: PackageSource }): React.JSX.Element {
  return (
    <code>
      {source.package}@{source.version} {source.file}
    </code>
  );
}

const outcomeText: Record<Outcome, string> = {
  passes: 'passes (exit code 0)',
  fails: 'fails',
};

/**
 * One paragraph: what `config:check` checks with and without `--strict`.
 * @param props.lax also explain `--lax` (for pages about CI and deployment)
 * @param props.showSource append the package file the fact comes from
 */
export function ConfigCheckStrictNote({
  lax = false,
  showSource = false,
}: {
  lax?: boolean;
  showSource?: boolean;
}): React.JSX.Element {
  return (
    <p>
      {configCheck.validatesWithoutStrict ? (
        <>
          <code>backstage-cli config:check</code> validates the merged configuration against the
          config schemas of the installed packages; <code>--strict</code> also rejects keys that no
          schema declares.
        </>
      ) : (
        <>
          <code>backstage-cli config:check</code> on its own only loads and merges the config files:
          it does <strong>not</strong> check them against the packages&apos; config schemas, so a
          wrong type, a misspelt key or a missing required value passes. Add <code>--strict</code>{' '}
          to validate against the schemas, undeclared keys included.
        </>
      )}
      {lax && (
        <>
          {' '}
          With <code>--strict</code>, also add <code>--lax</code> where the secrets are not set (in
          CI, for example): it gives every unset variable the value{' '}
          <code>{configCheck.laxValueForUnsetVariables}</code>, so a required key fed by a variable
          does not count as missing.
        </>
      )}
      {showSource && (
        <>
          {' '}
          Source: <Source source={configCheck.source} />.
        </>
      )}
    </p>
  );
}

/** A table: each kind of mistake, and whether `config:check` and `config:check --strict` catch it. */
export function ConfigCheckTable(): React.JSX.Element {
  // `table-cards` and `data-label`: one card per row below 600 px (src/css/custom.css).
  return (
    <table className="table-cards">
      <thead>
        <tr>
          <th scope="col">Mistake in the config</th>
          <th scope="col">
            <code>config:check</code>
          </th>
          <th scope="col">
            <code>config:check --strict</code>
          </th>
        </tr>
      </thead>
      <tbody>
        {configCheck.cases.map((c) => (
          <tr key={c.id}>
            <td data-label="Mistake in the config">
              <Inline text={c.problem} />
            </td>
            <td data-label="config:check">{outcomeText[c.plain]}</td>
            <td data-label="config:check --strict">
              {outcomeText[c.strict]}
              {c.strictReports && (
                <>
                  : <code>{c.strictReports}</code>
                </>
              )}
              {c.strictLax && (
                <>
                  {' '}
                  (with <code>--lax</code> as well: {outcomeText[c.strictLax]})
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One paragraph: how `config:print` shows secrets, and when it fails. */
export function ConfigPrintSecrets(): React.JSX.Element {
  return (
    <p>
      <code>backstage-cli config:print</code> prints the merged configuration with every value whose
      schema marks it secret replaced by <code>{configPrint.secretPlaceholder}</code>: the key
      stays, so <code>token: {configPrint.secretPlaceholder}</code> tells you a token was loaded
      without showing it.{' '}
      {configPrint.unsetVariableKeyShown
        ? 'A key whose variable is unset is printed too.'
        : 'A key whose variable is unset is missing from the output altogether.'}{' '}
      <code>{configPrint.withSecretsFlag}</code> prints the secret values in clear text.
      {configPrint.failsOnSchemaErrors && (
        <>
          {' '}
          Without <code>{configPrint.withSecretsFlag}</code>, <code>config:print</code> runs the
          schema validation to find the secrets, so a missing required value or a wrong type makes
          it stop with <code>{configPrint.schemaErrorHeading}</code>.
        </>
      )}
    </p>
  );
}

/** One paragraph: `APP_CONFIG_` variables against the config files. */
export function EnvOverrideNote(): React.JSX.Element {
  const { key, fileValue, variable, variableValue } = envOverride.example;
  const [first, second] = envOverride.conflictExample;
  return (
    <p>
      An environment variable named <code>{envOverride.prefix}</code> plus the key path, with{' '}
      <code>_</code> between the parts, sets that key
      {envOverride.valueParsedAsJson &&
        ' (its value is parsed as JSON when it parses, else taken as a string)'}
      .{' '}
      {envOverride.overridesFiles ? (
        <>
          It <strong>overrides</strong> the same key in every config file: with{' '}
          <code>
            {key}: {fileValue}
          </code>{' '}
          in <code>app-config.yaml</code>,{' '}
          <code>
            {variable}={variableValue}
          </code>{' '}
          makes it <code>{variableValue}</code>.
        </>
      ) : (
        <>It does not override a key that a config file sets.</>
      )}{' '}
      Two such variables must not set the same key: with <code>{first?.[0]}</code> and{' '}
      <code>{second?.[0]}</code> both set, loading stops with{' '}
      <code>{envConflictMessage(second?.[0].slice(envOverride.prefix.length) ?? '')}</code> (the
      message names whichever of the two variables is read second).
    </p>
  );
}

/** Inline: the placeholder `config:print` prints for a secret, as code. */
export function SecretPlaceholder(): React.JSX.Element {
  return <code>{configPrint.secretPlaceholder}</code>;
}

const verb: Record<Outcome, string> = { passes: 'accepts', fails: 'rejects' };

/**
 * Inline: what `config:check` and `config:check --strict` do with one of the
 * mistakes of `configCheck.cases`, e.g. "`config:check` accepts it, but
 * `config:check --strict` rejects it with `…`".
 * @param props.id a case id of `src/data/cliBehaviour.ts`
 * @throws Error during the build for an unknown id
 */
export function ConfigCheckVerdict({ id }: { id: ConfigCheckCase['id'] }): React.JSX.Element {
  const c = configCheck.cases.find((x) => x.id === id);
  if (!c) throw new Error(`ConfigCheckVerdict: no config:check case "${id}"`);
  return (
    <>
      <code>config:check</code> {verb[c.plain]} it
      {c.plain === c.strict ? ', and so does ' : ', but '}
      <code>config:check --strict</code> {verb[c.strict]} it
      {c.strict === 'fails' && c.strictReports && (
        <>
          {' '}
          with <code>{c.strictReports}</code>
        </>
      )}
      {c.print && (
        <>
          ; <code>config:print</code> {c.print === 'fails' ? 'stops on it too' : 'prints it'}
        </>
      )}
    </>
  );
}
