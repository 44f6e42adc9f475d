/**
 * What the `backstage-cli` config commands and Backstage's config loading
 * really do, as typed facts. The guide's sentences about them are rendered
 * from this file (`src/components/CliBehaviour/`), and
 * `backstage-tests/tests/cli.test.ts` runs the real commands on the `files`
 * below and fails when what they do differs from what is written here.
 *
 * The commands: `backstage-cli config:check` and `config:print` of
 * `@backstage/cli@0.36.8` are implemented by `@backstage/cli-module-config@0.1.9`
 * (`dist/commands/validate.cjs.js`, `dist/commands/print.cjs.js`,
 * `dist/lib/config.cjs.js`), which loads config with
 * `@backstage/config-loader@1.11.5`.
 */

/** A file in a published npm package that a fact was read from. */
export interface PackageSource {
  readonly package: string;
  readonly version: string;
  readonly file: string;
}

/** A file the CLI test writes into its temporary app before running a command. */
export interface CaseFile {
  /** Relative to the app root, e.g. `app-config.yaml`. */
  readonly path: string;
  readonly content: string;
}

/** What a command does with a config: exits 0, or exits non-zero with an error. */
export type Outcome = 'passes' | 'fails';

/** One kind of mistake, and what `config:check` does with it. */
export interface ConfigCheckCase {
  /** Stable id, used by tests and as a React key. */
  readonly id:
    | 'wrong-type'
    | 'undeclared-key'
    | 'create-github-app-file'
    | 'unset-variable'
    | 'resolver-missing-from-schema';
  /** The mistake, as the page's first column shows it. Inline `code` spans allowed. */
  readonly problem: string;
  /** The app's config files (`app-config.yaml` plus any `$include`d file). */
  readonly files: readonly CaseFile[];
  /** Environment variables set when the command runs (names and dummy values, never secrets). */
  readonly env: Readonly<Record<string, string>>;
  /** `backstage-cli config:check`. */
  readonly plain: Outcome;
  /** `backstage-cli config:check --strict`. */
  readonly strict: Outcome;
  /** `backstage-cli config:check --strict --lax`, for the cases where `--lax` matters. */
  readonly strictLax?: Outcome;
  /** A line `--strict` prints for this mistake, verbatim. */
  readonly strictReports?: string;
  /** `backstage-cli config:print`, where the page states it for this mistake. */
  readonly print?: Outcome;
}

/** `config:check`: which checks run with and without `--strict`. */
export interface ConfigCheckFacts {
  /**
   * Whether `config:check` without `--strict` validates against the schemas.
   * `loadCliConfig` passes `ignoreSchemaErrors: !options.strict` and only
   * passes `noUndeclaredProperties` when `--strict` is given.
   */
  readonly validatesWithoutStrict: boolean;
  /** What `--lax` does: every `${VAR}` resolves to the variable's value, or `x` when it is unset. */
  readonly laxValueForUnsetVariables: string;
  /** The first line of the error `--strict` prints before the list of problems. */
  readonly strictErrorHeading: string;
  readonly cases: readonly ConfigCheckCase[];
  readonly source: PackageSource;
}

/** `config:print`: how secrets appear. */
export interface ConfigPrintFacts {
  /** The text printed in place of every value whose schema visibility is `secret`. */
  readonly secretPlaceholder: string;
  /** The flag that prints secret values in clear text. */
  readonly withSecretsFlag: string;
  /** A `${VAR}` whose variable is unset: the key is left out of the printed config. */
  readonly unsetVariableKeyShown: boolean;
  /**
   * Without `--with-secrets`, `config:print` runs the schema validation to find
   * the secrets (`schema.process` without `ignoreSchemaErrors`), so a
   * missing required key or a wrong type makes it fail even where
   * `config:check` without `--strict` passes. Undeclared keys do not.
   */
  readonly failsOnSchemaErrors: boolean;
  /** The heading of that error. */
  readonly schemaErrorHeading: string;
  /** The sample the test prints: a token set through `${GITHUB_TOKEN}`. */
  readonly files: readonly CaseFile[];
  readonly source: PackageSource;
}

