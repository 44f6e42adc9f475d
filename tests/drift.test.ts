import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  bumpTestPackage,
  compareVersions,
  countVitestReport,
  driftRows,
  formatSummary,
  namesToLookUp,
  parseCheckedPackages,
} from '../scripts/drift.mjs';
import { checkedPackages } from '../src/data/versions';

const root = join(__dirname, '..');

describe('check:drift helpers', () => {
  it('reads exactly the checked packages from versions.ts', () => {
    const source = readFileSync(join(root, 'src/data/versions.ts'), 'utf8');
    expect(parseCheckedPackages(source)).toEqual(checkedPackages.map(([n, v]) => [n, v]));
  });

  it('refuses a source without the array', () => {
    expect(() => parseCheckedPackages('export const x = 1;')).toThrow(/checkedPackages/);
    expect(() => parseCheckedPackages('export const checkedPackages = [\n];')).toThrow(/no \[name/);
  });

  it('compares versions numerically', () => {
    expect(compareVersions('0.10.4', '0.10.10')).toBeLessThan(0);
    expect(compareVersions('2.2.0', '2.1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.11.5', '1.11.5')).toBe(0);
    expect(compareVersions('1.0.0-next.1', '1.0.0')).toBe(0);
    expect(() => compareVersions('latest', '1.0.0')).toThrow(/Not a version/);
  });

  it('marks only newer releases, and failed lookups as unknown', () => {
    const rows = driftRows(
      [
        ['a', '1.0.0'],
        ['b', '2.0.0'],
        ['c', '3.0.0'],
      ],
      new Map([
        ['a', '1.0.1'],
        ['b', '2.0.0'],
      ]),
    );
    expect(rows.map((r) => [r.name, r.newer, r.latest])).toEqual([
      ['a', true, '1.0.1'],
      ['b', false, '2.0.0'],
      ['c', false, undefined],
    ]);
  });

  it('bumps only @backstage/* dependencies that have a newer release', () => {
    const { pkg, bumped } = bumpTestPackage(
      {
        dependencies: {
          '@backstage/integration': '2.2.0',
          '@backstage/config': '1.3.11',
          ajv: '8.20.0',
        },
      },
      new Map([
        ['@backstage/integration', '2.3.0'],
        ['@backstage/config', '1.3.11'],
        ['ajv', '9.0.0'],
      ]),
    );
    expect(pkg.dependencies).toEqual({
      '@backstage/integration': '2.3.0',
      '@backstage/config': '1.3.11',
      ajv: '8.20.0',
    });
    expect(bumped).toEqual([{ name: '@backstage/integration', from: '2.2.0', to: '2.3.0' }]);
  });

  it('looks up each name once: the checked packages, then the test package’s own', () => {
    expect(
      namesToLookUp([['@backstage/cli', '0.36.8']], {
        dependencies: { '@backstage/cli': '0.36.8', '@backstage/types': '1.2.2', ajv: '8.20.0' },
      }),
    ).toEqual(['@backstage/cli', '@backstage/types']);
  });

  it('counts a Vitest JSON report, including a file that failed outside its tests', () => {
    const counts = countVitestReport({
      testResults: [
        {
          name: 'a.test.ts',
          status: 'failed',
          assertionResults: [
            { status: 'passed' },
            { status: 'failed', fullName: 'a fails' },
            { status: 'skipped' },
          ],
        },
        {
          name: 'b.test.ts',
          status: 'failed',
          message: 'Cannot find module',
          assertionResults: [],
        },
      ],
    });
    expect(counts).toEqual({
      passed: 1,
      failed: 2,
      skipped: 1,
      failures: ['a fails', 'b.test.ts: Cannot find module'],
    });
  });

  it('summarises versions and results', () => {
    const rows = driftRows([['@backstage/cli', '0.36.8']], new Map([['@backstage/cli', '0.37.0']]));
    const text = formatSummary(rows, { passed: 3, failed: 1, skipped: 0, failures: ['x'] });
    expect(text).toContain('@backstage/cli  0.36.8    newer: 0.37.0');
    expect(text).toContain('1 of 1 have a newer release');
    expect(text).toContain('3 passed, 1 failed, 0 skipped');
    expect(text).toContain('FAILED x');
    expect(formatSummary(rows, undefined)).toContain('did not run');
  });
});

describe('the drift workflow', () => {
  const workflow = parse(readFileSync(join(root, '.github/workflows/drift.yml'), 'utf8')) as {
    on: { schedule?: Array<{ cron: string }>; workflow_dispatch?: unknown };
    jobs: Record<string, { steps: Array<{ run?: string }> }>;
  };

  it('runs weekly and on demand', () => {
    const cron = workflow.on.schedule?.[0]?.cron ?? '';
    // minute hour * * <one weekday>
    expect(cron).toMatch(/^\d+ \d+ \* \* [0-6]$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('runs npm run check:drift after npm ci', () => {
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.run));
    expect(runs.indexOf('npm ci')).toBeGreaterThanOrEqual(0);
    expect(runs.indexOf('npm run check:drift')).toBeGreaterThan(runs.indexOf('npm ci'));
  });

  it('is a script of package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['check:drift']).toBe('node scripts/check-drift.mjs');
  });
});
