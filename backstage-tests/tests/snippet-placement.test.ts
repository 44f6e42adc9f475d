/**
 * Where snippets go before they are type-checked (`src/snippets/place.ts`), on
 * create-app 0.9.2's real template files: the wrappers' rules, the map from the
 * placed file back to page lines, and which modules must be real. No compiler
 * run here; `snippets.test.ts` compiles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  APP_TSX,
  BACKEND_INDEX,
  placeSnippet,
  wholeFileProblem,
  type Placement,
  type Snippet,
} from '../src/snippets/place';
import { generatedWrapper } from '../src/snippets/sources';
import { createAppVersions, templateDependencies, templateSources } from '../src/snippets/template';

const templates = {
  'default-app': templateSources('default-app'),
  'legacy-app': templateSources('legacy-app'),
};
const templateFile = (t: keyof typeof templates, path: string) => templates[t].get(path);

const snippet = (code: string, wrapper?: string, path?: string): Snippet => ({
  file: 'docs/x.mdx',
  fenceLine: 10,
  firstLine: 11,
  language: 'tsx',
  path,
  wrapper,
  code,
});

function place(s: Snippet): Placement {
  const placed = placeSnippet(s, templateFile);
  if ('error' in placed) throw new Error(placed.error);
  return placed;
}

/** The origin of the first character of the first line of `placed` that contains `text`. */
function originOfLine(placed: Placement, text: string) {
  const at = placed.text.indexOf(text);
  if (at < 0) throw new Error(`no '${text}' in the placed file`);
  return placed.originOf(at);
}

describe('the templates come from the installed create-app 0.9.2', () => {
  test('its App.tsx and backend index.ts are there', () => {
    expect(templates['default-app'].get(APP_TSX)).toContain('createApp({');
    expect(templates['legacy-app'].get(APP_TSX)).toContain("from '@backstage/app-defaults'");
    expect(templates['default-app'].get(BACKEND_INDEX)).toContain('backend.start();');
    expect([...templates['default-app'].keys()].some((p) => p.endsWith('.test.tsx'))).toBe(false);
  });

  test('backstage-tests pins the frontend packages the snippets use at the versions create-app writes', () => {
    const pinned = (
      JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
        dependencies: Record<string, string>;
      }
    ).dependencies;
    const versions = createAppVersions();
    for (const name of [
      '@backstage/app-defaults',
      '@backstage/core-components',
      '@backstage/core-plugin-api',
      '@backstage/frontend-defaults',
      '@backstage/frontend-plugin-api',
      '@backstage/plugin-app-react',
      '@backstage/plugin-catalog',
    ]) {
      expect(pinned[name], name).toBe(versions[name]);
    }
  });

  test("the template's dependency ranges resolve create-app's version placeholders", () => {
    const deps = templateDependencies('default-app', 'app');
    expect(deps['@backstage/frontend-defaults']).toBe(
      `^${createAppVersions()['@backstage/frontend-defaults']}`,
    );
    expect(deps['react']).toBe('^18.0.2');
  });
});

describe('wrapper="backend-index"', () => {
  const code = "backend.add(import('@backstage/plugin-catalog-backend-module-github'));";
  const placed = place(snippet(code, 'backend-index', BACKEND_INDEX));

  test('puts the statements right before backend.start()', () => {
    expect(placed.path).toBe(BACKEND_INDEX);
    expect(placed.text).toContain(`${code}\nbackend.start();`);
    expect(
      placed.text.startsWith(
        templates['default-app'].get(BACKEND_INDEX)!.split('backend.start()')[0]!,
      ),
    ).toBe(true);
  });

  test('maps the block back to its page line and the rest to the template', () => {
    expect(originOfLine(placed, code)).toEqual({ from: 'snippet', line: 11 });
    expect(originOfLine(placed, 'const backend = createBackend();')).toMatchObject({
      from: 'template',
      line: 11,
    });
  });

  test('needs the real backend-defaults, which provides the `backend` the block uses', () => {
    expect(placed.realModules).toEqual([
      '@backstage/plugin-catalog-backend-module-github',
      '@backstage/backend-defaults',
    ]);
  });
});

