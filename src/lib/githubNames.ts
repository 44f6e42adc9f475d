/**
 * Validation of the names this site asks for: GitHub owner names (users and
 * organizations), host names and environment variable names.
 *
 * Each validator takes the raw string and returns `undefined` when it is valid
 * or a one-sentence message that says what is wrong. None of them throws.
 */

/**
 * GitHub user and organization names: alphanumerics and single hyphens, not
 * starting or ending with a hyphen, at most 39 characters.
 * Source: GitHub Docs, "Username considerations for external authentication"
 * (content/admin/managing-iam/iam-configuration-reference/username-considerations-for-external-authentication.md)
 * and GitHub's sign-up message; the same rule as npm `github-username-regex`.
 * Enterprise Managed Users add an `_SHORTCODE` suffix, which is accepted.
 */
const ownerPattern = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:_[A-Za-z0-9]+)?$/;

/**
 * Validates a GitHub owner (user or organization) name.
 * @param name e.g. `octo-org`
 * @returns `undefined` if valid, else a message.
 */
export function validateOwnerName(name: string): string | undefined {
  if (name.length === 0) return 'Enter a GitHub user or organization name.';
  if (/\s/.test(name)) return 'GitHub names cannot contain spaces.';
  if (name.length > 39 && !name.includes('_'))
    return 'GitHub names are at most 39 characters long.';
  if (!ownerPattern.test(name)) {
    return 'GitHub names use letters, digits and single hyphens, and cannot start or end with a hyphen.';
  }
  return undefined;
}

/**
 * Validates a host name such as `github.com` or `ghe.example.net`
 * (no scheme, no path; an optional `:port` is allowed, as Backstage's
 * `integrations.github[].host` accepts one).
 * @returns `undefined` if valid, else a message.
 */
export function validateHostName(host: string): string | undefined {
  if (host.length === 0) return 'Enter a host name, for example github.example.com.';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) {
    return 'Enter the host name only, without https:// (for example github.example.com).';
  }
  if (host.includes('/')) return 'Enter the host name only, without a path.';
  const match = /^([A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(host);
  if (!match) return 'A host name uses letters, digits, dots and hyphens only.';
  const [, name = '', port] = match;
  const labels = name.split('.');
  if (labels.some((label) => label.length === 0 || label.length > 63)) {
    return 'A host name is made of non-empty parts separated by single dots.';
  }
  if (labels.some((label) => label.startsWith('-') || label.endsWith('-'))) {
    return 'Parts of a host name cannot start or end with a hyphen.';
  }
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
    return 'A port is a number from 1 to 65535.';
  }
  return undefined;
}

/**
 * Validates an environment variable name as used in `${NAME}` substitutions
 * (POSIX portable names: letters, digits and underscores, not starting with a digit).
 * Source: @backstage/config-loader substitution (`${VAR}` syntax); POSIX.1-2017 §8.1.
 * @returns `undefined` if valid, else a message.
 */
export function validateEnvVarName(name: string): string | undefined {
  if (name.length === 0) return 'Enter an environment variable name, for example GITHUB_TOKEN.';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    return 'Use letters, digits and underscores only, not starting with a digit (for example GITHUB_TOKEN).';
  }
  return undefined;
}

/**
 * Config keys (provider ids, auth environment names) must match this, or
 * Backstage refuses to load the config ("Invalid config key").
 * Source: `@backstage/config@1.3.9` `src/reader.ts` `CONFIG_KEY_PART_PATTERN`
 * (the newest releases accept a superset; this stricter form satisfies both).
 */
const configKeyPattern = /^[a-z][a-z0-9]*(?:[-_][a-z][a-z0-9]*)*$/i;

/**
 * Validates a config key (provider id, auth environment).
 * @param what the key's role, for the message (`a provider id`)
 * @returns `undefined` if valid, else a message.
 */
export function validateConfigKey(key: string, what: string): string | undefined {
  if (key.length === 0) return `Enter ${what}.`;
  if (!configKeyPattern.test(key)) {
    return `${what.charAt(0).toUpperCase()}${what.slice(1)} must start with a letter and use letters and digits, in groups joined by single hyphens or underscores (for example main or my-org); Backstage rejects other config keys.`;
  }
  return undefined;
}

/** App short names: lowercase letters, digits, single hyphens. */
const appNamePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Validates a GitHub App short name (the `<name>` of `github-app-<name>-credentials.yaml`).
 * @returns `undefined` if valid, else a message.
 */
export function validateAppName(name: string): string | undefined {
  if (name.length === 0) return 'Enter a short name for the App, for example backstage.';
  if (name.length > 40) return 'Keep the App name to 40 characters or fewer.';
  if (!appNamePattern.test(name)) {
    return 'Use lowercase letters, digits and single hyphens (for example backstage or backstage-acme).';
  }
  return undefined;
}
