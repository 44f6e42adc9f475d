import { usersAndTeamsOrgs, orgsFollowDiscovery } from './organizations';
import type { BuilderState } from './types';

/**
 * "Still to fill in": values the presets ship as examples, which the reader
 * must replace before the files are any use. The presets use `example-org` for
 * organizations and `github.example.com` for a GitHub Enterprise Server host.
 * Host names under the domains reserved for examples (RFC 2606 and RFC 6761:
 * `example.com`, `example.net`, `example.org`, and the `.example`, `.invalid`
 * and `.test` top-level domains) can never be a reader's real server either.
 */

/** Organization names the presets use as examples (compared case-insensitively). */
export const placeholderOrganizations: readonly string[] = ['example-org'];

/** Whether an organization or user name is one of the presets' examples. */
export function isPlaceholderOwner(name: string): boolean {
  return placeholderOrganizations.includes(name.toLowerCase());
}

/** Whether a host name lies in a domain reserved for examples. */
export function isPlaceholderHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return /(?:^|\.)example\.(?:com|net|org)$/.test(h) || /(?:^|\.)(?:example|invalid|test)$/.test(h);
}

/** One value still to fill in. */
export interface Placeholder {
  /** The field that holds it (a `FieldError.field`-style path). */
  field: string;
  /** The example value, as it appears in the files. */
  value: string;
  /** What to put there instead, for the reader. */
  message: string;
}

function urlHost(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/**
 * Finds the example values in the fields the generated files use.
 *
 * @param state any form state
 * @returns one entry per field and value, in form order; empty when the reader
 *   has replaced every example. Fields not in use (a GHES host while
 *   github.com is chosen, users-and-teams organizations that follow
 *   discovery) are not reported.
 */
export function findPlaceholders(state: BuilderState): Placeholder[] {
  const found: Placeholder[] = [];
  const host = (field: string, value: string, hostName: string | undefined): void => {
    if (hostName !== undefined && isPlaceholderHost(hostName)) {
      found.push({
        field,
        value: hostName,
        message: `${hostName} is an example: enter your GitHub Enterprise Server's host name.`,
      });
    }
  };
  const owner = (field: string, name: string, what: string): void => {
    if (isPlaceholderOwner(name)) {
      found.push({ field, value: name, message: `${name} is an example: enter ${what}.` });
    }
  };
  if (state.hostKind === 'ghes') {
    host('ghesHost', state.ghesHost, state.ghesHost);
    host('apiBaseUrl', state.apiBaseUrl, urlHost(state.apiBaseUrl));
    if (state.rawBaseUrl) host('rawBaseUrl', state.rawBaseUrl, urlHost(state.rawBaseUrl));
  }
  if (state.credential === 'app') {
    state.apps.forEach((app, i) => {
      for (const name of app.allowedInstallationOwners) {
        owner(
          `apps.${i}.allowedInstallationOwners`,
          name,
          'the organizations or users the App may act for',
        );
      }
    });
  }
  state.discovery.forEach((provider, i) => {
    owner(`discovery.${i}.organization`, provider.organization, 'your GitHub organization');
  });
  if (state.org.enabled && !orgsFollowDiscovery(state)) {
    for (const name of usersAndTeamsOrgs(state)) {
      owner('org.orgs', name, 'the organizations whose users and teams you want');
    }
  }
  return found;
}

/** Where an example value sits in a file: a line (1-based) and the characters on it. */
export interface PlaceholderMark {
  line: number;
  /** 0-based start, and end (exclusive), within the line. */
  start: number;
  end: number;
  value: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Locates example values in a generated file, as whole names: `example-org`
 * is found in `organization: example-org` and `- example-org`, and
 * `github.example.com` in `https://github.example.com/api/v3`, but not inside
 * a longer name such as `example-org-tools`.
 *
 * @param content the file's text
 * @param values the example values ({@link Placeholder.value})
 * @returns every occurrence, by line then position
 */
export function markPlaceholders(content: string, values: readonly string[]): PlaceholderMark[] {
  const unique = [...new Set(values)].filter((v) => v.length > 0);
  if (unique.length === 0) return [];
  const pattern = new RegExp(
    `(?<![A-Za-z0-9_.-])(?:${unique.map(escapeRegExp).join('|')})(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])`,
    'gi',
  );
  const marks: PlaceholderMark[] = [];
  content.split('\n').forEach((text, i) => {
    for (const match of text.matchAll(pattern)) {
      marks.push({
        line: i + 1,
        start: match.index,
        end: match.index + match[0].length,
        value: match[0],
      });
    }
  });
  return marks;
}
