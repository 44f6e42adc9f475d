import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { dependencyClosure, packageOf } from './mermaidChunks';

describe('packageOf', () => {
  it('names the package after the last node_modules segment', () => {
    expect(packageOf('/site/node_modules/langium/lib/index.js')).toBe('langium');
    expect(packageOf('/site/node_modules/@mermaid-js/parser/dist/x.mjs')).toBe(
      '@mermaid-js/parser',
    );
    expect(packageOf('/site/node_modules/a/node_modules/@scope/b/i.js')).toBe('@scope/b');
    expect(packageOf('C:\\site\\node_modules\\chevrotain\\lib\\api.js')).toBe('chevrotain');
  });
  it('gives undefined for the site’s own files', () => {
    expect(packageOf('/site/src/components/X/index.tsx')).toBeUndefined();
  });
});

describe('dependencyClosure', () => {
  const siteDir = join(__dirname, '..', '..');
  it('contains mermaid and its parser, not React or Docusaurus', () => {
    const closure = dependencyClosure('mermaid', siteDir);
    expect(closure.has('mermaid')).toBe(true);
    expect(closure.has('@mermaid-js/parser')).toBe(true);
    expect(closure.has('@chevrotain/types')).toBe(true);
    expect(closure.has('react')).toBe(false);
    expect(closure.has('@docusaurus/core')).toBe(false);
  });
  it('is empty for a package that is not installed', () => {
    expect(dependencyClosure('no-such-package-here', siteDir).size).toBe(0);
  });
});
