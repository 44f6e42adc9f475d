/**
 * True when `npm run check:drift` runs this suite against newer package
 * versions than the guide names (it sets `BACKSTAGE_TESTS_DRIFT=1`). Only the
 * tests that compare installed or pinned versions with `src/data/versions.ts`
 * are skipped then, since they fail by design; every behaviour test runs.
 */
export const driftRun = process.env.BACKSTAGE_TESTS_DRIFT === '1';
