/**
 * Where a snippet goes in a create-app app before it is type-checked: a whole
 * file at the path its fence's `title` names, or, for a block that is
 * deliberately partial, inside one of the documented wrappers below (chosen with
 * `wrapper="<name>"` in the fence meta). The result is the file's text plus a
 * map from every offset back to the snippet line or the template line it came
 * from, so a compiler error names the guide page and line.
 */
import ts from 'typescript';
import type { TemplateName } from './template';

/** The backend entry point of a create-app app. */
export const BACKEND_INDEX = 'packages/backend/src/index.ts';
/** The frontend entry point of a create-app app. */
export const APP_TSX = 'packages/app/src/App.tsx';

/** How a wrapper puts a partial block into a template file. */
export type WrapperKind = 'before-start' | 'merge';

/** A documented wrapper for partial blocks. */
export interface Wrapper {
  readonly template: TemplateName;
  readonly path: string;
  readonly kind: WrapperKind;
}

/**
 * The wrappers a fence may name with `wrapper="<name>"`:
 *
 * - `backend-index`: the block's statements go into the template's
 *   `packages/backend/src/index.ts` right before `backend.start();`, where step 4,
 *   6, 7 and 8 tell the reader to add `backend.add(...)` lines.
 * - `app`: the block is merged into the new frontend system's
 *   `packages/app/src/App.tsx` (create-app's default template).
 * - `legacy-app`: the block is merged into the `--legacy` template's
 *   `packages/app/src/App.tsx`.
 *
 * Merge rules: the block's imports join the template's (a name the block imports
 * replaces the template's import of that name); a top-level declaration or
 * `export default` replaces the template's one of the same name; when both are
 * `f({ ... })` calls of the same function, the properties the block leaves out
 * (its `// ...` elisions) are kept from the template. Anything else at the top
 * level of a merged block is refused.
 */
export const WRAPPERS = {
  'backend-index': { template: 'default-app', path: BACKEND_INDEX, kind: 'before-start' },
  app: { template: 'default-app', path: APP_TSX, kind: 'merge' },
  'legacy-app': { template: 'legacy-app', path: APP_TSX, kind: 'merge' },
} as const satisfies Record<string, Wrapper>;

export type WrapperName = keyof typeof WRAPPERS;

/** Tells whether a fence's `wrapper` value names a documented wrapper. */
export function isWrapperName(name: string): name is WrapperName {
  return Object.hasOwn(WRAPPERS, name);
}

/** One `ts`/`tsx` snippet to check: a guide block or a file the builder generates. */
export interface Snippet {
  /** Where it comes from, as messages name it: `docs/guide/04-sign-in-with-github.mdx`. */
  readonly file: string;
  /** The line in `file` that holds the snippet's first line (1-based). */
  readonly firstLine: number;
  /** The fence's opening line, for messages about the block as a whole. */
  readonly fenceLine: number;
  /** `ts` or `tsx`. */
  readonly language: string;
  /** The app path it belongs in (the fence's `title`), if given. */
  readonly path?: string;
  /** The fence's `wrapper` value, if given. */
  readonly wrapper?: string;
  readonly code: string;
}

/** Where a character of a placed file came from. */
export type Origin =
  | { readonly from: 'snippet'; readonly line: number }
  | { readonly from: 'template'; readonly line: number; readonly text: string }
  | { readonly from: 'wrapper' };

/** A snippet placed in a template file, ready to compile. */
export interface Placement {
  readonly template: TemplateName;
  /** The app path of the file the snippet is now part of. */
  readonly path: string;
  /** The whole file's text. */
  readonly text: string;
  /** Where the character at `offset` of `text` came from (snippet lines are 1-based lines of `Snippet.file`). */
  readonly originOf: (offset: number) => Origin;
  /**
   * Packages the snippet's own code relies on: its imports, and the template
   * imports its code reaches (directly or through template declarations it uses).
   * Each must resolve to real typed code, never to a stub.
   */
  readonly realModules: readonly string[];
}

/** Why a snippet could not be placed. */
export interface PlacementError {
  readonly error: string;
}

