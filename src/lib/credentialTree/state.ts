import type { CredentialTree, TreeAnswer, TreeNode, TreeQuestion } from '../../data/credentialTree';
import { findNode, getNode } from './model';

/**
 * The explorer's state is the list of answers given so far (answer ids).
 * This module resolves such a list against the tree, and parses and
 * serializes it for the URL: `?path=backend,catalog,github-com`.
 */

/** The URL query parameter that holds the answers. */
export const pathParam = 'path';

/** One answered question in a resolved path. */
export interface AnsweredStep {
  readonly question: TreeQuestion;
  readonly answer: TreeAnswer;
}

/** A path that fits the tree: the steps taken and the node reached. */
export interface ResolvedPath {
  readonly steps: readonly AnsweredStep[];
  /** The current node: the next question, or the outcome reached. */
  readonly current: TreeNode;
}

/** The result of resolving or parsing a path: the resolved path, or a message for the reader. */
export type PathResult =
  | { readonly ok: true; readonly path: ResolvedPath }
  | { readonly ok: false; readonly message: string };

/**
 * Follows `answerIds` from the root.
 * @param answerIds answer ids in order (may be empty: the root question)
 * @returns the resolved path, or `ok: false` with a one-sentence message when
 *   an id is not an answer to the question reached at that point (unknown id,
 *   an answer to another question, or answers after an outcome). Never throws.
 */
export function resolvePath(tree: CredentialTree, answerIds: readonly string[]): PathResult {
  let current = getNode(tree, tree.root);
  const steps: AnsweredStep[] = [];
  for (const id of answerIds) {
    if (current.kind === 'outcome') {
      return {
        ok: false,
        message: `The link goes on after the outcome “${current.title}”, which ends the path.`,
      };
    }
    const answer = current.answers.find((a) => a.id === id);
    if (!answer) {
      const known = Object.values(tree.nodes).some(
        (n) => n.kind === 'question' && n.answers.some((a) => a.id === id),
      );
      return {
        ok: false,
        message: known
          ? `The link answers “${id}” where that answer does not fit the question “${current.question}”.`
          : `The link names an answer, “${id}”, that this decision tree does not have.`,
      };
    }
    steps.push({ question: current, answer });
    const next = findNode(tree, answer.next);
    if (!next) return { ok: false, message: `The answer “${id}” leads nowhere.` };
    current = next;
  }
  return { ok: true, path: { steps, current } };
}

/** Longest query value accepted, so a hostile URL cannot make the parser do much work. */
const maxParamLength = 2000;

/**
 * Parses the `path` query parameter.
 * @param search `location.search` (with or without the leading `?`)
 * @returns the resolved path (`ok: true`; the root when the parameter is
 *   absent or empty) or `ok: false` with a message for the reader. Never throws.
 */
export function parsePathSearch(tree: CredentialTree, search: string): PathResult {
  let raw: string | null;
  try {
    raw = new URLSearchParams(search).get(pathParam);
  } catch {
    raw = null;
  }
  if (raw === null || raw.trim() === '') return resolvePath(tree, []);
  if (raw.length > maxParamLength) {
    return { ok: false, message: 'The link’s path is too long to be a path through this tree.' };
  }
  const ids = raw.split(',').map((s) => s.trim());
  if (ids.some((id) => id === '')) {
    return { ok: false, message: 'The link’s path has an empty answer in it.' };
  }
  return resolvePath(tree, ids);
}

/**
 * Writes answers into a query string, keeping any other parameters of
 * `search`. An empty list removes the parameter.
 * @param search the current `location.search`
 * @returns a search string starting with `?`, or `''` when nothing is left.
 *   Commas are kept readable (answer ids never contain them).
 */
export function serializePathSearch(search: string, answerIds: readonly string[]): string {
  const params = new URLSearchParams(search);
  if (answerIds.length === 0) params.delete(pathParam);
  else params.set(pathParam, answerIds.join(','));
  const text = params.toString().replace(/%2C/gi, ',');
  return text === '' ? '' : `?${text}`;
}
