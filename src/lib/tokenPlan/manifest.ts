import type { AccessLevel } from '../../data/tokenFeatures';

/**
 * GitHub App manifests, as GitHub Docs describe them in "Registering a GitHub
 * App from a manifest"
 * (https://docs.github.com/en/apps/sharing-github-apps/registering-a-github-app-from-a-manifest):
 * `url` and `hook_attributes.url` are required; `default_permissions` maps a
 * permission name to its access; `default_events` lists webhook events.
 */

/** The manifest fields this planner writes. */
export interface AppManifest {
  readonly name: string;
  /** The App's homepage. */
  readonly url: string;
  readonly hook_attributes: { readonly url: string; readonly active: boolean };
  readonly public: false;
  readonly default_permissions: Readonly<Record<string, AccessLevel>>;
  readonly default_events: readonly string[];
}

/** Inputs of {@link buildManifest}. */
export interface ManifestInput {
  readonly name: string;
  readonly url: string;
  readonly webhookUrl: string;
  /** `false` leaves the webhook off until the reader sets a secret and turns it on. */
  readonly webhooksActive: boolean;
  /** `[app-permissions name, level]`, already merged. */
  readonly permissions: ReadonlyArray<readonly [string, AccessLevel]>;
  readonly events: readonly string[];
}

/**
 * Builds a private App's manifest.
 * @returns the manifest object; keys of `default_permissions` keep the input order.
 */
export function buildManifest(input: ManifestInput): AppManifest {
  const permissions: Record<string, AccessLevel> = {};
  for (const [name, level] of input.permissions) permissions[name] = level;
  return {
    name: input.name,
    url: input.url,
    hook_attributes: { url: input.webhookUrl, active: input.webhooksActive },
    public: false,
    default_permissions: permissions,
    default_events: [...input.events],
  };
}

/** The manifest as the reader copies it: two-space indented JSON. */
export function manifestJson(manifest: AppManifest): string {
  return JSON.stringify(manifest, null, 2);
}