type Source = 'snippet' | 'template' | 'wrapper';

/** Builds a file from pieces and remembers which piece each offset came from. */
class Composer {
  text = '';
  private readonly pieces: { start: number; source: Source; sourceStart: number }[] = [];

  add(text: string, source: Source, sourceStart = 0): void {
    if (text.length === 0) return;
    this.pieces.push({ start: this.text.length, source, sourceStart });
    this.text += text;
  }

  /** The source and the offset in it of the character at `offset`. */
  locate(offset: number): { source: Source; at: number } {
    let piece = this.pieces[0];
    for (const p of this.pieces) {
      if (p.start > offset) break;
      piece = p;
    }
    if (!piece) return { source: 'wrapper', at: 0 };
    return { source: piece.source, at: piece.sourceStart + (offset - piece.start) };
  }
}

const parse = (name: string, text: string): ts.SourceFile =>
  ts.createSourceFile(
    name,
    text,
    ts.ScriptTarget.ES2022,
    true,
    name.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );

/**
 * Every module a file names: static and dynamic imports (`import('x')`),
 * `export ... from`, and `import('x')` types.
 */
export function moduleSpecifiers(sf: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return [...new Set(found)];
}

/** The names a node's code uses (every identifier in it). */
function identifiersIn(node: ts.Node): Set<string> {
  const names = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) names.add(n.text);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return names;
}

/** The local names an import declaration binds. */
function importedNames(decl: ts.ImportDeclaration): string[] {
  const clause = decl.importClause;
  if (!clause) return [];
  const names = clause.name ? [clause.name.text] : [];
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
  if (bindings && ts.isNamedImports(bindings))
    names.push(...bindings.elements.map((e) => e.name.text));
  return names;
}

/** The name a top-level statement declares (`default` for `export default`), if one. */
function declaredName(stmt: ts.Statement): string | undefined {
  if (ts.isExportAssignment(stmt) && !stmt.isExportEquals) return 'default';
  const modifiers = ts.canHaveModifiers(stmt) ? ts.getModifiers(stmt) : undefined;
  const isDefault = modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  if (
    ts.isFunctionDeclaration(stmt) ||
    ts.isClassDeclaration(stmt) ||
    ts.isInterfaceDeclaration(stmt) ||
    ts.isTypeAliasDeclaration(stmt) ||
    ts.isEnumDeclaration(stmt)
  ) {
    if (isDefault) return 'default';
    return stmt.name?.text;
  }
  if (ts.isVariableStatement(stmt)) {
    const [decl, ...rest] = stmt.declarationList.declarations;
    if (decl && rest.length === 0 && ts.isIdentifier(decl.name)) return decl.name.text;
  }
  return undefined;
}

/**
 * Template imports that code using `names` reaches: an imported name directly,
 * or through a top-level template declaration the code uses (transitively), not
 * counting declarations in `replaced`.
 */
function templateModulesReached(
  names: Set<string>,
  template: ts.SourceFile,
  replaced: ReadonlySet<string>,
): string[] {
  const imports = new Map<string, string>();
  const declarations = new Map<string, ts.Statement>();
  for (const stmt of template.statements) {
    if (ts.isImportDeclaration(stmt) && ts.isStringLiteral(stmt.moduleSpecifier)) {
      for (const name of importedNames(stmt)) imports.set(name, stmt.moduleSpecifier.text);
    } else {
      const name = declaredName(stmt);
      if (name && !replaced.has(name)) declarations.set(name, stmt);
    }
  }
  const modules = new Set<string>();
  const seen = new Set<string>();
  const queue = [...names];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    const module = imports.get(name);
    if (module) modules.add(module);
    const decl = declarations.get(name);
    if (decl) queue.push(...identifiersIn(decl));
  }
  return [...modules];
}

