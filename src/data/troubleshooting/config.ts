import type { Source, TroubleshootingEntry } from './types';

/*
 * Configuration loading: which files are read, how `${VAR}`, `$include`,
 * `$file`, `$env` and `APP_CONFIG_` variables behave, and what
 * `config:check` checks. Messages were produced with the published
 * @backstage/config-loader 1.11.5 and @backstage/config 1.3.11 (a throw-away
 * script fed them the broken files described here) and read in their dist/.
 */

type PackageSource = Extract<Source, { kind: 'package' }>;

const loader = (file: string): PackageSource => ({
  kind: 'package',
  package: '@backstage/config-loader',
  version: '1.11.5',
  file,
});
const CONFIG_READER: PackageSource = {
  kind: 'package',
  package: '@backstage/config',
  version: '1.3.11',
  file: 'dist/reader.cjs.js',
};
const CLI_CONFIG: PackageSource = {
  kind: 'package',
  package: '@backstage/cli-module-config',
  version: '0.1.9',
  file: 'dist/lib/config.cjs.js',
};
const ENV_SOURCE = loader('dist/sources/EnvConfigSource.cjs.js');
const CONFIG_SOURCES = loader('dist/sources/ConfigSources.cjs.js');
const INCLUDE = loader('dist/sources/transform/include.cjs.js');
/** The YAML parser config-loader 1.11.5 uses; `errors.js` appends ` at line …, column …:`. */
const YAML_BLOCK_MAP: PackageSource = {
  kind: 'package',
  package: 'yaml',
  version: '2.9.1',
  file: 'dist/compose/resolve-block-map.js',
};

const bb = (
  kind: 'issue' | 'pull',
  number: number,
  note?: string,
): Extract<Source, { kind: 'issue' | 'pull' | 'discussion' }> =>
  note === undefined
    ? { kind, repo: 'backstage/backstage', number }
    : { kind, repo: 'backstage/backstage', number, note };

