import { describe, expect, it } from 'vitest';
import { troubleAreas, troubleshootingEntries } from '../../data/troubleshooting';
import {
  displayPattern,
  entriesByArea,
  printerLabel,
  sourceLink,
  stepLink,
  troubleshootingToc,
} from './present';

describe('displayPattern', () => {
  it('shows variables as <name> and double braces as braces', () => {
    expect(displayPattern('No app installation found for {owner} in {appId}')).toBe(
      'No app installation found for <owner> in <appId>',
    );
    expect(displayPattern('got {{ {key} }}')).toBe('got { <key> }');
  });
});

describe('sourceLink', () => {
  it('links threads to GitHub with their kind, repository and number', () => {
    expect(sourceLink({ kind: 'issue', repo: 'backstage/backstage', number: 13282 })).toEqual({
      href: 'https://github.com/backstage/backstage/issues/13282',
      label: 'Issue backstage/backstage#13282',
    });
    expect(
      sourceLink({ kind: 'pull', repo: 'backstage/backstage', number: 1, note: 'a note' }),
    ).toEqual({
      href: 'https://github.com/backstage/backstage/pull/1',
      label: 'Pull request backstage/backstage#1: a note',
    });
    expect(sourceLink({ kind: 'discussion', repo: 'a/b', number: 2 }).href).toBe(
      'https://github.com/a/b/discussions/2',
    );
  });

  it('links packages to the version on npm and names the file', () => {
    expect(
      sourceLink({
        kind: 'package',
        package: '@backstage/config',
        version: '1.3.11',
        file: 'dist/reader.cjs.js',
      }),
    ).toEqual({
      href: 'https://www.npmjs.com/package/@backstage/config/v/1.3.11',
      label: '@backstage/config@1.3.11, dist/reader.cjs.js',
    });
  });
});

describe('printerLabel and stepLink', () => {
  it('names who prints a message', () => {
    expect(printerLabel({ kind: 'github', surface: 'REST API' })).toBe('GitHub: REST API');
    expect(printerLabel({ kind: 'node', surface: 'undici' })).toBe('Node.js: undici');
  });

  it('links a step and its anchor', () => {
    expect(stepLink({ step: 3, anchor: 'check-that-it-works' })).toEqual({
      href: '/guide/give-token-to-backstage#check-that-it-works',
      label: 'Step 3: Give the token to Backstage',
    });
    expect(() => stepLink({ step: 42 })).toThrow(RangeError);
  });
});

describe('troubleshootingToc and entriesByArea', () => {
  it('lists the lookup and every area at level 2 only', () => {
    const toc = troubleshootingToc(
      { id: 'error-lookup', title: 'Look up <your> error' },
      troubleAreas,
    );
    expect(toc[0]).toEqual({ value: 'Look up &lt;your&gt; error', id: 'error-lookup', level: 2 });
    expect(toc.slice(1).map((t) => t.id)).toEqual(troubleAreas.map((a) => a.area));
    expect(toc.every((t) => t.level === 2)).toBe(true);
  });

  it('groups every entry exactly once, in area order', () => {
    const groups = entriesByArea(troubleAreas, troubleshootingEntries);
    expect(groups.flatMap((g) => g.entries)).toHaveLength(troubleshootingEntries.length);
    expect(groups.map((g) => g.area)).toEqual(troubleAreas.map((a) => a.area));
    expect(entriesByArea(troubleAreas, [])).toEqual([]);
  });
});
