import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { guideCodeBlocks } from '../mdx/codeBlocks';
import {
  defaultSetup,
  derivedValues,
  setupFields,
  validateSetupValue,
  type SetupField,
  type SetupValues,
} from './fields';
import { hasSetupFlag, placeholderNames, placeholdersIn, substitute } from './substitute';

const root = join(__dirname, '..', '..', '..');
const allBlocks = guideCodeBlocks(root);
const setupBlocks = allBlocks.filter((block) => block.meta.flags.has('setup'));
/** Property runs take seconds; allow for a loaded machine. */
const slow = 90_000;

describe('placeholdersIn and substitute', () => {
  it('finds each placeholder once, in order, and ignores template expressions', () => {
    expect(
      placeholdersIn('${{{tokenVar}}} {{org}} ${{ parameters.repoUrl }} {{org}} {{ host }}'),
    ).toEqual(['tokenVar', 'org']);
  });

  it('puts the values and derived values in place and leaves unknown names', () => {
    const values = { ...defaultSetup, org: 'acme-corp', host: 'ghe.acme.dev' };
    expect(substitute('token: ${{{tokenVar}}} {{apiBaseUrl}}/orgs/{{org}} {{nope}}', values)).toBe(
      'token: ${GITHUB_TOKEN} https://ghe.acme.dev/api/v3/orgs/acme-corp {{nope}}',
    );
  });

  it('reads the setup flag outside quoted attributes only', () => {
    expect(hasSetupFlag('title="app-config.yaml" setup')).toBe(true);
    expect(hasSetupFlag('setup title="x"')).toBe(true);
    expect(hasSetupFlag('title="setup"')).toBe(false);
    expect(hasSetupFlag('title="a" setups')).toBe(false);
    expect(hasSetupFlag(undefined)).toBe(false);
  });
});

describe("the guide's setup blocks", () => {
  it('exist, and use only known placeholders', () => {
    expect(setupBlocks.length).toBeGreaterThan(10);
    for (const block of setupBlocks) {
      const names = placeholdersIn(block.source);
      expect(
        names.length,
        `${block.file}:${block.line} has the setup flag but no placeholder`,
      ).toBeGreaterThan(0);
      for (const name of names) {
        expect(placeholderNames, `${block.file}:${block.line}`).toContain(name);
      }
    }
  });

  it('every block with a placeholder carries the setup flag, so no page shows {{…}}', () => {
    for (const block of allBlocks) {
      const known = placeholdersIn(block.source).filter((n) => placeholderNames.includes(n));
      if (known.length > 0) {
        expect(hasSetupFlag(block.meta.raw), `${block.file}:${block.line}`).toBe(true);
      }
    }
  });

  it('render with the defaults in the static text', () => {
    for (const block of setupBlocks) {
      expect(block.code).toBe(substitute(block.source, defaultSetup));
      expect(placeholdersIn(block.code).filter((n) => placeholderNames.includes(n))).toEqual([]);
    }
  });
});

/** Valid values per field, plus candidates YAML would read as no string. */
const tricky = ['true', 'yes', 'null', '123', '0x1F', 'on', '1e3', '2024-01-31', 'y', '~'];
const candidates: Record<SetupField, fc.Arbitrary<string>> = {
  host: fc.oneof(
    fc.stringMatching(/^[a-z0-9]{1,8}(\.[a-z0-9-]{0,6}[a-z0-9])?(:[1-9][0-9]{0,3})?$/),
    fc.constantFrom('github.com', ...tricky),
  ),
  org: fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9](-?[A-Za-z0-9]){0,12}$/),
    fc.constantFrom(...tricky),
  ),
  tokenVar: fc.oneof(
    fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/),
    fc.constantFrom(...tricky),
  ),
  appName: fc.oneof(
    fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/),
    fc.constantFrom(...tricky),
  ),
  providerId: fc.oneof(
    fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,6}([-_][a-zA-Z][a-zA-Z0-9]{0,4}){0,2}$/),
    fc.constantFrom(...tricky),
  ),
  backstageApp: fc.oneof(
    fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/),
    fc.constantFrom(...tricky),
  ),
};

/** A full set of values, each field's candidate used only when valid. */
const validSetup: fc.Arbitrary<SetupValues> = fc
  .record(candidates)
  .map(
    (raw) =>
      Object.fromEntries(
        setupFields.map((f) => [f, validateSetupValue(f, raw[f]) ? defaultSetup[f] : raw[f]]),
      ) as Record<SetupField, string>,
  );

/** Sentinels: plain strings that stand for each placeholder, to build the expected tree. */
const sentinel = (name: string) => `zq${name}qz`;
const withSentinels = (text: string) =>
  text.replace(/\{\{([A-Za-z]+)\}\}/g, (whole, name: string) =>
    placeholderNames.includes(name) ? sentinel(name) : whole,
  );

function replaceSentinels(node: unknown, values: SetupValues): unknown {
  const all: Record<string, string> = { ...derivedValues(values), ...values };
  const text = (s: string) => s.replace(/zq([A-Za-z]+)qz/g, (_, name: string) => all[name]!);
  if (typeof node === 'string') return text(node);
  if (Array.isArray(node)) return node.map((item) => replaceSentinels(item, values));
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [text(k), replaceSentinels(v, values)]),
    );
  }
  return node;
}

describe('substitution keeps a snippet’s meaning (property)', () => {
  const yamlBlocks = setupBlocks.filter((b) => b.lang === 'yaml');
  const shellBlocks = setupBlocks.filter((b) => b.lang === 'bash');

  it('has YAML and shell blocks to check', () => {
    expect(yamlBlocks.length).toBeGreaterThan(5);
    expect(shellBlocks.length).toBeGreaterThan(2);
  });

  for (const version of ['1.2', '1.1'] as const) {
    it(
      `YAML ${version}: with any valid values, every block parses to the same structure, values in place, strings as strings`,
      () => {
        fc.assert(
          fc.property(validSetup, (values) => {
            for (const block of yamlBlocks) {
              const shape = YAML.parse(withSentinels(block.source), { version }) as unknown;
              const actual = YAML.parse(substitute(block.source, values), { version }) as unknown;
              expect(actual, `${block.file}:${block.line}`).toEqual(
                replaceSentinels(shape, values),
              );
            }
          }),
          { numRuns: 40 },
        );
      },
      slow,
    );
  }

  it('a tricky value is refused, never applied as a number, boolean or null', () => {
    for (const field of setupFields) {
      for (const value of tricky) {
        if (validateSetupValue(field, value) !== undefined) continue;
        // Accepted: then it must stay a string in every YAML block.
        for (const block of yamlBlocks) {
          const values = { ...defaultSetup, [field]: value };
          const shape = YAML.parse(withSentinels(block.source), { version: '1.1' }) as unknown;
          expect(YAML.parse(substitute(block.source, values), { version: '1.1' })).toEqual(
            replaceSentinels(shape, values),
          );
        }
      }
    }
  });

  it(
    'in a shell, every valid value is one word that nothing expands',
    () => {
      fc.assert(
        fc.property(validSetup, (values) => {
          const all = [...Object.values(values), ...Object.values(derivedValues(values))];
          const script = `printf '%s\\n' ${all.join(' ')}`;
          const out = execFileSync('bash', ['-c', script], { encoding: 'utf8' });
          expect(out).toBe(all.map((v) => `${v}\n`).join(''));
        }),
        { numRuns: 40 },
      );
    },
    slow,
  );
});
