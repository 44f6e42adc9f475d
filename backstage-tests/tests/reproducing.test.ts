/**
 * The link between the troubleshooting entries and the tests that reproduce
 * them (see `src/reproducing.ts`): every name is the title of exactly one test
 * here, and the site's entries point at exactly these names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { troubleshootingEntries } from '../../src/data/troubleshooting';
import { BACKSTAGE_UNDER_TEST, REPRODUCING_TESTS } from '../src/reproducing';

const TESTS_DIR = fileURLToPath(new URL('.', import.meta.url));

/** How often each id is used as a whole test title, `test(REPRODUCING_TESTS['<id>'], …)`. */
function titleUses(): Map<string, number> {
  const uses = new Map<string, number>();
  for (const file of readdirSync(TESTS_DIR).filter((f) => f.endsWith('.test.ts'))) {
    const source = readFileSync(join(TESTS_DIR, file), 'utf8');
    for (const match of source.matchAll(
      /\b(?:test|it)\(\s*REPRODUCING_TESTS\['([a-z0-9-]+)'\]\s*,/g,
    )) {
      uses.set(match[1]!, (uses.get(match[1]!) ?? 0) + 1);
    }
  }
  return uses;
}

describe('reproducing tests', () => {
  test('every name in REPRODUCING_TESTS is the title of exactly one test', () => {
    const uses = titleUses();
    for (const id of Object.keys(REPRODUCING_TESTS)) expect(uses.get(id), id).toBe(1);
    expect([...uses.keys()].sort()).toEqual(Object.keys(REPRODUCING_TESTS).sort());
  });

  test('the names are unique', () => {
    const names = Object.values(REPRODUCING_TESTS);
    expect(new Set(names).size).toBe(names.length);
  });

  test('each reproduced entry names its own test and the packages under test', () => {
    const reproduced = troubleshootingEntries.filter((e) => e.reproduced);
    expect(reproduced.map((e) => e.id).sort()).toEqual(Object.keys(REPRODUCING_TESTS).sort());
    for (const entry of reproduced) {
      expect(entry.reproduced?.test).toBe(
        REPRODUCING_TESTS[entry.id as keyof typeof REPRODUCING_TESTS],
      );
      expect(entry.reproduced?.backstage).toBe(BACKSTAGE_UNDER_TEST);
    }
  });
});
