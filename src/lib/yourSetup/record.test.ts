import { describe, expect, it } from 'vitest';
import { defaultSetup } from './fields';
import { mergeSetup, parseSetupRecord, serialiseSetupRecord, setupSummary } from './record';

const acme = { ...defaultSetup, org: 'acme-corp', host: 'ghe.acme.dev' };

describe('the stored record', () => {
  it('round-trips, storing only what differs from the defaults', () => {
    const raw = serialiseSetupRecord(acme);
    expect(JSON.parse(raw!)).toEqual({ v: 1, values: { org: 'acme-corp', host: 'ghe.acme.dev' } });
    expect(parseSetupRecord(raw)).toEqual(acme);
  });

  it('stores nothing for the defaults', () => {
    expect(serialiseSetupRecord(defaultSetup)).toBeNull();
    expect(parseSetupRecord(null)).toEqual(defaultSetup);
  });

  it('never stores an invalid or token-shaped value', () => {
    const token = `ghp_${'x'.repeat(36)}`;
    const raw = serialiseSetupRecord({ ...acme, org: token, tokenVar: 'NOT VALID' });
    expect(raw).not.toContain('ghp_');
    expect(parseSetupRecord(raw)).toEqual({ ...acme, org: defaultSetup.org });
  });

  it.each([
    'not json',
    '[]',
    'null',
    '42',
    '{"v":2,"values":{"org":"acme-corp"}}',
    '{"v":1}',
    '{"v":1,"values":"acme"}',
  ])('falls back to the defaults for junk: %s', (raw) => {
    expect(parseSetupRecord(raw)).toEqual(defaultSetup);
  });

  it('keeps the valid fields of a record and drops the rest', () => {
    const raw = JSON.stringify({
      v: 1,
      values: { org: 'acme-corp', host: 'https://x', tokenVar: 42, appName: 'true', extra: 'x' },
    });
    expect(parseSetupRecord(raw)).toEqual({ ...defaultSetup, org: 'acme-corp' });
  });
});

describe('mergeSetup', () => {
  it('takes valid values and reports which fields changed', () => {
    const { values, changed } = mergeSetup(defaultSetup, {
      org: 'acme-corp',
      host: 'github.com',
      tokenVar: undefined,
      appName: 'Not Valid',
    });
    expect(values).toEqual({ ...defaultSetup, org: 'acme-corp' });
    expect(changed).toEqual(['org']);
  });
});

describe('setupSummary', () => {
  it('names the organization and host, or says the defaults are in use', () => {
    expect(setupSummary(defaultSetup)).toBe('Default values');
    expect(setupSummary(acme)).toBe('acme-corp on ghe.acme.dev');
  });
});
