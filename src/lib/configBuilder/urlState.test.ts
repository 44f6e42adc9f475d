import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryBuilderState } from './arbitrary';
import { generateFiles } from './generate';
import { largestState } from './largest';
import { presets, presetState } from './presets';
import type { BuilderState, ConfigBuilderPresetId } from './types';
import { decodeUrl, encodeState, parseState } from './urlState';
import v1Links from './v1Links.fixture.json';

const presetIds = presets.map((p) => p.id);

function outputOf(state: BuilderState): string {
  return JSON.stringify(generateFiles(state));
}

describe('links written by the builder before format 2 (format 1, real links)', () => {
  it.each(presetIds)('%s: an old preset link gives the same files as the preset', (id) => {
    const decoded = decodeUrl('?' + v1Links[id]);
    expect(decoded.notice).toBeUndefined();
    expect(outputOf(decoded.state)).toBe(outputOf(presetState(id)));
  });

  it('old links get the new frontend system, and users and teams follow discovery when they listed exactly its organizations', () => {
    const discovery = decodeUrl('?' + v1Links['org-discovery-pat']).state;
    expect(discovery.signIn.frontend).toBe('new');
    expect(discovery.org.separateOrgs).toBe(false);
    const custom = decodeUrl('?' + v1Links.custom).state;
    expect(custom.discovery[0]?.organization).toBe('acme');
    expect(custom.org).toMatchObject({ separateOrgs: true, orgs: ['acme', 'acme-platform'] });
    expect(custom.signIn.environment).toBe('production');
    // Without discovery there is nothing to follow.
    expect(decodeUrl('?' + v1Links['local-pat']).state.org.separateOrgs).toBe(true);
  });

  it('the largest old link reads back to the largest state', () => {
    expect(decodeUrl('?' + v1Links.largest).state).toEqual(largestState);
  });

  it('old ?preset= links keep working', () => {
    for (const id of presetIds) {
      expect(decodeUrl(`?preset=${id}`)).toEqual({
        state: presetState(id),
        presetId: id,
        unchanged: true,
      });
    }
  });
});

describe('format 2: readable links', () => {
  it('a preset as it is: the version and the preset', () => {
    expect(encodeState(presetState('ghes'), 'ghes')).toBe('v=2&preset=ghes');
  });

  it('one changed value: one readable parameter, far shorter than format 1', () => {
    const state = presetState('org-discovery-pat');
    state.discovery[0]!.organization = 'acme';
    const link = encodeState(state, 'org-discovery-pat')!;
    expect(link).toBe('v=2&preset=org-discovery-pat&discovery.0.organization=acme');
    expect(link.length).toBeLessThan(v1Links['org-discovery-pat'].length / 10);
    expect(decodeUrl(link)).toEqual({ state, presetId: 'org-discovery-pat', unchanged: false });
  });

  it('keeps URLs, lists and typed punctuation readable and exact', () => {
    const state = presetState('ghes');
    state.ghesHost = 'git.acme.dev';
    state.apiBaseUrl = 'https://git.acme.dev/api/v3';
    state.signIn.resolvers = [
      'userIdMatchingUserEntityAnnotation',
      'usernameMatchingUserEntityName',
    ];
    state.discovery[0]!.catalogPath = 'a: b #x "é" +1 & =';
    const link = encodeState(state, 'ghes')!;
    expect(link).toContain('apiBaseUrl=https://git.acme.dev/api/v3');
    expect(link).toContain(
      'signIn.resolvers=userIdMatchingUserEntityAnnotation,usernameMatchingUserEntityName',
    );
    expect(decodeUrl(link).state).toEqual(state);
  });

  it('added Apps and providers give their count and only what differs from a new item', () => {
    const state = presetState('local-pat');
    state.discovery = [{ ...presetState('org-discovery-pat').discovery[0]!, organization: 'acme' }];
    expect(encodeState(state, 'local-pat')).toBe(
      'v=2&preset=local-pat&discovery=1&discovery.0.organization=acme',
    );
    const fewer = presetState('production-app');
    fewer.discovery = [];
    expect(encodeState(fewer, 'production-app')).toBe('v=2&preset=production-app&discovery=0');
    expect(decodeUrl('?' + encodeState(fewer, 'production-app')).state).toEqual(fewer);
  });

  it('falls back to JSON, still format 2, for a list item the readable form cannot carry', () => {
    const state = presetState('org-discovery-pat');
    state.org.separateOrgs = true;
    state.org.orgs = ['a,b', ''];
    const link = encodeState(state, 'org-discovery-pat')!;
    expect(link).toMatch(/^v=2&preset=org-discovery-pat&s=/);
    expect(decodeUrl(link).state).toEqual(state);
  });

  it('ignores parameters that are not part of the state', () => {
    const decoded = decodeUrl('?v=2&preset=ghes&utm_source=mail&ref=x');
    expect(decoded).toEqual({ state: presetState('ghes'), presetId: 'ghes', unchanged: true });
  });

  it.each([
    ['an unknown field', '?v=2&preset=ghes&signIn.colour=red', /signIn\.colour/],
    ['a bad boolean', '?v=2&preset=ghes&org.enabled=yes', /org\.enabled/],
    ['a bad enum', '?v=2&preset=ghes&credential=ssh', /credential/],
    ['a bad number', '?v=2&preset=ghes&org.timeoutMinutes=ten', /org\.timeoutMinutes/],
    ['an unknown resolver', '?v=2&preset=ghes&signIn.resolvers=nope', /signIn\.resolvers/],
    ['an item that does not exist', '?v=2&preset=ghes&apps.0.name=x', /apps\.0\.name/],
    ['too many items', '?v=2&preset=ghes&discovery=9', /discovery/],
    ['a repeated parameter', '?v=2&preset=ghes&tokenVar=A&tokenVar=B', /tokenVar/],
  ])('%s: falls back to the preset and names the parameter', (_name, search, name) => {
    const decoded = decodeUrl(search);
    expect(decoded.state).toEqual(presetState('ghes'));
    expect(decoded.notice).toMatch(/could not be read/);
    expect(decoded.notice).toMatch(name);
  });
});

