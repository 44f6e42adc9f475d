import table from '../../data/githubPatUrlPermissions.json';
import type { AccessLevel } from '../../data/tokenFeatures';

/**
 * The fine-grained PAT URL parameters GitHub documents, read from
 * `src/data/githubPatUrlPermissions.json` (a transcription of the tables in
 * GitHub Docs, "Pre-filling fine-grained personal access token details using
 * URL parameters"; the file's `_source` names the page).
 */

/** A section of GitHub's fine-grained token form. */
export type UrlPermissionSection = 'account' | 'repository' | 'organization';

/** One documented URL parameter for a permission. */
export interface UrlPermission {
  readonly name: string;
  /** GitHub's label in the token form, e.g. `Commit statuses`. */
  readonly title: string;
  readonly section: UrlPermissionSection;
  /** The levels the docs allow for it. */
  readonly levels: readonly AccessLevel[];
}

const sections: readonly UrlPermissionSection[] = ['account', 'repository', 'organization'];
const isLevel = (v: unknown): v is AccessLevel => v === 'read' || v === 'write' || v === 'admin';

function load(): ReadonlyMap<string, UrlPermission> {
  const map = new Map<string, UrlPermission>();
  for (const section of sections) {
    const rows: unknown = (table as Record<string, unknown>)[section];
    if (!Array.isArray(rows)) throw new Error(`githubPatUrlPermissions.json: no ${section} table`);
    for (const row of rows as unknown[]) {
      if (!Array.isArray(row))
        throw new Error('githubPatUrlPermissions.json: a row is not an array');
      const [name, title, levels] = row as unknown[];
      if (
        typeof name !== 'string' ||
        typeof title !== 'string' ||
        !Array.isArray(levels) ||
        !levels.every(isLevel)
      ) {
        throw new Error(`githubPatUrlPermissions.json: malformed row ${JSON.stringify(row)}`);
      }
      map.set(name, { name, title, section, levels });
    }
  }
  return map;
}

/** Every documented permission parameter, by name. */
export const urlPermissions: ReadonlyMap<string, UrlPermission> = load();

/** Where the table was transcribed from (the JSON's `_source`). */
export const urlPermissionsSource: string = table._source;

/**
 * Tells whether `name=level` is a documented fine-grained PAT URL parameter.
 * @returns `true` only when the name exists and the docs list that level for it.
 */
export function isDocumentedUrlPermission(name: string, level: AccessLevel): boolean {
  return urlPermissions.get(name)?.levels.includes(level) ?? false;
}