/** The `f({ ... })` object literal of a declaration, if it is one. */
function callObjectLiteral(
  stmt: ts.Statement,
  sf: ts.SourceFile,
): { callee: string; object: ts.ObjectLiteralExpression } | undefined {
  let init: ts.Expression | undefined;
  if (ts.isExportAssignment(stmt)) init = stmt.expression;
  else if (ts.isVariableStatement(stmt)) init = stmt.declarationList.declarations[0]?.initializer;
  if (!init || !ts.isCallExpression(init)) return undefined;
  const arg = init.arguments[0];
  if (!arg || !ts.isObjectLiteralExpression(arg)) return undefined;
  return { callee: init.expression.getText(sf), object: arg };
}

const propertyName = (p: ts.ObjectLiteralElementLike): string | undefined =>
  p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;

/** Problem with a block that claims to be a whole file at `path`, if any. */
export function wholeFileProblem(path: string, code: string): string | undefined {
  const sf = parse(path, code);
  if (path === BACKEND_INDEX) {
    const calls = collectCalls(sf);
    const creates = calls.some(
      (c) => ts.isIdentifier(c.expression) && c.expression.text === 'createBackend',
    );
    const starts = calls.some(
      (c) => ts.isPropertyAccessExpression(c.expression) && c.expression.name.text === 'start',
    );
    if (!creates || !starts) {
      return `is not a whole ${BACKEND_INDEX} (a whole one calls createBackend() and backend.start())`;
    }
  }
  if (path === APP_TSX && !sf.statements.some((s) => declaredName(s) === 'default')) {
    return `is not a whole ${APP_TSX} (a whole one has an export default)`;
  }
  return undefined;
}

function collectCalls(node: ts.Node, found: ts.CallExpression[] = []): ts.CallExpression[] {
  if (ts.isCallExpression(node)) found.push(node);
  ts.forEachChild(node, (child) => {
    collectCalls(child, found);
  });
  return found;
}

const APP_PATH = /^packages\/(app|backend)\/src\/[\w./-]+\.tsx?$/;

/**
 * Puts a snippet where it belongs in a template.
 *
 * @param snippet the snippet, with its fence's `title` (as `path`) and `wrapper`
 * @param templateFile the text of a template file (`undefined` if the template has none)
 * @returns the placed file, or why the snippet cannot be placed (no title and no
 *   wrapper, a partial block without a wrapper, an unknown wrapper, a title that
 *   contradicts the wrapper, a merged block with a top-level statement that is
 *   not an import or a declaration).
 */
