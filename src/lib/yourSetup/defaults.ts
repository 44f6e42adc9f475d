/**
 * "Your setup": the fields, their defaults and the values derived from them.
 * Pure, and small on purpose: this module (with `substitute.ts`) is on every
 * page of the site, so validation (`fields.ts`) and the stored record
 * (`record.ts`) load only where they are needed.
 */

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

/** The `localStorage` key of the stored record (the version is part of it and of the record). */
export const setupStorageKey = 'backstage-github-guide:your-setup:v1';

/**
 * A one-line description of the active setup, for the navbar chip:
 * "Default values" or "acme-corp on github.com".
 */
export function setupSummary(values: SetupValues): string {
  const custom = setupFields.some((field) => values[field] !== defaultSetup[field]);
  return custom ? `${values.org} on ${values.host}` : 'Default values';
}
