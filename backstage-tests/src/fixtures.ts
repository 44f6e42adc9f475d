/**
 * Reads the hand-written sample configs under `backstage-tests/fixtures/`.
 *
 * - `fixtures/base/app-config.yaml`: the create-app template sections the generated
 *   config is merged under.
 * - `fixtures/valid/<case>/`: configs both validation passes must accept.
 * - `fixtures/invalid/<case>/`: configs with a header that states what each pass must
 *   report: `# expect-strict: <substring>` and `# expect-no-coercion: <substring>`,
 *   where `accepts` means that pass must accept the config.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConfigFile } from './harness';

/** Absolute path of `backstage-tests/fixtures`. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures', import.meta.url));

/** Every file under `dir` (recursively), with paths relative to `dir`. */
export function readFixtureFiles(dir: string): ConfigFile[] {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => {
      const full = join(e.parentPath, e.name);
      return { path: relative(dir, full), content: readFileSync(full, 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Names of the case directories in `fixtures/<kind>`. */
export function fixtureCases(kind: 'valid' | 'invalid'): string[] {
  return readdirSync(join(FIXTURES_DIR, kind), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** What an invalid fixture's header says each pass must do. */
export interface Expectation {
  /** Substring of one strict-pass message, or `'accepts'`. */
  strict: string;
  /** Substring of one no-coercion-pass message, or `'accepts'`. */
  noCoercion: string;
}

/**
 * Parses the `# expect-strict:` and `# expect-no-coercion:` header lines.
 * @throws if either line is missing.
 */
export function readExpectation(appConfigYaml: string): Expectation {
  const line = (key: string) => {
    const match = new RegExp(`^# ${key}: (.+)$`, 'm').exec(appConfigYaml);
    if (!match?.[1]) throw new Error(`fixture lacks a "# ${key}:" line`);
    return match[1].trim();
  };
  return { strict: line('expect-strict'), noCoercion: line('expect-no-coercion') };
}