describe('wrapper="legacy-app" merges into the legacy App.tsx', () => {
  const code = [
    "import { githubAuthApiRef } from '@backstage/core-plugin-api';",
    "import { SignInPage } from './MySignInPage';",
    '// ...the template imports',
    '',
    'const app = createApp({',
    '  apis,',
    '  // ...bindRoutes as in the template',
    '  components: { SignInPage: props => <SignInPage {...props} apiRef={githubAuthApiRef} /> }',
    '});',
  ].join('\n');
  const placed = place(snippet(code, 'legacy-app'));

  test("keeps the template's properties the block leaves out, replaces the ones it sets", () => {
    expect(placed.text).toContain('bindRoutes({ bind }) {');
    expect(placed.text).not.toContain("providers={['guest']}");
    expect(placed.text.match(/const app = createApp\(/g)).toHaveLength(1);
    expect(originOfLine(placed, 'bindRoutes({ bind })')).toMatchObject({ from: 'template' });
    expect(originOfLine(placed, 'components: { SignInPage')).toEqual({ from: 'snippet', line: 18 });
  });

  test("adds the block's imports; a name it imports replaces the template's import of that name", () => {
    expect(placed.text).toContain("import { githubAuthApiRef } from '@backstage/core-plugin-api';");
    expect(placed.text).toContain("import { SignInPage } from './MySignInPage';");
    expect(placed.text).toMatch(
      /import \{ AlertDisplay, OAuthRequestDialog \} from '@backstage\/core-components';/,
    );
    expect(placed.text).toContain('export default app.createRoot(');
  });

  test('needs the modules its code reaches to be real, not the ones only the template uses', () => {
    expect(placed.realModules).toContain('@backstage/core-plugin-api');
    expect(placed.realModules).toContain('@backstage/app-defaults');
    expect(placed.realModules).not.toContain('@backstage/plugin-kubernetes');
    expect(placed.realModules).not.toContain('@backstage/core-components');
  });
});

describe('whole files and refusals', () => {
  test('a whole index.ts or App.tsx is recognised; a part of one is not', () => {
    expect(
      wholeFileProblem(BACKEND_INDEX, templates['default-app'].get(BACKEND_INDEX)!),
    ).toBeUndefined();
    expect(wholeFileProblem(APP_TSX, templates['legacy-app'].get(APP_TSX)!)).toBeUndefined();
    expect(wholeFileProblem(BACKEND_INDEX, "backend.add(import('x'));")).toMatch(/is not a whole/);
    expect(wholeFileProblem(APP_TSX, 'const app = createApp({});')).toMatch(
      /has an export default/,
    );
  });

  test('a whole file replaces the template file at its title', () => {
    const placed = place(
      snippet('export default 1;\n', undefined, 'packages/app/src/modules/extra.ts'),
    );
    expect(placed).toMatchObject({
      template: 'default-app',
      path: 'packages/app/src/modules/extra.ts',
    });
  });

  test.each([
    [snippet('x', undefined, 'src/index.ts'), /is not a \.ts\/\.tsx file under packages\/app\/src/],
    [
      snippet('x', 'backend-index', APP_TSX),
      /title="packages\/app\/src\/App\.tsx" but wrapper="backend-index"/,
    ],
    [
      snippet('const a = 1;\nfoo();', 'app'),
      /line 2 of the block is neither an import nor a top-level declaration/,
    ],
  ])('refused: %#', (s, message) => {
    const placed = placeSnippet(s, templateFile);
    expect('error' in placed && placed.error).toMatch(message);
  });
});

describe('generated files have no fence meta: their wrapper follows from path and shape', () => {
  const file = (path: string, content: string) => ({
    path,
    content,
    language: 'ts' as const,
    guideStep: 4,
    why: '',
  });

  test.each([
    [file(BACKEND_INDEX, "backend.add(import('x'));"), false, 'backend-index'],
    [file(BACKEND_INDEX, templates['default-app'].get(BACKEND_INDEX)!), false, undefined],
    [file(APP_TSX, 'export default createApp({ features: [] });'), false, undefined],
    [file(APP_TSX, 'const app = createApp({});'), false, 'app'],
    [file(APP_TSX, 'export default createApp({ features: [] });'), true, 'legacy-app'],
  ])('%#', (generated, legacy, wrapper) => {
    expect(generatedWrapper(generated, legacy)).toBe(wrapper);
  });
});
