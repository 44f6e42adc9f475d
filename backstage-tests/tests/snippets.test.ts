/**
 * Every `ts`/`tsx` block of the guide and every `ts`/`tsx` file the config
 * builder generates type-checks, with the TypeScript compiler API, inside a
 * create-app 0.9.2 app against the real Backstage packages installed here
 * (`src/snippets/`). One program holds all of them, the unmodified templates,
 * and deliberately broken controls that must fail.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { APP_TSX, BACKEND_INDEX, type Snippet } from '../src/snippets/place';
import { generatedSnippets, guideSnippets } from '../src/snippets/sources';
import { templateDependencies } from '../src/snippets/template';
import { checkSnippets, type CheckReport } from '../src/snippets/typecheck';

const guide = guideSnippets();
const generated = generatedSnippets();

const find = (predicate: (s: Snippet) => boolean, what: string): Snippet => {
  const found = guide.find(predicate);
  if (!found) throw new Error(`no guide block ${what}`);
  return found;
};
const newApp = find(
  (s) => s.path === APP_TSX && s.wrapper === undefined,
  'that is a whole App.tsx',
);
const legacyApp = find((s) => s.wrapper === 'legacy-app', 'with wrapper="legacy-app"');

/** A copy of a snippet with one line changed, named as a control. */
function edited(snippet: Snippet, from: string, to: string, name: string): Snippet {
  if (!snippet.code.includes(from))
    throw new Error(`${snippet.file}:${snippet.fenceLine} has no '${from}'`);
  return {
    ...snippet,
    file: `control ${name} (from ${snippet.file})`,
    code: snippet.code.replace(from, to),
  };
}

/** The line (in the snippet's file) of the first line of `code` that contains `text`. */
function lineWith(snippet: Snippet, text: string): number {
  const index = snippet.code.split('\n').findIndex((l) => l.includes(text));
  if (index < 0) throw new Error(`no '${text}' in ${snippet.file}`);
  return snippet.firstLine + index;
}

const control = (
  name: string,
  wrapper: string | undefined,
  code: string,
  path?: string,
): Snippet => ({
  file: `control ${name}`,
  fenceLine: 1,
  firstLine: 2,
  language: 'ts',
  path,
  wrapper,
  code,
});

