import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import urlTable from '../../data/githubPatUrlPermissions.json';
import {
  createGithubAppPermissions,
  eventPermission,
  featureIds,
  tokenFeatures,
} from '../../data/tokenFeatures';
import { plan } from './plan';
import { defaultPlanInput } from './state';
import { isDocumentedUrlPermission, urlPermissions } from './urlPermissions';

/**
 * Checks every name and level the planner can emit against GitHub's own
 * tables: the fine-grained PAT URL parameters (committed JSON, transcribed from
 * GitHub Docs) and the `app-permissions` schema of GitHub's REST API
 * description, read here from the installed @octokit/openapi-types package by
 * parsing its types.d.ts with the TypeScript compiler (not copied by hand).
 */

interface OpenApiFacts {
  appPermissions: Map<string, string[]>;
  schemaNames: string[];
  version: string;
}

function readOpenApiFacts(): OpenApiFacts {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('@octokit/openapi-types/package.json');
  const typesPath = pkgPath.replace(/package\.json$/, 'types.d.ts');
  const version = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string }).version;
  const source = ts.createSourceFile(
    typesPath,
    readFileSync(typesPath, 'utf8'),
    ts.ScriptTarget.Latest,
    false,
  );
  const components = source.statements.find(
    (s): s is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(s) && s.name.text === 'components',
  );
  if (!components) throw new Error('no `components` interface in types.d.ts');
  const nameOf = (m: ts.TypeElement) =>
    m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) ? m.name.text : undefined;
  const schemas = components.members.find((m) => nameOf(m) === 'schemas');
  if (
    !schemas ||
    !ts.isPropertySignature(schemas) ||
    !schemas.type ||
    !ts.isTypeLiteralNode(schemas.type)
  )
    throw new Error('no components.schemas');
  const schemaNames = schemas.type.members.map(nameOf).filter((n): n is string => !!n);
  const appPerms = schemas.type.members.find((m) => nameOf(m) === 'app-permissions');
  if (
    !appPerms ||
    !ts.isPropertySignature(appPerms) ||
    !appPerms.type ||
    !ts.isTypeLiteralNode(appPerms.type)
  )
    throw new Error('no app-permissions schema');
  const appPermissions = new Map<string, string[]>();
  for (const member of appPerms.type.members) {
    const name = nameOf(member);
    if (!name || !ts.isPropertySignature(member) || !member.type) continue;
    const types = ts.isUnionTypeNode(member.type) ? member.type.types : [member.type];
    const levels = types.map((t) => {
      if (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)) return t.literal.text;
      throw new Error(`app-permissions.${name}: unexpected type`);
    });
    appPermissions.set(name, levels);
  }
  return { appPermissions, schemaNames, version };
}

const openapi = readOpenApiFacts();

/** Every subset would be 2^11; all pairs plus everything cover the merging paths. */
function featureCombinations() {
  const combos: (typeof featureIds)[number][][] = featureIds.map((f) => [f]);
  for (const a of featureIds) for (const b of featureIds) if (a < b) combos.push([a, b]);
  combos.push([...featureIds]);
  return combos;
}

describe('the schema reader', () => {
  it('reads the installed @octokit/openapi-types and finds the known permissions', () => {
    expect(openapi.version).toMatch(/^\d+\.\d+\.\d+/);
    // A sanity floor: the schema had 55 names when this was written.
    expect(openapi.appPermissions.size).toBeGreaterThan(40);
    expect(openapi.appPermissions.get('contents')).toEqual(['read', 'write']);
    expect(openapi.appPermissions.get('workflows')).toEqual(['write']);
  });

  it('confirms the schema has no variables permission (why Variables is a manual App step)', () => {
    expect(openapi.appPermissions.has('variables')).toBe(false);
    expect(openapi.appPermissions.has('actions_variables')).toBe(false);
  });
});

describe('the committed URL-parameter table', () => {
  it('keeps its source', () => {
    expect(urlTable._source).toMatch(/^https:\/\/docs\.github\.com\/.*url-parameters/);
  });

  it('loads every row', () => {
    expect(urlPermissions.size).toBe(
      urlTable.account.length + urlTable.repository.length + urlTable.organization.length,
    );
    expect(isDocumentedUrlPermission('contents', 'read')).toBe(true);
    expect(isDocumentedUrlPermission('metadata', 'write')).toBe(false);
    expect(isDocumentedUrlPermission('checks', 'read')).toBe(false);
  });
});

describe('the feature data', () => {
  it.each(tokenFeatures.map((f) => [f.id, f] as const))(
    '%s: every fine-grained permission is a documented URL parameter in its section',
    (_id, feature) => {
      for (const need of feature.fineGrained) {
        expect(isDocumentedUrlPermission(need.permission, need.level), need.permission).toBe(true);
        expect(urlPermissions.get(need.permission)?.section).toBe(need.section);
      }
    },
  );

  it.each(tokenFeatures.map((f) => [f.id, f] as const))(
    '%s: every App permission and level is in the app-permissions schema',
    (_id, feature) => {
      for (const need of feature.app) {
        expect(openapi.appPermissions.get(need.permission), need.permission).toContain(need.level);
      }
    },
  );

  it.each(tokenFeatures.map((f) => [f.id, f] as const))(
    '%s: every App event has webhook payload schemas and a permission that unlocks it',
    (_id, feature) => {
      for (const e of feature.appEvents ?? []) {
        expect(
          openapi.schemaNames.some(
            (n) => n === `webhook-${e.event}` || n.startsWith(`webhook-${e.event}-`),
          ),
          e.event,
        ).toBe(true);
        const unlock = eventPermission[e.event];
        expect(unlock, e.event).toBeDefined();
        expect(openapi.appPermissions.has(unlock ?? '')).toBe(true);
      }
    },
  );

  it('lists create-github-app permissions that all exist in the schema', () => {
    for (const [name, level] of Object.entries(createGithubAppPermissions)) {
      expect(openapi.appPermissions.get(name), name).toContain(level);
    }
  });
});

describe('every plan the planner can make', () => {
  const owners = ['user', 'organization'] as const;
  const visibilities = ['public', 'private'] as const;
  for (const features of featureCombinations()) {
    for (const ownerType of owners) {
      for (const visibility of visibilities) {
        for (const webhooks of [false, true]) {
          it(`${features.join('+')} · ${ownerType} · ${visibility} · webhooks ${webhooks}`, () => {
            const result = plan({
              ...defaultPlanInput,
              features,
              ownerType,
              visibility,
              webhooks,
              ownerName: 'octo-org',
            });
            // Token link: only documented parameters and levels.
            if (result.fineGrained.url) {
              const params = new URL(result.fineGrained.url).searchParams;
              for (const [key, value] of params) {
                if (['name', 'description', 'target_name', 'expires_in'].includes(key)) continue;
                expect(isDocumentedUrlPermission(key, value as 'read'), `${key}=${value}`).toBe(
                  true,
                );
              }
            }
            // Manifest: only schema names and levels; events backed by a permission.
            const m = result.app.manifest;
            for (const [name, level] of Object.entries(m.default_permissions)) {
              expect(openapi.appPermissions.get(name), name).toContain(level);
            }
            for (const e of m.default_events) {
              expect(m.default_permissions).toHaveProperty(eventPermission[e] ?? 'missing');
            }
          });
        }
      }
    }
  }
});
