/**
 * Compiles a troubleshooting message pattern (see `TroubleMessage.pattern` in
 * `src/data/troubleshooting/types.ts`) to a regular expression.
 *
 * `{name}` is a variable part and matches one or more characters (as few as
 * possible); `{{` and `}}` are literal braces; everything else is literal.
 */

/** A compiled pattern. */
export interface CompiledPattern {
  /** Matches the whole message (anchored with `^` and `$`). */
  readonly exact: RegExp;
  /** Matches the message anywhere in a longer text (a log line, a stack trace). */
  readonly within: RegExp;
  /** The variable names in order of appearance, e.g. `['owner', 'appId']`. */
  readonly variables: readonly string[];
  /** The literal text between the variables, e.g. `['No app installation found for ', ' in ', '']`. */
  readonly literals: readonly string[];
}

/** Thrown for a pattern that cannot be compiled; the message names the problem. */
export class PatternError extends Error {
  constructor(pattern: string, problem: string) {
    super(`Invalid message pattern ${JSON.stringify(pattern)}: ${problem}`);
    this.name = 'PatternError';
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits a pattern into literal text and variable names.
 *
 * @throws PatternError for an unclosed `{`, a lone `}`, an empty or non-identifier
 *   name, two variables with nothing between them, or a pattern with no literal text.
 */
export function parsePattern(pattern: string): { literals: string[]; variables: string[] } {
  const literals: string[] = [''];
  const variables: string[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '{' && pattern[i + 1] === '{') {
      literals[literals.length - 1] += '{';
      i += 2;
    } else if (c === '}' && pattern[i + 1] === '}') {
      literals[literals.length - 1] += '}';
      i += 2;
    } else if (c === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) throw new PatternError(pattern, `unclosed "{" at ${i}`);
      const name = pattern.slice(i + 1, close);
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
        throw new PatternError(
          pattern,
          `variable name ${JSON.stringify(name)} is not an identifier`,
        );
      }
      if (variables.length > 0 && literals[literals.length - 1] === '') {
        throw new PatternError(pattern, `variables {${variables.at(-1)}} and {${name}} touch`);
      }
      variables.push(name);
      literals.push('');
      i = close + 1;
    } else if (c === '}') {
      throw new PatternError(pattern, `lone "}" at ${i}`);
    } else {
      literals[literals.length - 1] += c;
      i += 1;
    }
  }
  if (literals.every((l) => l.trim() === '')) throw new PatternError(pattern, 'no literal text');
  return { literals, variables };
}

/**
 * Compiles a pattern.
 *
 * @param pattern e.g. `No app installation found for {owner} in {appId}`
 * @returns anchored and unanchored regular expressions (case-sensitive; a
 *   variable matches `.+?`, or `.+` when it ends the pattern) plus the parts.
 * @throws PatternError (see {@link parsePattern}).
 */
export function compilePattern(pattern: string): CompiledPattern {
  const { literals, variables } = parsePattern(pattern);
  let source = escape(literals[0]!);
  variables.forEach((_, index) => {
    const last = index === variables.length - 1 && literals[index + 1] === '';
    source += last ? '(.+)' : '(.+?)';
    source += escape(literals[index + 1]!);
  });
  return {
    exact: new RegExp(`^${source}$`, 's'),
    within: new RegExp(source, 's'),
    variables,
    literals,
  };
}

/**
 * Matches a whole message against a pattern.
 *
 * @returns the variables' values by name, or `undefined` when the message does not match.
 * @throws PatternError for an invalid pattern.
 */
export function matchMessage(pattern: string, message: string): Record<string, string> | undefined {
  const compiled = compilePattern(pattern);
  const match = compiled.exact.exec(message);
  if (!match) return undefined;
  const values: Record<string, string> = {};
  compiled.variables.forEach((name, index) => {
    values[name] = match[index + 1]!;
  });
  return values;
}