/** Snippets that must fail, each with what its problems must contain. */
const controls: { snippet: Snippet; expected: RegExp[] }[] = [
  (() => {
    const snippet = edited(newApp, 'apiRef: githubAuthApiRef', "apiRef: 'github'", 'wrong apiRef');
    return {
      snippet,
      expected: [
        new RegExp(`^${escape(snippet.file)}:${lineWith(snippet, "apiRef: 'github'")}: TS2322 `),
      ],
    };
  })(),
  (() => {
    const snippet = edited(
      newApp,
      'export default createApp',
      'export const app = createApp',
      'no default',
    );
    return {
      snippet,
      expected: [
        /is not a whole packages\/app\/src\/App\.tsx .* add wrapper="app" or wrapper="legacy-app"/,
      ],
    };
  })(),
  (() => {
    const snippet = edited(
      newApp,
      'export default createApp({',
      'export default ({',
      'default export that is no app',
    );
    return {
      snippet,
      expected: [
        /the default-app template's packages\/app\/src\/index\.tsx:\d+ \(`.*App\.createRoot\(\).*`\), which uses the block's file: TS2339 /,
      ],
    };
  })(),
  (() => {
    const snippet = edited(
      legacyApp,
      "import { githubAuthApiRef } from '@backstage/core-plugin-api';",
      "import { githubAuthApiRef, gitlabAuthApiRef } from '@backstage/core-plugin-api';",
      'unused import',
    );
    return {
      snippet,
      expected: [
        new RegExp(`:${lineWith(snippet, 'gitlabAuthApiRef')}: TS6133 .*gitlabAuthApiRef`),
      ],
    };
  })(),
  (() => {
    const snippet = edited(legacyApp, 'auto', 'auto={"yes"}', 'wrong prop type');
    return { snippet, expected: [new RegExp(`:${lineWith(snippet, 'auto={"yes"}')}: TS2322 `)] };
  })(),
  {
    snippet: control(
      'module not installed',
      'backend-index',
      "backend.add(import('@backstage/plugin-catalog-backend-module-gitlab'));",
    ),
    expected: [
      /relies on '@backstage\/plugin-catalog-backend-module-gitlab', which does not resolve to typed code/,
      /^control module not installed:2: TS2307 /,
    ],
  },
  {
    snippet: control(
      'not a backend feature',
      'backend-index',
      "\nbackend.add(import('@backstage/config'));",
    ),
    expected: [/^control not a backend feature:3: TS2345 .*'BackendFeature/],
  },
  {
    snippet: control(
      'partial without wrapper',
      undefined,
      "backend.add(import('@backstage/plugin-auth-backend'));",
      BACKEND_INDEX,
    ),
    expected: [
      /^control partial without wrapper:1: ts block is not a whole packages\/backend\/src\/index\.ts .* add wrapper="backend-index"/,
    ],
  },
  {
    snippet: control('no title', undefined, 'export const x = 1;'),
    expected: [/has neither a title naming the file it belongs in nor a wrapper flag/],
  },
  {
    snippet: control(
      'unknown wrapper',
      'backend',
      "backend.add(import('@backstage/plugin-auth-backend'));",
    ),
    expected: [/wrapper="backend" is not a documented wrapper \(backend-index, app, legacy-app\)/],
  },
  {
    snippet: control('statement in a merge', 'legacy-app', 'console.log(1);'),
    expected: [/line 1 of the block is neither an import nor a top-level declaration/],
  },
];

/** The package a module specifier names (`@scope/name` or `name`). */
const packageName = (spec: string): string =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let report: CheckReport;
const problemsOf = (snippet: Snippet): readonly string[] => {
  const result = report.results.find((r) => r.snippet === snippet);
  if (!result) throw new Error(`${snippet.file} was not checked`);
  return result.problems;
};

beforeAll(() => {
  report = checkSnippets([...guide, ...generated, ...controls.map((c) => c.snippet)]);
  console.info(
    `snippets: ${guide.length} guide blocks, ${generated.length} distinct generated files, ` +
      `${controls.length} controls; one program of ${report.stats.files} files, built in ` +
      `${report.stats.programMs} ms, diagnostics in ${report.stats.diagnosticsMs} ms ` +
      `(${report.stats.cpuMs} ms CPU); ` +
      `${report.stubs.length} template-only modules declared untyped`,
  );
}, 600_000);

describe('the setup', () => {
  test('the guide has the blocks step 4, 6, 7 and 8 show', () => {
    // Each of these steps adds a module to packages/backend/src/index.ts, and step 4
    // shows App.tsx for both frontend systems: the check must see all of them.
    const backendSteps = new Set(
      guide.filter((s) => s.wrapper === 'backend-index').map((s) => s.file.split('/').pop()),
    );
    for (const step of ['04-', '06-', '07-', '08-']) {
      expect(
        [...backendSteps].some((file) => file?.startsWith(step)),
        `step ${step}`,
      ).toBe(true);
    }
    const appBlocks = guide.filter(
      (s) => s.path === APP_TSX && s.file.endsWith('04-sign-in-with-github.mdx'),
    );
    expect(appBlocks.map((s) => s.wrapper ?? 'whole file').sort()).toEqual([
      'legacy-app',
      'whole file',
    ]);
    expect(generated.some((s) => s.path === BACKEND_INDEX)).toBe(true);
    expect(generated.some((s) => s.path === APP_TSX)).toBe(true);
  });

  test("the unmodified create-app templates type-check in this setup (no snippet's result is an artefact of it)", () => {
    expect(report.baseline).toEqual([]);
  });

  test('only modules no snippet relies on are declared untyped', () => {
    const relied = new Set(report.results.flatMap((r) => r.placement?.realModules ?? []));
    expect(report.stubs.filter((s) => relied.has(s))).toEqual([]);
    expect(report.stubs).not.toContain('@backstage/backend-defaults');
    expect(report.stubs).not.toContain('@backstage/frontend-defaults');
    expect(report.stubs).not.toContain('@backstage/app-defaults');
  });
});

describe('every ts/tsx block of the guide type-checks in a create-app 0.9.2 app', () => {
  test.each(guide.map((s) => [`${s.file}:${s.fenceLine}`, s] as const))('%s', (_name, snippet) => {
    expect(problemsOf(snippet)).toEqual([]);
  });
});

describe('every ts/tsx file the builder generates type-checks in a create-app 0.9.2 app', () => {
  test.each(generated.map((s) => [s.file, s] as const))('%s', (_name, snippet) => {
    expect(problemsOf(snippet)).toEqual([]);
  });
});

describe('controls: broken snippets fail, with the page and line', () => {
  test.each(controls.map((c) => [c.snippet.file, c] as const))(
    '%s',
    (_name, { snippet, expected }) => {
      const problems = problemsOf(snippet);
      for (const pattern of expected)
        expect(
          problems.some((p) => pattern.test(p)),
          `${pattern} in\n${problems.join('\n')}`,
        ).toBe(true);
    },
  );
});

test("step 4: every package the App.tsx blocks import is already a dependency of the template's packages/app", () => {
  for (const snippet of guide.filter(
    (s) => s.path === APP_TSX || s.wrapper === 'app' || s.wrapper === 'legacy-app',
  )) {
    const template = snippet.wrapper === 'legacy-app' ? 'legacy-app' : 'default-app';
    const deps = Object.keys(templateDependencies(template, 'app'));
    const result = report.results.find((r) => r.snippet === snippet);
    const packages = (result?.placement?.realModules ?? []).map(packageName);
    expect(
      packages.filter((p) => !deps.includes(p)),
      `${snippet.file}:${snippet.fenceLine}`,
    ).toEqual([]);
  }
});
