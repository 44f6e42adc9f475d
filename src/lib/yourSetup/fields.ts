/**
 * "Your setup": the reader's own names that the guide's code blocks, check
 * commands and GitHub links show in place of the defaults. Pure: no React, no
 * DOM. Every value is a name, never a secret.
 *
 * Validation reuses the site's validators (`../githubNames`, `../secrets`) and
 * adds one rule of its own: a value that YAML would read as something other
 * than a string (`true`, `123`, `null`, `0x1F`, `yes`, a date) is refused, so
 * a snippet with the value in place means what it meant with the default.
 */
import {
  validateAppName,
  validateConfigKey,
  validateEnvVarName,
  validateHostName,
  validateOwnerName,
} from '../githubNames';
import { detectSecret, secretWarning } from '../secrets';

/** The fields a reader can set, by placeholder name. */
export type SetupField = 'host' | 'org' | 'tokenVar' | 'appName' | 'providerId' | 'backstageApp';

/** One value per field. */
export type SetupValues = Readonly<Record<SetupField, string>>;

/** The fields in the order the editor shows them. */
export const setupFields: readonly SetupField[] = [
  'host',
  'org',
  'tokenVar',
  'appName',
  'providerId',
  'backstageApp',
];

/**
 * The defaults: the values the guide has always shown (and still shows in the
 * static HTML, before or without JavaScript). `backstage` is
 * `@backstage/create-app@0.9.2`'s default app name; `github-app-backstage-credentials.yaml`
 * is the credentials file of an App whose short name is `backstage`.
 */
export const defaultSetup: SetupValues = {
  host: 'github.com',
  org: 'my-org',
  tokenVar: 'GITHUB_TOKEN',
  appName: 'backstage',
  providerId: 'myOrgRepos',
  backstageApp: 'backstage',
};

/** Labels and hints for the editor, in Backstage's and GitHub's terms. */
export const fieldText: Readonly<Record<SetupField, { label: string; hint: string }>> = {
  host: {
    label: 'GitHub host',
    hint: 'github.com, or your GitHub Enterprise Server host name (no https://).',
  },
  org: { label: 'Organization', hint: 'The GitHub organization Backstage reads.' },
  tokenVar: {
    label: 'Token variable',
    hint: 'The environment variable that holds the personal access token.',
  },
  appName: {
    label: 'GitHub App short name',
    hint: 'Names the credentials file github-app-<name>-credentials.yaml.',
  },
  providerId: {
    label: 'Discovery provider id',
    hint: 'The key under catalog.providers.github.',
  },
  backstageApp: {
    label: 'Backstage app name',
    hint: 'The name you gave @backstage/create-app (your app folder).',
  },
};

/**
 * Plain YAML scalars that do not read as strings, under YAML 1.2's core schema
 * (what the `yaml` package and so `@backstage/config-loader` use) or YAML 1.1
 * (booleans such as `yes`/`on`, sexagesimal and `_` numbers, dates), compared
 * case-insensitively so that no case variant slips through.
 */
const nonStringScalars: readonly RegExp[] = [
  /^(?:~|null|true|false|yes|no|y|n|on|off)$/i,
  /^[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-f_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*)$/i,
  /^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:e[-+]?[0-9]+)?$/i,
  /^[-+]?\.(?:inf|nan)$/i,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/,
];

/**
 * Whether YAML would read `value`, written as a plain (unquoted) scalar, as
 * something other than the same string.
 */
export function readsAsNonString(value: string): boolean {
  return nonStringScalars.some((pattern) => pattern.test(value));
}

const fieldValidators: Readonly<Record<SetupField, (value: string) => string | undefined>> = {
  host: validateHostName,
  org: validateOwnerName,
  tokenVar: validateEnvVarName,
  appName: validateAppName,
  providerId: (value) => validateConfigKey(value, 'a provider id'),
  backstageApp: (value) => {
    if (value.length === 0) return 'Enter the name of your Backstage app, for example backstage.';
    // Source: @backstage/create-app@0.9.2 dist/createApp.cjs.js, the app name prompt.
    return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
      ? undefined
      : 'App names are lowercase and contain only letters, digits, and dashes.';
  },
};

/**
 * Validates one field's value.
 *
 * @param field which field
 * @param value the raw text (not trimmed: a value with spaces is refused)
 * @returns `undefined` when the value can be used, else one message; a
 *   token-shaped value (GitHub token or PEM key) gets the site's refusal
 *   message. Never throws.
 */
export function validateSetupValue(field: SetupField, value: string): string | undefined {
  const secret = detectSecret(value);
  if (secret) return secretWarning(secret);
  const message = fieldValidators[field](value);
  if (message) return message;
  if (readsAsNonString(value)) {
    return `YAML would read ${value} as a number, true/false or null, which would change what the snippets mean; use another name.`;
  }
  return undefined;
}

/** The values snippets need that follow from the fields. */
export interface DerivedValues {
  /** `https://<host>`: the web URL (`githubUrl`, `enterpriseInstanceUrl`). */
  readonly githubUrl: string;
  /**
   * The REST API base URL: `https://api.github.com` for github.com,
   * `https://<host>/api/v3` for GitHub Enterprise Server.
   * Source: GitHub Docs, "Getting started with the REST API" (GHES: "https://HOSTNAME/api/v3");
   * `@backstage/integration` `readGithubIntegrationConfig` (the github.com default).
   */
  readonly apiBaseUrl: string;
  /**
   * Raw file contents: `https://raw.githubusercontent.com` for github.com,
   * `https://<host>/raw` for GitHub Enterprise Server.
   * Source: `@backstage/integration` `readGithubIntegrationConfig` (github.com
   * default) and Backstage's GitHub locations docs (the GHES `/raw` path).
   */
  readonly rawBaseUrl: string;
}

/** Computes the derived values from the fields. */
export function derivedValues(values: SetupValues): DerivedValues {
  const host = values.host.toLowerCase();
  const dotCom = host === 'github.com';
  return {
    githubUrl: `https://${values.host}`,
    apiBaseUrl: dotCom ? 'https://api.github.com' : `https://${values.host}/api/v3`,
    rawBaseUrl: dotCom ? 'https://raw.githubusercontent.com' : `https://${values.host}/raw`,
  };
}

/** Whether two sets of values are the same. */
export function sameSetup(a: SetupValues, b: SetupValues): boolean {
  return setupFields.every((field) => a[field] === b[field]);
}
