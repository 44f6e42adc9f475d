import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkedPackages, checkedVersion } from './versions';

/**
 * `backstage-tests/package.json` installs the real packages the guide's claims
 * are tested against; the versions it pins must be the ones the site names.
 */
const testPackage = JSON.parse(
  readFileSync(new URL('../../backstage-tests/package.json', import.meta.url), 'utf8'),
) as { dependencies: Record<string, string>; devDependencies?: Record<string, string> };
const pinned = { ...testPackage.dependencies, ...testPackage.devDependencies };

/** Packages whose code or schemas the `backstage-tests` suite runs; they must be pinned there. */
const testedPackages = [
  '@backstage/integration',
  '@backstage/plugin-auth-backend',
  '@backstage/plugin-auth-backend-module-github-provider',
  '@backstage/plugin-auth-node',
  '@backstage/plugin-catalog-backend',
  '@backstage/plugin-catalog-backend-module-github',
  '@backstage/plugin-catalog-backend-module-github-org',
  '@backstage/cli-module-config',
  '@backstage/config-loader',
];

describe('versions.ts and backstage-tests/package.json', () => {
  it.each(checkedPackages.filter(([name]) => name in pinned))(
    '%s is pinned at the version the site names (%s)',
    (name, version) => {
      expect(pinned[name]).toBe(version);
    },
  );

  it.each(testedPackages)('%s is both named by the site and pinned by the tests', (name) => {
    expect(pinned[name]).toBe(checkedVersion(name));
  });

  it('pins exact versions, not ranges', () => {
    for (const [name, range] of Object.entries(pinned)) {
      expect(range, name).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });
});

describe('checkedVersion', () => {
  it('returns the version of a listed package', () => {
    expect(checkedVersion('@backstage/create-app')).toBe('0.9.2');
  });

  it('refuses a package the site does not list', () => {
    expect(() => checkedVersion('@backstage/not-a-package')).toThrow(RangeError);
  });

  it('lists every package once', () => {
    const names = checkedPackages.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
  });
});