describe('round trips (fast-check)', () => {
  const anyPreset = fc.constantFrom<ConfigBuilderPresetId>(...presetIds);

  it('every valid state, written against any preset, reads back exactly', () => {
    fc.assert(
      fc.property(arbitraryBuilderState, anyPreset, (state, preset) => {
        const link = encodeState(state, preset);
        expect(link).toBeDefined();
        const decoded = decodeUrl('?' + link);
        expect(decoded.notice).toBeUndefined();
        expect(decoded.state).toEqual(state);
        expect(decoded.presetId).toBe(preset);
      }),
      { numRuns: 150 },
    );
  });

  it('valid states use the readable form (no JSON)', () => {
    fc.assert(
      fc.property(arbitraryBuilderState, anyPreset, (state, preset) => {
        expect(encodeState(state, preset)).not.toMatch(/[?&]s=/);
      }),
      { numRuns: 100 },
    );
  });

  it('any state parseState accepts, however odd its strings, reads back exactly', () => {
    const odd = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('', ',', 'a,b', ' ', '&', '=', '+', '%', '%2C', '#', '?', 'é', '日本'),
    );
    fc.assert(
      fc.property(arbitraryBuilderState, odd, odd, anyPreset, (state, a, b, preset) => {
        const weird = structuredClone(state);
        weird.org.orgs = [a, b];
        weird.tokenVar = a + b;
        weird.ghesHost = b;
        if (weird.discovery[0]) weird.discovery[0].topicInclude = [b];
        const decoded = decodeUrl('?' + encodeState(weird, preset));
        expect(decoded.state).toEqual(weird);
      }),
      { numRuns: 100 },
    );
  });
});

describe('damaged and foreign links', () => {
  it.each([
    ['unknown preset', '?preset=nope', /preset the builder does not have/],
    ['other version', '?v=99&s=e30', /another \(v99\) version/],
    ['missing version', '?s=e30', /unknown version/],
    ['not base64', '?v=1&s=%%%', /damaged or out of date/],
    ['not JSON', '?v=1&s=bm90IGpzb24', /damaged or out of date/],
    ['wrong shape', '?v=1&s=' + btoa('{"hostKind":"gitlab"}'), /damaged or out of date/],
    ['truncated', '?' + v1Links.ghes.slice(0, 60), /damaged or out of date/],
    ['format 2 JSON of the wrong shape', '?v=2&s=' + btoa('{"hostKind":"ghes"}'), /damaged/],
  ])('%s: falls back to a preset with a notice', (_name, search, message) => {
    const decoded = decodeUrl(search, 'ghes');
    expect(decoded.notice).toMatch(message);
    expect(decoded.state).toEqual(presetState('ghes'));
  });

  it('no parameters: the fallback preset', () => {
    expect(decodeUrl('', 'sign-in-only').state).toEqual(presetState('sign-in-only'));
  });

  it('parseState drops unknown keys and rejects wrong types', () => {
    const state = presetState('ghes');
    expect(parseState({ ...state, extra: 1 })).toEqual(state);
    expect(
      parseState({ ...state, discovery: [{ ...state.discovery[0], allowForks: 'yes' }] }),
    ).toBeUndefined();
    expect(parseState({ ...state, signIn: { ...state.signIn, frontend: 'old' } })).toBeUndefined();
    expect(parseState(null)).toBeUndefined();
  });
});
