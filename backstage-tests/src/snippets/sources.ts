/**
 * The snippets to type-check: every `ts`/`tsx` block of the guide's MDX pages,
 * and every `ts`/`tsx` file the config builder generates (`generateFiles`), for
 * each preset and a fixed sample of arbitrary valid form states, in each
 * frontend system the builder offers.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  generateFiles,
  presets,
  type BuilderState,
  type GeneratedFile,
} from '../../../src/lib/configBuilder';
import { arbitraryBuilderState } from '../../../src/lib/configBuilder/arbitrary';
import { guideCodeBlocks, type GuideCodeBlock } from '../../../src/lib/mdx/codeBlocks';
import { APP_TSX, BACKEND_INDEX, wholeFileProblem, type Snippet, type WrapperName } from './place';

/** Fence languages the check covers. */
export const SNIPPET_LANGUAGES: readonly string[] = ['ts', 'tsx'];

/**
 * A guide block as a snippet: its `title` is the app path, its `wrapper` the
 * wrapper; other meta (`setup`, `showLineNumbers`, ...) is ignored.
 */
export function blockSnippet(block: GuideCodeBlock): Snippet {
  return {
    file: block.file,
    fenceLine: block.line,
    firstLine: block.line + 1,
    language: block.lang,
    path: block.meta.attributes.get('title'),
    wrapper: block.meta.attributes.get('wrapper'),
    code: block.code,
  };
}

/** The repository root (the site), one level above this package. */
export const SITE_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Every `ts`/`tsx` block of `docs/**\/*.mdx`, as snippets. */
export function guideSnippets(root = SITE_ROOT): Snippet[] {
  return guideCodeBlocks(root, SNIPPET_LANGUAGES).map(blockSnippet);
}

/** A builder state in one frontend system, with a label for messages. */
export interface StateChoice {
  readonly label: string;
  readonly state: BuilderState;
  readonly legacy: boolean;
}

/**
 * The frontend systems a state can be generated for: both (`new` and `legacy`)
 * when the builder's sign-in state has a `frontend` choice, else the one it
 * generates.
 */
export function frontendChoices(label: string, state: BuilderState): StateChoice[] {
  if (!('frontend' in state.signIn)) return [{ label, state, legacy: false }];
  return (['new', 'legacy'] as const).map((frontend) => ({
    label: `${label}, ${frontend} frontend system`,
    state: { ...state, signIn: { ...state.signIn, frontend } as BuilderState['signIn'] },
    legacy: frontend === 'legacy',
  }));
}

/**
 * The wrapper a generated file is checked in (generated files have no fence
 * meta): `packages/backend/src/index.ts` that is not a whole file goes in
 * `backend-index`; `App.tsx` for a legacy app in `legacy-app`, for the new
 * frontend system as a whole file when it is one, else in `app`; anything else
 * as a whole file.
 */
export function generatedWrapper(file: GeneratedFile, legacy: boolean): WrapperName | undefined {
  if (file.path === BACKEND_INDEX) {
    return wholeFileProblem(file.path, file.content) ? 'backend-index' : undefined;
  }
  if (file.path === APP_TSX) {
    if (legacy) return 'legacy-app';
    return wholeFileProblem(file.path, file.content) ? 'app' : undefined;
  }
  return undefined;
}

/** Arbitrary valid states sampled (fixed seed, so every run checks the same ones). */
export const SAMPLED_STATES = 100;

/**
 * The distinct `ts`/`tsx` files the builder generates for every preset and
 * {@link SAMPLED_STATES} arbitrary valid states, in each frontend system; a file
 * generated for several states is checked once, named after the first.
 */
export function generatedSnippets(): Snippet[] {
  const choices = [
    ...presets.flatMap((p) => frontendChoices(`preset ${p.id}`, p.state)),
    ...fc
      .sample(arbitraryBuilderState, { numRuns: SAMPLED_STATES, seed: 8 })
      .flatMap((state, i) => frontendChoices(`sampled state ${i}`, state)),
  ];
  const seen = new Set<string>();
  const snippets: Snippet[] = [];
  for (const { label, state, legacy } of choices) {
    for (const file of generateFiles(state)) {
      if (!SNIPPET_LANGUAGES.includes(file.language)) continue;
      const wrapper = generatedWrapper(file, legacy);
      const key = `${file.path}\0${wrapper ?? ''}\0${file.content}`;
      if (seen.has(key)) continue;
      seen.add(key);
      snippets.push({
        file: `builder output (${label}) ${file.path}`,
        fenceLine: 1,
        firstLine: 1,
        language: file.language,
        path: file.path,
        wrapper,
        code: file.content,
      });
    }
  }
  return snippets;
}
