import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialTree } from '../../data/credentialTree';
import { enumeratePaths } from './model';
import { parsePathSearch, resolvePath, serializePathSearch } from './state';

describe('explorer state in the URL', () => {
  it('round-trips every root-to-outcome path through the query string', () => {
    for (const path of enumeratePaths(credentialTree)) {
      const search = serializePathSearch('', path.answers);
      expect(search).toBe(`?path=${path.answers.join(',')}`);
      const parsed = parsePathSearch(credentialTree, search);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.path.current.id).toBe(path.outcome);
      expect(parsed.path.steps.map((s) => s.answer.id)).toEqual(path.answers);
      expect(parsed.path.steps.map((s) => s.question.id)).toEqual(path.nodes.slice(0, -1));
    }
  });

  it('starts at the root without a path parameter', () => {
    for (const search of ['', '?', '?path=', '?other=1', 'path=%20']) {
      const parsed = parsePathSearch(credentialTree, search);
      expect(parsed).toMatchObject({ ok: true, path: { steps: [], current: { id: 'context' } } });
    }
  });

  it('accepts a partial path and stops at the question reached', () => {
    const parsed = parsePathSearch(credentialTree, '?path=backend,catalog');
    expect(parsed).toMatchObject({ ok: true, path: { current: { id: 'host' } } });
  });

  it('explains an unknown answer, an answer to another question, and answers after an outcome', () => {
    expect(parsePathSearch(credentialTree, '?path=backend,nonsense')).toEqual({
      ok: false,
      message: 'The link names an answer, “nonsense”, that this decision tree does not have.',
    });
    const misplaced = parsePathSearch(credentialTree, '?path=backend,github-com');
    expect(misplaced.ok).toBe(false);
    if (!misplaced.ok)
      expect(misplaced.message).toMatch(/“github-com” where that answer does not fit/);
    const after = parsePathSearch(credentialTree, '?path=sign-in,sign-in-oauth-app,backend');
    expect(after.ok).toBe(false);
    if (!after.ok)
      expect(after.message).toMatch(/after the outcome “Sign-in through an OAuth App”/);
    expect(parsePathSearch(credentialTree, '?path=backend,,catalog')).toMatchObject({ ok: false });
    expect(parsePathSearch(credentialTree, `?path=${'a,'.repeat(1500)}a`)).toMatchObject({
      ok: false,
    });
  });

  it('keeps other query parameters and drops the path parameter for the root', () => {
    expect(serializePathSearch('?utm=x&path=backend', ['backend', 'catalog'])).toBe(
      '?utm=x&path=backend,catalog',
    );
    expect(serializePathSearch('?utm=x&path=backend', [])).toBe('?utm=x');
    expect(serializePathSearch('?path=backend', [])).toBe('');
  });

  it('never throws, whatever the query string', () => {
    const answerIds = enumeratePaths(credentialTree).flatMap((p) => p.answers);
    const token = fc.oneof(fc.constantFrom(...answerIds), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), fc.string(), (ids, junk) => {
        const result = parsePathSearch(credentialTree, `?path=${ids.join(',')}${junk}`);
        if (result.ok) {
          // A valid result really is a walk through the tree.
          const again = resolvePath(
            credentialTree,
            result.path.steps.map((s) => s.answer.id),
          );
          expect(again).toEqual(result);
        } else {
          expect(result.message.length).toBeGreaterThan(10);
        }
      }),
    );
  });
});
