/**
 * Secret detection: recognises values that must never be typed into this
 * site's forms (GitHub tokens and PEM private keys), so a form can refuse them
 * before they reach any output, URL, storage or request.
 *
 * Sources:
 * - Token prefixes: GitHub Docs, "GitHub's token formats"
 *   (https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats):
 *   `ghp_` classic PAT, `github_pat_` fine-grained PAT, `gho_` OAuth app token,
 *   `ghu_` GitHub App user token, `ghs_` installation token, `ghr_` refresh token.
 * - Lengths: GitHub asks integrators to support tokens "up to 255 characters"
 *   (changelog 2021-03-31); the stateless installation token format
 *   (`ghs_APPID_JWT`, changelog 2026-05-15) contains dots and is ~520 characters.
 *   Matching is therefore by prefix plus a minimum length, never a fixed length.
 */

/** What kind of secret a value looks like. */
export type SecretKind =
  | 'classic-pat'
  | 'fine-grained-pat'
  | 'oauth-token'
  | 'user-to-server-token'
  | 'installation-token'
  | 'refresh-token'
  | 'private-key';

/** A human label for each kind, for warnings. */
export const secretKindLabel: Record<SecretKind, string> = {
  'classic-pat': 'a GitHub personal access token (classic)',
  'fine-grained-pat': 'a GitHub fine-grained personal access token',
  'oauth-token': 'a GitHub OAuth access token',
  'user-to-server-token': 'a GitHub App user access token',
  'installation-token': 'a GitHub App installation access token',
  'refresh-token': 'a GitHub App refresh token',
  'private-key': 'a PEM private key',
};

const tokenPatterns: ReadonlyArray<readonly [SecretKind, RegExp]> = [
  // Searched anywhere in the value (not anchored), so a token pasted with
  // surrounding text, quotes or `Bearer ` is still caught.
  ['fine-grained-pat', /github_pat_[A-Za-z0-9_]{20,}/],
  ['classic-pat', /ghp_[A-Za-z0-9_]{20,}/],
  ['oauth-token', /gho_[A-Za-z0-9_]{20,}/],
  ['user-to-server-token', /ghu_[A-Za-z0-9_]{20,}/],
  ['installation-token', /ghs_[A-Za-z0-9_.-]{20,}/],
  ['refresh-token', /ghr_[A-Za-z0-9_]{20,}/],
  ['private-key', /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/],
];

/**
 * Tells whether `value` contains something that looks like a GitHub token or
 * a PEM private key.
 *
 * @param value any user-typed string (may be empty)
 * @returns the kind of secret found, or `undefined` when the value looks safe.
 *   Never throws.
 */
export function detectSecret(value: string): SecretKind | undefined {
  for (const [kind, pattern] of tokenPatterns) {
    if (pattern.test(value)) return kind;
  }
  return undefined;
}

/**
 * The warning shown when a secret is pasted into a field.
 *
 * @param kind the kind returned by {@link detectSecret}
 * @returns one sentence telling the reader what was refused and what to do instead.
 */
export function secretWarning(kind: SecretKind): string {
  return (
    `This looks like ${secretKindLabel[kind]}. It was not accepted: secrets never belong in this form. ` +
    'Keep it in an environment variable or a secret store, and let the config reference it as ${VARIABLE}.'
  );
}

/** A whole PEM private-key block, or its BEGIN line up to the end of the text when END is missing. */
const pemBlock =
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----(?:[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----|[\s\S]*$)/g;

/**
 * Masks every token-shaped value and PEM private key in a text, for tools that
 * must show pasted text back (the error lookup) without ever showing a secret.
 *
 * @param value any text (may be empty, may be thousands of lines)
 * @returns `text`: the value with each token replaced by its prefix and
 *   `[masked]` (e.g. `ghp_[masked]`) and each PEM block by `[private key masked]`;
 *   `found`: the kinds masked, each once.
 *   `detectSecret(text)` is always `undefined`. Never throws.
 */
export function maskSecrets(value: string): { text: string; found: SecretKind[] } {
  const found: SecretKind[] = [];
  const note = (kind: SecretKind) => {
    if (!found.includes(kind)) found.push(kind);
  };
  let text = value.replace(pemBlock, () => {
    note('private-key');
    return '[private key masked]';
  });
  // Repeat until nothing is left: a replacement can never create a token (the
  // marker starts with "["), but the loop makes that a guarantee, not an argument.
  for (let round = 0; round < 10 && detectSecret(text) !== undefined; round += 1) {
    for (const [kind, pattern] of tokenPatterns) {
      if (kind === 'private-key') continue;
      text = text.replace(new RegExp(pattern.source, 'g'), (token) => {
        note(kind);
        return `${/^(?:github_pat_|gh[a-z]_)/.exec(token)?.[0] ?? ''}[masked]`;
      });
    }
    text = text.replace(/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/g, () => {
      note('private-key');
      return '[private key masked]';
    });
  }
  return { text, found };
}