/** `APP_CONFIG_*` environment variables against config files. */
export interface EnvOverrideFacts {
  readonly prefix: 'APP_CONFIG_';
  /** Whether a variable's value wins over the same key in a file (the env source is read last). */
  readonly overridesFiles: boolean;
  /** The demonstration: a key set in `app-config.yaml` and the variable that overrides it. */
  readonly example: {
    readonly key: string;
    readonly fileValue: string;
    readonly variable: string;
    readonly variableValue: string;
  };
  /** Values are parsed as JSON when they parse, else taken as a string. */
  readonly valueParsedAsJson: boolean;
  /**
   * Two variables that set the same key (one sets an object, another a key
   * inside it) stop config loading with this message; `{key}` is the
   * variable name without the prefix.
   */
  readonly conflictMessage: string;
  /** The two variables the test sets to provoke it. */
  readonly conflictExample: readonly [variable: string, value: string][];
  readonly files: readonly CaseFile[];
  readonly source: PackageSource;
}

const configModule = (file: string): PackageSource => ({
  package: '@backstage/cli-module-config',
  version: '0.1.9',
  file,
});

/**
 * The create-app template's GitHub integration with a token variable, and a
 * GitHub sign-in block: valid against the schemas when the variables are set.
 */
const signInAndToken = `auth:
  environment: development
  providers:
    github:
      development:
        clientId: \${AUTH_GITHUB_CLIENT_ID}
        clientSecret: \${AUTH_GITHUB_CLIENT_SECRET}
        signIn:
          resolvers:
            - resolver: userIdMatchingUserEntityAnnotation
integrations:
  github:
    - host: github.com
      token: \${GITHUB_TOKEN}
`;

/** Dummy values for the variables {@link signInAndToken} references. */
const signInAndTokenEnv = {
  AUTH_GITHUB_CLIENT_ID: 'dummy-client-id',
  AUTH_GITHUB_CLIENT_SECRET: 'dummy-client-secret',
  GITHUB_TOKEN: 'dummy-token',
};

