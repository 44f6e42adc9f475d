import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectSecret, maskSecrets, secretWarning, type SecretKind } from './secrets';

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

describe('maskSecrets', () => {
  it('masks each token, keeping its prefix, and lists the kinds found', () => {
    const classic = fake('ghp_', 36);
    const fine = fake('github_pat_', 82);
    const { text, found } = maskSecrets(
      `Authorization: token ${classic}\nGITHUB_TOKEN=${fine} and again ${classic}`,
    );
    expect(text).toBe(
      'Authorization: token ghp_[masked]\nGITHUB_TOKEN=github_pat_[masked] and again ghp_[masked]',
    );
    expect([...found].sort()).toEqual(['classic-pat', 'fine-grained-pat']);
  });

  it('masks a whole PEM block, and a BEGIN line without its END', () => {
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEabc\ndef\n-----END RSA PRIVATE KEY-----';
    expect(maskSecrets(`key: |\n${pem}\nnext: 1`)).toEqual({
      text: 'key: |\n[private key masked]\nnext: 1',
      found: ['private-key'],
    });
    expect(maskSecrets('x -----BEGIN PRIVATE KEY-----\nMIIE').text).toBe('x [private key masked]');
  });

  it('leaves text without secrets unchanged', () => {
    const text = 'ghp_short and github_pat_ and "No app installation found for acme"';
    expect(maskSecrets(text)).toEqual({ text, found: [] });
  });

  it('leaves no token-shaped substring behind', () => {
    const prefixes = ['ghp_', 'github_pat_', 'gho_', 'ghu_', 'ghs_', 'ghr_', ''];
    const piece = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.constantFrom(...prefixes), fc.stringMatching(/^[A-Za-z0-9_.-]{0,60}$/))
        .map(([p, body]) => p + body),
      fc.constant('-----BEGIN EC PRIVATE KEY-----'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const { text } = maskSecrets(pieces.join(''));
        expect(detectSecret(text)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
