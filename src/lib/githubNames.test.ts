import { describe, expect, it } from 'vitest';
import { validateEnvVarName, validateHostName, validateOwnerName } from './githubNames';

describe('validateOwnerName', () => {
  it.each(['octocat', 'octo-org', 'a', 'A1-b2', 'x'.repeat(39), 'mona-cat_octo'])(
    'accepts %s',
    (name) => {
      expect(validateOwnerName(name)).toBeUndefined();
    },
  );
  it.each([
    ['', 'Enter'],
    ['-octo', 'hyphen'],
    ['octo-', 'hyphen'],
    ['oc--to', 'hyphen'],
    ['octo org', 'spaces'],
    ['octo.org', 'letters'],
    ['x'.repeat(40), '39'],
  ])('refuses %j with a message about %s', (name, fragment) => {
    expect(validateOwnerName(name)).toContain(fragment);
  });
});

describe('validateHostName', () => {
  it.each(['github.com', 'ghe.example.net', 'git.internal:8443', 'octocorp.ghe.com'])(
    'accepts %s',
    (host) => {
      expect(validateHostName(host)).toBeUndefined();
    },
  );
  it.each([
    ['', 'Enter'],
    ['https://ghe.example.net', 'without https://'],
    ['ghe.example.net/api', 'path'],
    ['ghe..example', 'single dots'],
    ['-ghe.example', 'hyphen'],
    ['ghe_example.net', 'letters'],
    ['ghe.example.net:70000', 'port'],
  ])('refuses %j with a message about %s', (host, fragment) => {
    expect(validateHostName(host)).toContain(fragment);
  });
});

describe('validateEnvVarName', () => {
  it.each(['GITHUB_TOKEN', '_X', 'a1'])('accepts %s', (name) => {
    expect(validateEnvVarName(name)).toBeUndefined();
  });
  it.each(['', '1TOKEN', 'GITHUB-TOKEN', '${GITHUB_TOKEN}', 'A B'])('refuses %j', (name) => {
    expect(validateEnvVarName(name)).toBeDefined();
  });
});
