import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { troubleshootingEntries } from '../../data/troubleshooting';
import { detectSecret } from '../secrets';
import { buildLookupIndex, lookupErrors, normaliseLogText, tokenize } from './lookup';
import { twoHundredLineLog } from './lookupLog';

const index = buildLookupIndex(troubleshootingEntries);
const first = (text: string) => lookupErrors(index, text).hits[0]?.entry.id;
const fake = (prefix: string, length: number) => prefix + 'A1b2C3d4E5'.repeat(20).slice(0, length);

const examples = troubleshootingEntries.flatMap((entry) =>
  entry.messages.flatMap((m) => m.examples.map((example) => [entry.id, example] as const)),
);
const symptoms = troubleshootingEntries.flatMap((entry) =>
  (entry.symptoms ?? []).map((symptom) => [entry.id, symptom] as const),
);

describe('lookupErrors on the catalogue itself', () => {
  it.each(examples)('ranks %s first, exactly, for its example %s', (id, example) => {
    const result = lookupErrors(index, example);
    expect(result.hits[0]?.entry.id).toBe(id);
    expect(result.hits[0]?.kind).toBe('exact');
    expect(result.noMatch).toBe(false);
    expect(result.secretFound).toBe(false);
  });

  it.each(symptoms)('ranks %s first for the symptom %s', (id, symptom) => {
    expect(first(symptom)).toBe(id);
  });
});

describe('lookupErrors on what real logs add', () => {
  it('finds the entry in a Backstage text log line with process, timestamp, logger, level and class prefixes', () => {
    // The line quoted in backstage/backstage#13282.
    const line =
      '[1] 2022-08-22T11:48:49.297Z catalog warn Processor GithubDiscoveryProcessor threw an error while reading github-discovery:https://github.com/acme; caused by HttpError: This endpoint requires you to be authenticated. type=plugin entity=location:default/generated-698f280bea9a32127261a883baf3448594797fcd';
    const result = lookupErrors(index, line);
    expect(result.hits[0]?.entry.id).toBe('endpoint-requires-authentication');
    expect(result.hits[0]?.matchedText).toBe('This endpoint requires you to be authenticated.');
  });

  it('strips a NotFoundError prefix and a timestamp, with other owner names and ids', () => {
    const line =
      '2026-11-30T09:12:44.120Z catalog error NotFoundError: No app installation found for some-other-org in 987654';
    expect(first(line)).toBe('no-app-installation-found');
    expect(normaliseLogText(line)).toBe('No app installation found for some-other-org in 987654');
  });

  it('reads the message, error and stack fields of a JSON log record, with JSON escaping', () => {
    const record = JSON.stringify({
      level: 'error',
      message: 'Request failed',
      plugin: 'catalog',
      service: 'backstage',
      timestamp: '2026-11-30T09:12:44.120Z',
      error: {
        name: 'InputError',
        message: "No auth provider registered for 'github'",
        stack:
          "InputError: No auth provider registered for 'github'\n    at /app/node_modules/x.js:1:2",
      },
    });
    expect(first(record)).toBe('no-auth-provider-registered');
    // The same record once more escaped, as a log shipper quotes it.
    expect(first(JSON.stringify(record))).toBe('no-auth-provider-registered');
  });

  it('matches a message broken over several lines, inside a stack trace', () => {
    const trace = [
      'Backend failed to start up Error: Failed to read config',
      '    at readConfigFile (/app/node_modules/@backstage/config-loader/dist/index.cjs.js:882:15)',
      'TypeError: Unknown auth provider',
      "  'github'",
      '    at async Promise.all (index 0)',
    ].join('\n');
    expect(first(trace)).toBe('unknown-auth-provider');
  });

  it('finds the entry in a 200-line log and ranks exact matches above near misses', () => {
    const noise = Array.from(
      { length: 199 },
      (_, i) =>
        `2026-11-30T09:12:${String(i % 60).padStart(2, '0')}.000Z rootHttpRouter info ::1 - - "GET /api/catalog/entities?limit=${i} HTTP/1.1" 200`,
    );
    noise.splice(120, 0, '2026-11-30T09:13:00.000Z scaffolder error Error: Bad credentials');
    const result = lookupErrors(index, noise.join('\n'));
    expect(result.hits[0]?.entry.id).toBe('bad-credentials');
    expect(result.hits[0]?.kind).toBe('exact');
  });

  it('offers near misses for a message typed from memory', () => {
    const result = lookupErrors(index, 'no app installation found for my org');
    expect(result.hits.map((h) => h.entry.id)).toContain('no-app-installation-found');
    expect(result.hits.find((h) => h.entry.id === 'no-app-installation-found')?.kind).toBe(
      'similar',
    );
  });
});