/** Troubleshooting entries of the `config` area (see `types.ts`). */
export const configEntries: readonly TroubleshootingEntry[] = [
  {
    id: 'env-file-not-loaded',
    title: 'Values from .env are not loaded',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'Backstage ignores my .env file',
      'GITHUB_TOKEN is set in .env but the token is not used',
      'config:print does not show my variable',
    ],
    where:
      'Anywhere a `${VARIABLE}` is used: anonymous GitHub calls, sign-in errors, 404 on private repositories',
    area: 'config',
    causes: [
      {
        cause:
          'Backstage does not read `.env` files. It only sees variables set in the environment of the process that runs `yarn start` (or `node packages/backend`). When a `${VARIABLE}` in a value is unset and has no `:-fallback`, the whole value is dropped, as if the key were not written: `token: ${GITHUB_TOKEN}` with no `GITHUB_TOKEN` means no token, and GitHub is called anonymously without any error.',
        fix: 'Export the variables in the shell that starts Backstage, for example `set -a; source .env; set +a` and then `yarn start`. Check the result with `yarn backstage-cli config:print`: keys that are set show up, and secret values print as `<secret>` (add `--with-secrets` to see them, never in CI logs).',
      },
      {
        cause:
          'The sign-in variables (`AUTH_GITHUB_CLIENT_ID`, `AUTH_GITHUB_CLIENT_SECRET`) are the ones unset. Their keys disappear, building the GitHub provider fails, and sign-in reports [the provider as misconfigured](/troubleshooting#auth-provider-misconfigured); in production the backend does not start.',
        fix: 'Set both variables before starting the backend, then sign in again.',
      },
      {
        cause:
          'A variable is set but empty (`export GITHUB_TOKEN=` or an empty secret in a container). An empty value is not dropped; reading it fails with [an invalid type](/troubleshooting#invalid-type-in-config) (`got empty-string, wanted string`).',
        fix: 'Give the variable a value or unset it.',
      },
    ],
    preventedBy: [
      { step: 3, anchor: '1-export-github_token-in-the-shell-that-runs-yarn-start' },
      { step: 3, anchor: '4-optional-keep-the-variable-in-a-env-file' },
    ],
    appliesTo: 'all releases',
    sources: [
      bb(
        'issue',
        25043,
        'a maintainer confirms that .env files are not supported; the same thread shows mis-indented signIn.resolvers',
      ),
      loader('dist/sources/transform/substitution.cjs.js'),
      {
        kind: 'package',
        package: '@backstage/cli-module-config',
        version: '0.1.9',
        file: 'dist/commands/print.cjs.js',
      },
    ],
    related: [
      'auth-provider-misconfigured',
      'signin-config-indentation',
      'endpoint-requires-authentication',
    ],
  },
  {
    id: 'app-config-env-overrides',
    title: 'An APP_CONFIG_ variable wins over the config files',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'I changed app-config.yaml but Backstage still uses the old value',
      'APP_CONFIG_ variable has no effect',
      'the frontend does not see my APP_CONFIG_ override',
    ],
    where: 'Anywhere; typically a container or Helm deployment that sets environment variables',
    area: 'config',
    causes: [
      {
        cause:
          'An `APP_CONFIG_<path>` variable sets the same key. The environment is merged after all config files, so it overrides them; a stale variable in a deployment silently beats every edit to the files.',
        fix: 'List the variables (`env | grep APP_CONFIG_`) in the process that runs Backstage and remove the stale one, or change the value there.',
      },
      {
        cause:
          'The variable does not map to the key you meant. Everything after `APP_CONFIG_` is split on `_` and matched with case: `APP_CONFIG_app_baseurl` sets `app.baseurl`, not `app.baseUrl`, and some deployment tools upper-case variable names. The value is parsed as JSON when it can be, so `7007` becomes a number and `true` a boolean.',
        fix: 'Write the key path with its exact case, one `_` per dot: `APP_CONFIG_app_baseUrl=https://backstage.example.com`. For arrays and keys containing `_`, use a config file instead.',
      },
      {
        cause:
          'The frontend is built and served on its own (for example by nginx): it carries the config it was built with and never sees variables set on the backend at runtime.',
        fix: 'Serve the frontend from the backend (`plugin-app-backend`, the create-app default), which injects the runtime config, or pass the same config when building the frontend.',
      },
    ],
    preventedBy: [{ step: 10, anchor: '1-know-which-files-are-loaded-and-how-they-merge' }],
    appliesTo: 'all releases',
    sources: [
      bb('pull', 1860, 'a comment on APP_CONFIG_ names being upper-cased in a deployment'),
      bb('issue', 24507, 'APP_CONFIG_ values not reaching a separately served frontend'),
      bb('pull', 26950, 'APP_CONFIG_ values passed to the frontend are filtered by the schema'),
      ENV_SOURCE,
      CONFIG_SOURCES,
    ],
    related: ['app-config-env-rejected', 'production-config-not-loaded'],
  },
  {
    id: 'app-config-env-rejected',
    title: 'An APP_CONFIG_ variable is rejected',
    kind: 'message',
    messages: [
      {
        pattern: "Invalid env config key '{key}'",
        examples: ["Invalid env config key 'integrations_github_0_token'"],
        printedBy: ENV_SOURCE,
      },
      {
        pattern: "Refusing to override existing config at key '{key}'",
        examples: [
          "Refusing to override existing config at key 'auth_providers_github_development_clientId'",
        ],
        printedBy: ENV_SOURCE,
      },
      {
        pattern: "Could not nest config for key '{key}' under existing value '{parent}'",
        examples: [
          "Could not nest config for key 'app_baseUrl_foo' under existing value 'app_baseUrl'",
        ],
        printedBy: ENV_SOURCE,
      },
    ],
    where: 'Backend start-up, or any `backstage-cli` command that loads config',
    area: 'config',
    causes: [
      {
        cause:
          'The variable tries to address an array element, such as `APP_CONFIG_integrations_github_0_token`. Each part of the name must be a config key, and `0` is not one: `APP_CONFIG_` cannot set one entry of `integrations.github`.',
        fix: 'Keep `integrations.github` in a config file and reference an ordinary variable there: `token: ${GITHUB_TOKEN}`. Or set the whole array as JSON: `APP_CONFIG_integrations_github=\'[{"host":"github.com","token":"…"}]\'` (it replaces the array from the files).',
      },
      {
        cause:
          'Two `APP_CONFIG_` variables set the same key: one sets an object as JSON (`APP_CONFIG_auth_providers_github={…}`) and another sets a key inside it, or one sets a string and another nests below it. These collisions are between variables only; a variable overriding a file is allowed.',
        fix: 'Keep one of the two variables, or put the whole object in one JSON value.',
      },
    ],
    preventedBy: [{ step: 10, anchor: '1-know-which-files-are-loaded-and-how-they-merge' }],
    appliesTo: 'all releases',
    sources: [
      bb('issue', 5762, 'array notation is not supported in APP_CONFIG_ names'),
      ENV_SOURCE,
    ],
    related: ['app-config-env-overrides'],
  },
  {
    id: 'include-file-not-found',
    title: 'An included file does not exist',
    kind: 'message',
    messages: [
      {
        pattern: 'failed to include "{path}", file does not exist',
        examples: [
          'failed to include "/app/github-integration.yaml", file does not exist',
          'failed to include "/app/github-app-backstage-acme-credentials.yaml", file does not exist',
        ],
        printedBy: loader('dist/sources/FileConfigSource.cjs.js'),
      },
      {
        pattern: '{key} substitution value was undefined',
        examples: [
          '$file substitution value was undefined',
          '$include substitution value was undefined',
        ],
        printedBy: INCLUDE,
      },
    ],
    symptoms: [
      'the backend starts locally but not in the container because a credentials file is missing',
    ],
    where:
      'Backend start-up, prefixed with `Failed to read config file at "…", error at <key path>,`',
    area: 'config',
    causes: [
      {
        cause:
          'A `$include` or `$file` names a file that is not there. Paths are resolved from the directory of the config file that contains them, not from the working directory. In a container image the file (typically the `github-app-…-credentials.yaml` written by `create-github-app`, which must not be committed) was never copied or mounted.',
        fix: 'Mount the file (for example from a Kubernetes secret) at the path next to the config file, or write the path relative to that config file. Check the path the message prints.',
      },
      {
        cause:
          'The path itself is a variable (`$file: ${GITHUB_APP_KEY_PATH}`) and the variable is unset, so there is no path at all.',
        fix: 'Set the variable in the process that starts Backstage, or write the path literally.',
      },
    ],
    preventedBy: [
      { step: 9, anchor: '4-give-backstage-the-apps-credentials' },
      { step: 10, anchor: '4-keep-secrets-out-of-git' },
    ],
    appliesTo: 'all releases',
    sources: [
      {
        kind: 'issue',
        repo: 'cnoe-io/idpbuilder',
        number: 21,
        note: 'a Backstage image whose App credentials file was not included',
      },
      loader('dist/sources/FileConfigSource.cjs.js'),
      INCLUDE,
    ],
    related: ['app-credentials-incomplete'],
  },
  {
    id: 'config-check-not-strict',
    title: 'config:check passes although the config is wrong',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'backstage-cli config:check says nothing but the backend fails to start',
      'config:check does not catch a typo in a key',
      'config:check accepts a wrongly typed value',
    ],
    where: 'Terminal or CI running `yarn backstage-cli config:check`',
    area: 'config',
    causes: [
      {
        cause:
          'Without `--strict`, `config:check` loads and merges the files (so missing files, bad YAML and bad includes are caught) but ignores schema errors: a value of the wrong type or a misspelled key passes. Undeclared keys are only reported with `--strict`. The backend does not validate the schema when it starts either.',
        fix: 'Run `yarn backstage-cli config:check --strict --lax` in CI (`--lax` stands in for unset environment variables), passing the same `--config` files as production.',
      },
      {
        cause:
          'The check ran on other files than production uses: without `--config` it reads `app-config.yaml`, the `BACKSTAGE_ENV` files and `app-config.local.yaml` only.',
        fix: 'Pass every file production loads, for example `--config app-config.yaml --config app-config.production.yaml`.',
      },
    ],
    preventedBy: [{ step: 10, anchor: '6-check-the-configuration-before-deploying' }],
    appliesTo:
      'all current releases (`ignoreSchemaErrors: !options.strict` in cli-module-config 0.1.9, @backstage/cli 0.36.8)',
    sources: [
      bb('issue', 17412, 'config:check does not report extra keys'),
      bb('issue', 28238, 'the backend does not validate the schema at start-up'),
      {
        kind: 'pull',
        repo: 'backstage/demo',
        number: 279,
        note: 'the demo app runs config:check --lax --strict in CI',
      },
      CLI_CONFIG,
    ],
    related: ['webhook-url-rejected-strict', 'invalid-type-in-config'],
  },
  {
    id: 'webhook-url-rejected-strict',
    title: 'webhookUrl is rejected by config:check --strict',
    kind: 'message',
    messages: [
      {
        pattern:
          'Config must NOT have additional properties {{ additionalProperty=webhookUrl }} at /integrations/github/{index}/apps/{app}',
        examples: [
          'Config must NOT have additional properties { additionalProperty=webhookUrl } at /integrations/github/0/apps/0',
        ],
        printedBy: loader('dist/schema/load.cjs.js'),
      },
    ],
    where:
      'Terminal or CI running `yarn backstage-cli config:check --strict`, after `Configuration does not match schema`',
    area: 'config',
    causes: [
      {
        cause:
          '`backstage-cli create-github-app` writes a credentials file with `appId`, `webhookUrl`, `clientId`, `clientSecret`, `webhookSecret` and `privateKey`, and the step that includes it puts all of them under `integrations.github[].apps[]`. The `@backstage/integration` schema does not declare `webhookUrl`; the default check ignores it, `--strict` rejects it.',
        fix: 'Delete the `webhookUrl` line from the credentials file (Backstage never reads it), or stop including the whole file and reference its values one by one.',
      },
    ],
    preventedBy: [
      { step: 9, anchor: '4-give-backstage-the-apps-credentials' },
      { step: 10, anchor: '6-check-the-configuration-before-deploying' },
    ],
    appliesTo: 'all releases with `create-github-app` and `config:check --strict`',
    sources: [
      bb('issue', 25648, 'the same strict-mode rejection for another undeclared key (signIn)'),
      bb('issue', 18240),
      {
        kind: 'package',
        package: '@backstage/integration',
        version: '2.2.0',
        file: 'config.schema.json',
      },
      {
        kind: 'package',
        package: '@backstage/cli-module-github',
        version: '0.1.6',
        file: 'dist/commands/create-github-app/GithubCreateAppServer.cjs.js',
      },
      loader('dist/schema/load.cjs.js'),
    ],
    related: ['config-check-not-strict'],
  },
  {
    id: 'local-config-ignored-with-config-flag',
    title: 'app-config.local.yaml is ignored when --config is passed',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'my app-config.local.yaml settings disappeared after adding --config',
      'the log says Loaded config from app-config.yaml only',
      'running with --config app-config.production.yaml drops the base app-config.yaml',
    ],
    where: 'The first log line, `Loaded config from …`',
    area: 'config',
    causes: [
      {
        cause:
          'With any `--config` flag, Backstage loads exactly the files given and nothing else: no `app-config.yaml`, no `app-config.local.yaml`, no `app-config.<env>.yaml`. Without `--config` it loads `app-config.yaml`, the `BACKSTAGE_ENV` files, then `app-config.local.yaml` if it exists.',
        fix: 'List every file you want, in order of priority (last wins): `--config app-config.yaml --config app-config.local.yaml`. In production pass both the base and the production file.',
      },
    ],
    preventedBy: [{ step: 10, anchor: '1-know-which-files-are-loaded-and-how-they-merge' }],
    appliesTo: 'all releases',
    sources: [
      bb('issue', 14694, 'only app-config.production.yaml was passed with --config'),
      bb('issue', 14023, 'the reverse surprise: a build picked up app-config.local.yaml'),
      CONFIG_SOURCES,
    ],
    related: ['production-config-not-loaded', 'arrays-replaced-not-merged'],
  },
  {
    id: 'arrays-replaced-not-merged',
    title: 'An array in a later file replaces the whole array',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'my GitHub Enterprise integration disappeared when I added app-config.local.yaml',
      'catalog locations from app-config.yaml are gone in production',
      'the token in app-config.yaml is ignored after overriding integrations.github',
    ],
    where:
      'Anywhere an array is set in more than one file (`integrations.github`, `catalog.locations`, `signIn.resolvers`)',
    area: 'config',
    causes: [
      {
        cause:
          'Objects from several files are merged key by key, but arrays (and plain values) are replaced whole: the last file that sets `integrations.github` wins with its list alone. An `app-config.local.yaml` that sets only a token for github.com thereby drops the GitHub Enterprise Server entry of `app-config.yaml`.',
        fix: 'Repeat the complete array in the overriding file, or set the array in one file only and vary single values with `${VARIABLES}`.',
      },
    ],
    preventedBy: [
      { step: 3, anchor: '3-optional-override-settings-in-app-configlocalyaml' },
      { step: 10, anchor: '1-know-which-files-are-loaded-and-how-they-merge' },
    ],
    appliesTo: 'all releases',
    sources: [
      bb('pull', 1860, 'a maintainer: arrays are not merged, they override each other'),
      CONFIG_READER,
    ],
    related: ['local-config-ignored-with-config-flag'],
  },
  {
    id: 'production-config-not-loaded',
    title: 'app-config.production.yaml is not loaded',
    kind: 'symptom',
    messages: [],
    symptoms: [
      'production still uses localhost URLs',
      'NODE_ENV=production but app-config.production.yaml is ignored',
      'the production auth settings are not used',
    ],
    where: 'The first log line, `Loaded config from …`, lists no production file',
    area: 'config',
    causes: [
      {
        cause:
          '`NODE_ENV` does not select config files. Without `--config`, Backstage adds `app-config.<env>.yaml` only for the names in `BACKSTAGE_ENV` (comma-separated).',
        fix: 'Start the backend with `--config app-config.yaml --config app-config.production.yaml` (the create-app Dockerfile does this), or set `BACKSTAGE_ENV=production`.',
      },
      {
        cause:
          'The file is passed with `--config` but from another working directory, so the relative path points elsewhere.',
        fix: 'Use paths relative to the directory the backend is started from, or absolute paths.',
      },
    ],
    preventedBy: [{ step: 10, anchor: '1-know-which-files-are-loaded-and-how-they-merge' }],
    appliesTo: 'all current releases; `BACKSTAGE_ENV` exists since config-loader 1.10.3',
    sources: [
      bb('issue', 25496, 'production auth config not used'),
      bb('issue', 14694),
      bb('pull', 30722, 'added environment-specific config files'),
      CONFIG_SOURCES,
      {
        kind: 'package',
        package: '@backstage/create-app',
        version: '0.9.2',
        file: 'templates/default-app/packages/backend/Dockerfile',
      },
    ],
    related: ['local-config-ignored-with-config-flag', 'origin-not-allowed'],
  },
  {
    id: 'signin-config-indentation',
    title: 'signIn.resolvers at the wrong indentation',
    kind: 'message',
    messages: [
      {
        pattern:
          "Missing required config value at 'auth.providers.github.signIn.clientId' in '{file}'",
        examples: [
          "Missing required config value at 'auth.providers.github.signIn.clientId' in 'app-config.yaml'",
        ],
        printedBy: CONFIG_READER,
      },
    ],
    symptoms: [
      'sign-in says the provider is not configured for sign-in although signIn.resolvers is in the file',
      'Skipping github auth provider in the backend log',
    ],
    where: 'Backend log at start-up (`Skipping github auth provider, …`), then the sign-in page',
    area: 'config',
    causes: [
      {
        cause:
          '`signIn` sits directly under `auth.providers.github`, next to `development`. Every key there is taken as an environment name, so Backstage tries to build an environment called `signIn`, finds no `clientId`, and skips the GitHub provider (in production the backend does not start).',
        fix: 'Indent `signIn` under the environment: `auth.providers.github.development.signIn.resolvers`.',
      },
      {
        cause:
          '`resolvers:` is written at the same indentation as `signIn:`, which leaves `signIn` empty; or `signIn` sits under `auth` instead of under the provider. Nothing fails at start-up, and sign-in then reports that [the provider is not configured for sign-in](/troubleshooting#sign-in-not-configured).',
        fix: 'Write `signIn:`, then `resolvers:` indented below it, then `- resolver: userIdMatchingUserEntityAnnotation` indented below that, as in step 4.',
      },
    ],
    preventedBy: [{ step: 4, anchor: '3-configure-the-provider' }],
    appliesTo: 'all releases with declarative sign-in resolvers',
    sources: [
      bb('issue', 25043, 'the resolvers line at the indentation of signIn'),
      {
        kind: 'package',
        package: '@backstage/plugin-auth-node',
        version: '0.7.8',
        file: 'dist/oauth/OAuthEnvironmentHandler.cjs.js',
      },
      {
        kind: 'package',
        package: '@backstage/plugin-auth-backend',
        version: '0.31.0',
        file: 'dist/providers/router.cjs.js',
      },
      CONFIG_READER,
    ],
    related: ['sign-in-not-configured', 'auth-provider-misconfigured'],
  },
  {
    id: 'invalid-type-in-config',
    title: 'Invalid type in config',
    kind: 'message',
    messages: [
      {
        pattern:
          "Invalid type in config for key '{key}' in '{file}', got {actual}, wanted {expected}",
        examples: [
          "Invalid type in config for key 'integrations.github' in 'app-config.yaml', got object, wanted object-array",
          "Invalid type in config for key 'auth.providers.github.development.signIn.resolvers' in 'app-config.yaml', got object, wanted object-array",
          "Invalid type in config for key 'backend.listen' in 'app-config.production.yaml', got string, wanted object",
        ],
        printedBy: CONFIG_READER,
      },
    ],
    where: 'Backend start-up or the first use of the key',
    area: 'config',
    causes: [
      {
        cause:
          'A list was written as a map: `integrations.github` with `host:` directly under it instead of `- host:`, or `resolvers:` followed by `resolver:` without the dash. `wanted object-array` means the key needs a `- ` list.',
        fix: 'Add the list dash: `github:` then `- host: github.com`, and `resolvers:` then `- resolver: userIdMatchingUserEntityAnnotation`.',
      },
      {
        cause:
          'A variable is set but empty: `${VAR}` then yields an empty string, which is not dropped like an unset variable, and the reader reports `got empty-string, wanted string`.',
        fix: 'Give the variable a value, or unset it so the key is left out.',
      },
      {
        cause:
          "A value has the wrong shape for the code that reads it, such as `backend.listen: ':7007'` where an older backend wanted an object.",
        fix: "Follow the key's type in the [config keys reference](/reference/config-keys#config-files) and run `config:check --strict`.",
      },
    ],
    preventedBy: [
      { step: 3, anchor: '2-understand-the-integration-entry' },
      { step: 10, anchor: '6-check-the-configuration-before-deploying' },
    ],
    appliesTo: 'all releases',
    sources: [
      bb('issue', 22240, 'the message for backend.listen in a production file'),
      CONFIG_READER,
      loader('dist/sources/transform/substitution.cjs.js'),
    ],
    related: ['config-check-not-strict', 'signin-config-indentation'],
  },
  {
    id: 'yaml-syntax-error',
    title: 'The config file is not valid YAML',
    kind: 'message',
    messages: [
      {
        pattern: 'Implicit keys need to be on a single line at line {line}, column {column}:',
        examples: ['Implicit keys need to be on a single line at line 2, column 1:'],
        printedBy: YAML_BLOCK_MAP,
      },
      {
        pattern: 'All mapping items must start at the same column at line {line}, column {column}:',
        examples: ['All mapping items must start at the same column at line 6, column 10:'],
        printedBy: YAML_BLOCK_MAP,
      },
      {
        pattern: 'Map keys must be unique at line {line}, column {column}:',
        examples: ['Map keys must be unique at line 3, column 3:'],
        printedBy: YAML_BLOCK_MAP,
      },
      {
        pattern: 'Tabs are not allowed as indentation at line {line}, column {column}:',
        examples: ['Tabs are not allowed as indentation at line 3, column 1:'],
        printedBy: {
          kind: 'package',
          package: 'yaml',
          version: '2.9.1',
          file: 'dist/compose/resolve-props.js',
        },
      },
    ],
    where: 'Backend start-up or `backstage-cli config:check`, followed by the offending lines',
    area: 'config',
    causes: [
      {
        cause:
          "A multi-line value was pasted without a block marker, most often the App's private key after `privateKey:`; the second line of the key is then read as a new key.",
        fix: 'Write `privateKey: |` and indent every line of the key below it, or better `privateKey: { $file: github-app-key.pem }`.',
      },
      {
        cause:
          'Indentation is uneven (a key one space off), uses a tab, or a key appears twice in the same block (two `auth:` or two `integrations:` sections).',
        fix: 'Indent with spaces only, two per level, and merge duplicate sections into one; the message gives the line and column.',
      },
    ],
    preventedBy: [{ step: 9, anchor: 'format-the-private-key-correctly' }],
    appliesTo: 'all releases (wording of the `yaml` 2.x parser used by config-loader 1.11.5)',
    sources: [
      bb('issue', 3519, 'a duplicated key from mis-indented proxy config'),
      {
        kind: 'issue',
        repo: 'litmuschaos/litmus',
        number: 4907,
        note: 'the implicit-keys message from the same parser',
      },
      loader('dist/sources/FileConfigSource.cjs.js'),
    ],
    related: ['private-key-format', 'invalid-type-in-config'],
  },
];
