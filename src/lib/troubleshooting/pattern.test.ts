import { describe, expect, it } from 'vitest';
import { compilePattern, matchMessage, parsePattern, PatternError } from './pattern';

describe('compilePattern', () => {
  it('matches a message with its variables filled in', () => {
    expect(
      matchMessage(
        'No app installation found for {owner} in {appId}',
        'No app installation found for acme in 123456',
      ),
    ).toEqual({ owner: 'acme', appId: '123456' });
  });

  it('treats regular-expression characters as literal text', () => {
    const pattern = "No auth provider registered for '{provider}' (see docs.)";
    expect(matchMessage(pattern, "No auth provider registered for 'github' (see docs.)")).toEqual({
      provider: 'github',
    });
    expect(matchMessage(pattern, "No auth provider registered for 'github' (see docsX)")).toBe(
      undefined,
    );
  });

  it('reads doubled braces as literal braces', () => {
    expect(
      matchMessage('token: ${{ secrets.{key} }}', 'token: ${ secrets.USER_OAUTH_TOKEN }'),
    ).toEqual({ key: 'USER_OAUTH_TOKEN' });
  });

  it('finds the message inside a longer log line', () => {
    const { within } = compilePattern('Unable to read url, {reason}');
    expect(
      within.test('2026-01-01T00:00:00Z catalog error NotFoundError: Unable to read url, 404'),
    ).toBe(true);
  });

  it('does not match other text', () => {
    expect(matchMessage('Unknown auth provider {provider}', 'No auth provider registered')).toBe(
      undefined,
    );
  });

  it.each([
    ['unclosed', 'Unknown {provider'],
    ['lone brace', 'Unknown } provider'],
    ['empty name', 'Unknown {} provider'],
    ['touching variables', 'Unknown {a}{b} provider'],
    ['no literal text', '{a}'],
  ])('rejects an invalid pattern (%s)', (_, pattern) => {
    expect(() => parsePattern(pattern)).toThrow(PatternError);
  });
});