export const configCheck: ConfigCheckFacts = {
  validatesWithoutStrict: false,
  laxValueForUnsetVariables: 'x',
  strictErrorHeading: 'Configuration does not match schema',
  cases: [
    {
      id: 'wrong-type',
      problem:
        'A value of the wrong type: `filters.topic: backstage` on a discovery provider, where the schema expects an object with `include` and `exclude`',
      files: [
        {
          path: 'app-config.yaml',
          content: `catalog:
  providers:
    github:
      myOrgRepos:
        organization: my-org
        filters:
          topic: backstage
`,
        },
      ],
      env: {},
      plain: 'passes',
      strict: 'fails',
      strictReports:
        'Config must be object { type=object } at /catalog/providers/github/myOrgRepos/filters/topic',
    },
    {
      id: 'undeclared-key',
      problem: 'A misspelt key: `tokn` instead of `token` in an `integrations.github` entry',
      files: [
        {
          path: 'app-config.yaml',
          content: `integrations:
  github:
    - host: github.com
      tokn: \${GITHUB_TOKEN}
`,
        },
      ],
      env: { GITHUB_TOKEN: 'dummy-token' },
      plain: 'passes',
      strict: 'fails',
      strictReports:
        'Config must NOT have additional properties { additionalProperty=tokn } at /integrations/github/0',
    },
    {
      id: 'create-github-app-file',
      problem:
        'The credentials file `backstage-cli create-github-app` writes, included under `apps`: it has a `webhookUrl` key that `@backstage/integration` does not declare',
      files: [
        {
          path: 'app-config.yaml',
          content: `integrations:
  github:
    - host: github.com
      apps:
        - $include: github-app-backstage-my-org-credentials.yaml
`,
        },
        {
          // The shape `@backstage/cli-module-github@0.1.6` writes
          // (`dist/commands/create-github-app/index.cjs.js`: a `# Name:` line, then
          // appId, webhookUrl, clientId, clientSecret, webhookSecret, privateKey),
          // with placeholder values.
          path: 'github-app-backstage-my-org-credentials.yaml',
          content: `# Name: Backstage-my-org
appId: 123456
webhookUrl: https://smee.io/placeholder
clientId: placeholder-client-id
clientSecret: placeholder-client-secret
webhookSecret: placeholder-webhook-secret
privateKey: placeholder-private-key
`,
        },
      ],
      env: {},
      plain: 'passes',
      strict: 'fails',
      strictReports:
        'Config must NOT have additional properties { additionalProperty=webhookUrl } at /integrations/github/0/apps/0',
    },
    {
      id: 'unset-variable',
      problem:
        'An unset variable behind a required key: `clientSecret: ${AUTH_GITHUB_CLIENT_SECRET}` with the variable not exported',
      files: [{ path: 'app-config.yaml', content: signInAndToken }],
      env: { AUTH_GITHUB_CLIENT_ID: 'dummy-client-id', GITHUB_TOKEN: 'dummy-token' },
      plain: 'passes',
      strict: 'fails',
      strictLax: 'passes',
      strictReports:
        "Config must have required property 'clientSecret' { missingProperty=clientSecret } at /auth/providers/github/development",
    },
    {
      id: 'resolver-missing-from-schema',
      problem:
        'A sign-in resolver the GitHub module registers but its schema does not list: `emailLocalPartMatchingUserEntityName` (sign-in itself works)',
      files: [
        {
          path: 'app-config.yaml',
          content: signInAndToken.replace(
            'userIdMatchingUserEntityAnnotation',
            'emailLocalPartMatchingUserEntityName',
          ),
        },
      ],
      env: signInAndTokenEnv,
      plain: 'passes',
      strict: 'fails',
      strictReports:
        'Config must match a schema in anyOf {  } at /auth/providers/github/development/signIn/resolvers/0',
      print: 'fails',
    },
  ],
  source: configModule('dist/lib/config.cjs.js'),
};

export const configPrint: ConfigPrintFacts = {
  secretPlaceholder: '<secret>',
  withSecretsFlag: '--with-secrets',
  unsetVariableKeyShown: false,
  failsOnSchemaErrors: true,
  schemaErrorHeading: 'Config validation failed',
  files: [{ path: 'app-config.yaml', content: signInAndToken }],
  source: configModule('dist/commands/print.cjs.js'),
};

/** The variables the `config:print` sample needs, with dummy values. */
export const configPrintEnv: Readonly<Record<string, string>> = signInAndTokenEnv;

export const envOverride: EnvOverrideFacts = {
  prefix: 'APP_CONFIG_',
  overridesFiles: true,
  example: {
    key: 'auth.environment',
    fileValue: 'development',
    variable: 'APP_CONFIG_auth_environment',
    variableValue: 'production',
  },
  valueParsedAsJson: true,
  conflictMessage: "Refusing to override existing config at key '{key}'",
  conflictExample: [
    ['APP_CONFIG_auth_environment', 'production'],
    ['APP_CONFIG_auth', '{"environment":"staging"}'],
  ],
  files: [{ path: 'app-config.yaml', content: signInAndToken }],
  source: {
    package: '@backstage/config-loader',
    version: '1.11.5',
    file: 'dist/sources/EnvConfigSource.cjs.js',
  },
};

/** The variables every env-override run sets besides the `APP_CONFIG_` ones. */
export const envOverrideBaseEnv: Readonly<Record<string, string>> = signInAndTokenEnv;

/**
 * `conflictMessage` with its `{key}` filled in.
 * @param key - the variable name without `APP_CONFIG_`, e.g. `auth`.
 */
export function envConflictMessage(key: string): string {
  return envOverride.conflictMessage.replace('{key}', key);
}
