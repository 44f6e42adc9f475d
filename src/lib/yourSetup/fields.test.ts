import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import {
  defaultSetup,
  derivedValues,
  readsAsNonString,
  setupFields,
  validateSetupValue,
  type SetupField,
} from './fields';

describe('validateSetupValue', () => {
  it('accepts every default', () => {
    for (const field of setupFields) {
      expect(validateSetupValue(field, defaultSetup[field]), field).toBeUndefined();
    }
  });

  it.each<[SetupField, string]>([
    ['host', 'ghe.acme.dev'],
    ['host', 'git.example.net:8443'],
    ['org', 'acme-corp'],
    ['tokenVar', 'BACKSTAGE_GITHUB_TOKEN'],
    ['appName', 'backstage-acme'],
    ['providerId', 'acmeRepos'],
    ['backstageApp', 'portal'],
  ])('accepts %s = %s', (field, value) => {
    expect(validateSetupValue(field, value)).toBeUndefined();
  });

  it.each<[SetupField, string, string]>([
    ['host', 'https://github.com', 'without https://'],
    ['host', 'git hub.com', 'letters, digits'],
    ['org', '-acme', 'hyphen'],
    ['org', 'acme corp', 'spaces'],
    ['tokenVar', '1TOKEN', 'not starting with a digit'],
    ['appName', 'Backstage', 'lowercase'],
    ['providerId', '1repos', 'start with a letter'],
    ['backstageApp', 'My App', 'lowercase'],
  ])('refuses %s = %j with a message about %s', (field, value, fragment) => {
    expect(validateSetupValue(field, value)).toContain(fragment);
  });

  it('refuses token-shaped values in every field, saying why', () => {
    const tokens = [
      `ghp_${'a'.repeat(36)}`,
      `github_pat_${'B'.repeat(30)}`,
      `gho_${'c'.repeat(36)}`,
      `ghu_${'d'.repeat(36)}`,
      `ghs_${'e'.repeat(36)}`,
      `ghr_${'f'.repeat(36)}`,
      '-----BEGIN RSA PRIVATE KEY-----',
    ];
    for (const field of setupFields) {
      for (const token of tokens) {
        expect(validateSetupValue(field, token), `${field} ${token}`).toMatch(
          /It was not accepted/,
        );
      }
    }
  });

  it.each([
    'true',
    'TRUE',
    'yes',
    'No',
    'on',
    'off',
    'y',
    'null',
    '123',
    '0x1F',
    '1e3',
    '0o17',
    '2024-01-31',
  ])(
    'refuses %s where the field would otherwise take it, because YAML reads it as no string',
    (value) => {
      const fieldsTakingIt = setupFields.filter(
        (field) =>
          validateSetupValue(field, value) === undefined ||
          validateSetupValue(field, value)?.startsWith('YAML'),
      );
      for (const field of fieldsTakingIt) {
        expect(validateSetupValue(field, value), field).toMatch(/^YAML would read/);
      }
    },
  );
});

describe('readsAsNonString', () => {
  it.each([
    'true',
    'Yes',
    '~',
    'null',
    '12',
    '-3',
    '1_000',
    '0x1F',
    '0b101',
    '1.5',
    '.5',
    '1e5',
    'E0',
    'e5',
    '.e1',
    '+e1',
    '.inf',
    '-.NaN',
    '190:20:30',
    '2001-12-14',
  ])('%s is not a string to YAML', (value) => expect(readsAsNonString(value)).toBe(true));
  it.each([
    'my-org',
    'github.com',
    'GITHUB_TOKEN',
    'v1',
    '1a',
    'yes-please',
    'e',
    'E0x',
    '1.2.3.4',
  ])('%s stays a string', (value) => expect(readsAsNonString(value)).toBe(false));
  it('agrees with the yaml package (YAML 1.2 and 1.1) on every value above', () => {
    const values = [
      'true',
      'Yes',
      '12',
      '1e5',
      'E0',
      'e5',
      '.e1',
      '+e1',
      'my-org',
      'v1',
      'e',
      'E0x',
    ];
    for (const value of values) {
      const string = (version: '1.1' | '1.2') => YAML.parse(`v: ${value}`, { version }).v === value;
      expect(readsAsNonString(value), value).toBe(!(string('1.2') && string('1.1')));
    }
  });
});

describe('derivedValues', () => {
  it('uses api.github.com and raw.githubusercontent.com for github.com', () => {
    expect(derivedValues(defaultSetup)).toEqual({
      githubUrl: 'https://github.com',
      apiBaseUrl: 'https://api.github.com',
      rawBaseUrl: 'https://raw.githubusercontent.com',
    });
  });
  it('uses /api/v3 and /raw on a GitHub Enterprise Server host', () => {
    expect(derivedValues({ ...defaultSetup, host: 'ghe.acme.dev' })).toEqual({
      githubUrl: 'https://ghe.acme.dev',
      apiBaseUrl: 'https://ghe.acme.dev/api/v3',
      rawBaseUrl: 'https://ghe.acme.dev/raw',
    });
  });
});
