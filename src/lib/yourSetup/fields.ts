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
import type { SetupField } from './defaults';

export * from './defaults';

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
  // YAML 1.1 floats as the `yaml` package (2.9.1, dist/schema/yaml-1.1/float.js) reads
  // them, where the digits before the exponent may be missing: `E0`, `e5`, `.e1` read as NaN.
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?e[-+]?[0-9]+$/i,
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
