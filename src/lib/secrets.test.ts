import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectSecret, secretWarning, type SecretKind } from './secrets';

/** Builds a token-shaped string from a prefix and a body of the given length (not a real token). */
const fake = (prefix: string, length: number) => prefix + 'A1b2C3d4E5'.repeat(20).slice(0, length);

describe('detectSecret', () => {
  const cases: Array<[string, SecretKind]> = [
    [fake('ghp_', 36), 'classic-pat'],
    [fake('github_pat_', 82), 'fine-grained-pat'],
    [fake('gho_', 36), 'oauth-token'],
    [fake('ghu_', 36), 'user-to-server-token'],
    [fake('ghs_', 36), 'installation-token'],
    [fake('ghr_', 36), 'refresh-token'],
    ['-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----', 'private-key'],
    ['-----BEGIN PRIVATE KEY-----', 'private-key'],
  ];
  it.each(cases)('recognises %s as %s', (value, kind) => {
    expect(detectSecret(value)).toBe(kind);
  });

  it('recognises the stateless installation-token format with dots', () => {
    expect(detectSecret(`ghs_12345_${fake('', 60)}.${fake('', 80)}.${fake('', 40)}`)).toBe(
      'installation-token',
    );
  });

  it('finds a token inside surrounding text', () => {
    expect(detectSecret(`Bearer ${fake('ghp_', 36)} `)).toBe('classic-pat');
    expect(detectSecret(`"${fake('github_pat_', 82)}"`)).toBe('fine-grained-pat');
  });

  it('accepts ordinary values', () => {
    for (const value of [
      '',
      'GITHUB_TOKEN',
      'github.com',
      'my-org',
      'ghp_',
      'ghp_short',
      'github_pat',
    ]) {
      expect(detectSecret(value)).toBeUndefined();
    }
  });

  it('never throws and finds nothing in strings without a token prefix or PEM header', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        fc.pre(!/gh[pousr]_|github_pat_|-----BEGIN/.test(value));
        expect(detectSecret(value)).toBeUndefined();
      }),
    );
  });
});

describe('secretWarning', () => {
  it('names the kind and never echoes a value', () => {
    const message = secretWarning('fine-grained-pat');
    expect(message).toContain('fine-grained personal access token');
    expect(message).toContain('${VARIABLE}');
  });
});