export function placeSnippet(
  snippet: Snippet,
  templateFile: (template: TemplateName, path: string) => string | undefined,
): Placement | PlacementError {
  const snippetSf = parse(snippet.path ?? `snippet.${snippet.language}`, snippet.code);
  const snippetLine = (at: number): number =>
    snippet.firstLine + snippetSf.getLineAndCharacterOfPosition(at).line;
  const ownImports = moduleSpecifiers(snippetSf).filter((m) => !m.startsWith('.'));

  if (snippet.wrapper === undefined) {
    if (!snippet.path) {
      return {
        error:
          'has neither a title naming the file it belongs in nor a wrapper flag; ' +
          `give it title="<path>" for a whole file or wrapper="<${Object.keys(WRAPPERS).join('|')}>" for a partial block`,
      };
    }
    if (!APP_PATH.test(snippet.path)) {
      return {
        error: `title="${snippet.path}" is not a .ts/.tsx file under packages/app/src or packages/backend/src`,
      };
    }
    const problem = wholeFileProblem(snippet.path, snippet.code);
    if (problem) {
      const hint = snippet.path === BACKEND_INDEX ? 'backend-index' : 'app" or wrapper="legacy-app';
      return {
        error: `${problem} and has no wrapper flag; if it is deliberately partial, add wrapper="${hint}" to its fence`,
      };
    }
    return {
      template: 'default-app',
      path: snippet.path,
      text: snippet.code,
      originOf: (offset) => ({ from: 'snippet', line: snippetLine(offset) }),
      realModules: ownImports,
    };
  }

  if (!isWrapperName(snippet.wrapper)) {
    return {
      error: `wrapper="${snippet.wrapper}" is not a documented wrapper (${Object.keys(WRAPPERS).join(', ')})`,
    };
  }
  const wrapper = WRAPPERS[snippet.wrapper];
  if (snippet.path && snippet.path !== wrapper.path) {
    return {
      error: `title="${snippet.path}" but wrapper="${snippet.wrapper}" puts it in ${wrapper.path}`,
    };
  }
  const templateText = templateFile(wrapper.template, wrapper.path);
  if (templateText === undefined)
    return { error: `template ${wrapper.template} has no ${wrapper.path}` };
  const templateSf = parse(wrapper.path, templateText);
  const composer = new Composer();
  let replaced = new Set<string>();

  if (wrapper.kind === 'before-start') {
    const start = templateSf.statements.find(
      (s) =>
        ts.isExpressionStatement(s) &&
        ts.isCallExpression(s.expression) &&
        s.expression.expression.getText(templateSf) === 'backend.start',
    );
    if (!start)
      return { error: `template ${wrapper.template} ${wrapper.path} has no backend.start()` };
    const at = start.getStart(templateSf);
    composer.add(templateText.slice(0, at), 'template', 0);
    composer.add(snippet.code, 'snippet', 0);
    composer.add('\n', 'wrapper');
    composer.add(templateText.slice(at), 'template', at);
  } else {
    const merged = merge(snippetSf, templateSf, composer);
    if ('error' in merged) return merged;
    replaced = merged.replaced;
  }

  // Names the block's code uses, other than the ones it imports itself.
  const ownNames = new Set(
    snippetSf.statements.filter(ts.isImportDeclaration).flatMap(importedNames),
  );
  const uses = new Set<string>();
  for (const stmt of snippetSf.statements) {
    if (ts.isImportDeclaration(stmt)) continue;
    for (const name of identifiersIn(stmt)) if (!ownNames.has(name)) uses.add(name);
  }
  const reached = templateModulesReached(uses, templateSf, replaced).filter(
    (m) => !m.startsWith('.'),
  );
  const templateLines = templateText.split('\n');
  return {
    template: wrapper.template,
    path: wrapper.path,
    text: composer.text,
    originOf: (offset) => {
      const { source, at } = composer.locate(offset);
      if (source === 'snippet') return { from: 'snippet', line: snippetLine(at) };
      if (source === 'template') {
        const line = templateSf.getLineAndCharacterOfPosition(at).line;
        return { from: 'template', line: line + 1, text: (templateLines[line] ?? '').trim() };
      }
      return { from: 'wrapper' };
    },
    realModules: [...new Set([...ownImports, ...reached])],
  };
}

/** Merges a snippet into a template file (see {@link WRAPPERS}), writing into `out`. */
function merge(
  snippetSf: ts.SourceFile,
  templateSf: ts.SourceFile,
  out: Composer,
): { replaced: Set<string> } | PlacementError {
  const snippetText = snippetSf.text;
  const templateText = templateSf.text;
  const imports: ts.ImportDeclaration[] = [];
  const declarations = new Map<string, ts.Statement>();
  for (const stmt of snippetSf.statements) {
    if (ts.isImportDeclaration(stmt)) {
      imports.push(stmt);
      continue;
    }
    const name = declaredName(stmt);
    if (!name) {
      const line = snippetSf.getLineAndCharacterOfPosition(stmt.getStart(snippetSf)).line;
      return {
        error: `line ${line + 1} of the block is neither an import nor a top-level declaration, which a merged block may hold`,
      };
    }
    declarations.set(name, stmt);
  }
  const importedBySnippet = new Set(imports.flatMap(importedNames));
  const inTemplate = new Set(templateSf.statements.map(declaredName));
  const printer = ts.createPrinter();
  const emitSnippet = (node: ts.Node): void =>
    out.add(
      snippetText.slice(node.getStart(snippetSf), node.end),
      'snippet',
      node.getStart(snippetSf),
    );

  const emitAdditions = (): void => {
    for (const decl of imports) {
      out.add('\n', 'wrapper');
      emitSnippet(decl);
    }
    for (const [declName, decl] of declarations) {
      if (inTemplate.has(declName)) continue;
      out.add('\n\n', 'wrapper');
      emitSnippet(decl);
    }
    out.add('\n', 'wrapper');
  };
  const lastImport = [...templateSf.statements].reverse().find(ts.isImportDeclaration);
  if (!lastImport) emitAdditions();
  let cursor = 0;
  for (const stmt of templateSf.statements) {
    const start = stmt.getStart(templateSf);
    out.add(templateText.slice(cursor, start), 'template', cursor);
    cursor = stmt.end;
    const name = declaredName(stmt);
    const replacement = name === undefined ? undefined : declarations.get(name);
    if (ts.isImportDeclaration(stmt)) {
      const kept = withoutNames(stmt, importedBySnippet);
      if (kept === stmt) out.add(templateText.slice(start, stmt.end), 'template', start);
      else if (kept)
        out.add(printer.printNode(ts.EmitHint.Unspecified, kept, templateSf), 'template', start);
    } else if (replacement) {
      mergeDeclaration(stmt, replacement, templateSf, snippetSf, out);
    } else {
      out.add(templateText.slice(start, stmt.end), 'template', start);
    }
    if (stmt === lastImport) emitAdditions();
  }
  out.add(templateText.slice(cursor), 'template', cursor);
  return { replaced: new Set(declarations.keys()) };
}

