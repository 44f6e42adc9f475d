import type { AccessLevel } from '../../data/tokenFeatures';
import { isDocumentedUrlPermission } from './urlPermissions';

/**
 * Pre-filled token creation links.
 *
 * Fine-grained PAT: GitHub Docs, "Pre-filling fine-grained personal access
 * token details using URL parameters"
 * (https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#pre-filling-fine-grained-personal-access-token-details-using-url-parameters):
 * `name` (≤ 40 characters), `description` (≤ 1024), `target_name` (user or
 * organization slug), `expires_in` (1–366 or `none`), and one
 * `<permission>=<level>` per permission. Documented for GitHub.com and GitHub
 * Enterprise Cloud only.
 *
 * Classic PAT: `/settings/tokens/new?scopes=a,b&description=…` is not in
 * GitHub Docs; GitHub's changelog of 2025-08-26 calls it "a hidden feature for
 * PAT (Classic)", and many tools use it.
 */

/** What a fine-grained PAT link carries. */
export interface FineGrainedUrlInput {
  /** `https://github.com` or another GitHub Enterprise Cloud origin. */
  readonly origin: string;
  readonly name: string;
  readonly description: string;
  /** Resource owner; omitted means the signed-in user. */
  readonly targetName: string | undefined;
  /** Whole days 1–366, or `none`. */
  readonly expiresIn: number | 'none';
  /** `[urlParameterName, level]` pairs; Metadata is implied and must not be listed. */
  readonly permissions: ReadonlyArray<readonly [string, AccessLevel]>;
}

/**
 * Builds the fine-grained PAT template URL.
 * @returns an absolute URL whose query holds only documented parameters.
 * @throws Error if a permission is not a documented URL parameter at that level,
 *   or a value breaks a documented limit (callers validate first; this guards the data).
 */
export function fineGrainedTokenUrl(input: FineGrainedUrlInput): string {
  if (input.name.length === 0 || input.name.length > 40)
    throw new Error('name must be 1–40 characters');
  if (input.description.length > 1024) throw new Error('description must be ≤ 1024 characters');
  if (
    input.expiresIn !== 'none' &&
    !(Number.isInteger(input.expiresIn) && input.expiresIn >= 1 && input.expiresIn <= 366)
  ) {
    throw new Error('expires_in must be 1–366 or none');
  }
  const url = new URL('/settings/personal-access-tokens/new', input.origin);
  const params = new URLSearchParams();
  params.set('name', input.name);
  params.set('description', input.description);
  if (input.targetName) params.set('target_name', input.targetName);
  params.set('expires_in', String(input.expiresIn));
  for (const [permission, level] of input.permissions) {
    if (!isDocumentedUrlPermission(permission, level)) {
      throw new Error(`${permission}=${level} is not a documented URL parameter`);
    }
    params.set(permission, level);
  }
  url.search = params.toString();
  return url.toString();
}

/** What a classic PAT link carries. */
export interface ClassicUrlInput {
  readonly origin: string;
  readonly scopes: readonly string[];
  /** Fills the form's Note field. */
  readonly description: string;
}

/**
 * Builds the (undocumented) classic PAT link.
 * @returns an absolute URL with `scopes` (comma-separated, omitted when empty) and `description`.
 */
export function classicTokenUrl(input: ClassicUrlInput): string {
  const url = new URL('/settings/tokens/new', input.origin);
  const params = new URLSearchParams();
  if (input.scopes.length > 0) params.set('scopes', input.scopes.join(','));
  params.set('description', input.description);
  url.search = params.toString();
  return url.toString();
}