describe('the benchmark log', () => {
  it('has 200 lines and its one error is found first', () => {
    const log = twoHundredLineLog();
    expect(log.split('\n')).toHaveLength(200);
    expect(first(log)).toBe('endpoint-requires-authentication');
  });
});

describe('lookupErrors on unrelated text', () => {
  it.each([
    [
      'a lorem line',
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.',
    ],
    [
      'an npm install log',
      [
        'npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.',
        'npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported',
        '',
        'added 1523 packages, and audited 1524 packages in 41s',
        '',
        '312 packages are looking for funding',
        '  run `npm fund` for details',
        '',
        'found 0 vulnerabilities',
      ].join('\n'),
    ],
  ])('matches nothing in %s and says so', (_name, text) => {
    const result = lookupErrors(index, text);
    expect(result.hits).toEqual([]);
    expect(result.noMatch).toBe(true);
    expect(result.closest.length).toBeLessThanOrEqual(3);
  });

  it('offers the closest entries when nothing matches', () => {
    const result = lookupErrors(index, 'the catalog shows users but their email is empty somehow');
    if (result.noMatch) expect(result.closest.length).toBeGreaterThan(0);
    else expect(result.hits.length).toBeGreaterThan(0);
  });

  it('treats blank input as nothing to look up', () => {
    expect(lookupErrors(index, '  \n ')).toMatchObject({ hits: [], noMatch: false, closest: [] });
  });
});

describe('lookupErrors and secrets', () => {
  it('masks tokens, says so, and still matches on the masked text', () => {
    const token = fake('ghp_', 36);
    const text = `curl -H "Authorization: token ${token}" https://api.github.com/user\n{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest","status":"401"}`;
    const result = lookupErrors(index, text);
    expect(result.secretFound).toBe(true);
    expect(result.secretKinds).toEqual(['classic-pat']);
    expect(result.maskedText).not.toContain(token);
    expect(result.maskedText).toContain('ghp_[masked]');
    expect(JSON.stringify(result)).not.toContain(token);
    expect(result.hits[0]?.entry.id).toBe('bad-credentials');
  });

  it('masks a PEM private key', () => {
    const result = lookupErrors(
      index,
      'privateKey: -----BEGIN RSA PRIVATE KEY-----\nMIIEabc\n-----END RSA PRIVATE KEY-----',
    );
    expect(result.secretFound).toBe(true);
    expect(detectSecret(result.maskedText)).toBeUndefined();
    expect(JSON.stringify(result)).not.toContain('MIIEabc');
  });

  it('never returns a token-shaped substring, whatever is pasted', () => {
    const prefixes = ['ghp_', 'github_pat_', 'gho_', 'ghu_', 'ghs_', 'ghr_'];
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom(...prefixes),
        fc.stringMatching(/^[A-Za-z0-9_]{20,60}$/),
        fc.string(),
        (before, prefix, body, after) => {
          const result = lookupErrors(index, `${before}${prefix}${body}${after}`);
          expect(result.secretFound).toBe(true);
          expect(detectSecret(JSON.stringify(result))).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('lookupErrors with noise around an example', () => {
  const word = fc.stringMatching(/^[A-Za-z0-9=:/._-]{1,12}$/);
  const noiseLine = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
  const noise = fc.array(noiseLine, { maxLength: 5 }).map((lines) => lines.join('\n'));

  it('still finds the entry in the top 3', () => {
    fc.assert(
      fc.property(fc.constantFrom(...examples), noise, noise, ([id, example], before, after) => {
        const text = `${before}\n2026-11-30T09:12:44.120Z backend error ${example}\n${after}`;
        const top = lookupErrors(index, text)
          .hits.slice(0, 3)
          .map((h) => h.entry.id);
        expect(top).toContain(id);
      }),
      { numRuns: 300 },
    );
  });
});

describe('tokenize', () => {
  it('lower-cases words and drops stopwords and single characters', () => {
    expect(tokenize('The App is NOT installed on a-b 404')).toEqual(['app', 'installed', '404']);
  });
});