/** The import without the names in `names`; the same node if none; undefined if nothing is left. */
function withoutNames(
  decl: ts.ImportDeclaration,
  names: ReadonlySet<string>,
): ts.ImportDeclaration | undefined {
  const clause = decl.importClause;
  if (!clause || !importedNames(decl).some((n) => names.has(n))) return decl;
  const defaultName = clause.name && !names.has(clause.name.text) ? clause.name : undefined;
  let bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings) && names.has(bindings.name.text))
    bindings = undefined;
  if (bindings && ts.isNamedImports(bindings)) {
    const elements = bindings.elements.filter((e) => !names.has(e.name.text));
    bindings = elements.length > 0 ? ts.factory.updateNamedImports(bindings, elements) : undefined;
  }
  if (!defaultName && !bindings) return undefined;
  return ts.factory.updateImportDeclaration(
    decl,
    decl.modifiers,
    ts.factory.updateImportClause(clause, clause.isTypeOnly, defaultName, bindings),
    decl.moduleSpecifier,
    decl.attributes,
  );
}

/**
 * Writes the snippet's declaration in place of the template's; for two
 * `f({ ... })` calls of the same function, the template's properties the
 * snippet does not set are added before the snippet's closing brace.
 */
function mergeDeclaration(
  templateStmt: ts.Statement,
  snippetStmt: ts.Statement,
  templateSf: ts.SourceFile,
  snippetSf: ts.SourceFile,
  out: Composer,
): void {
  const snippetStart = snippetStmt.getStart(snippetSf);
  const t = callObjectLiteral(templateStmt, templateSf);
  const s = callObjectLiteral(snippetStmt, snippetSf);
  if (!t || !s || t.callee !== s.callee) {
    out.add(snippetSf.text.slice(snippetStart, snippetStmt.end), 'snippet', snippetStart);
    return;
  }
  const setBySnippet = new Set(s.object.properties.map(propertyName));
  const missing = t.object.properties.filter((p) => {
    const name = propertyName(p);
    return name !== undefined && !setBySnippet.has(name);
  });
  const close = s.object.end - 1; // the snippet object's closing brace
  out.add(snippetSf.text.slice(snippetStart, close), 'snippet', snippetStart);
  if (missing.length > 0) {
    out.add(
      s.object.properties.hasTrailingComma || s.object.properties.length === 0 ? '\n' : ',\n',
      'wrapper',
    );
    for (const p of missing) {
      const start = p.getStart(templateSf);
      out.add(templateSf.text.slice(start, p.end), 'template', start);
      out.add(',\n', 'wrapper');
    }
  }
  out.add(snippetSf.text.slice(close, snippetStmt.end), 'snippet', close);
}
