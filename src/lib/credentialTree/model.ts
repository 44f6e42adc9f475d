import type {
  CredentialTree,
  TreeAnswer,
  TreeNode,
  TreeNodeId,
  TreeOutcome,
  TreeQuestion,
} from '../../data/credentialTree';

/**
 * Pure helpers over the credential decision tree (`src/data/credentialTree.ts`):
 * lookups, structural checks and path enumeration. No React, no DOM.
 */

/**
 * Looks a node up by id.
 * @returns the node, or `undefined` for an unknown id.
 */
export function findNode(tree: CredentialTree, id: TreeNodeId): TreeNode | undefined {
  return Object.prototype.hasOwnProperty.call(tree.nodes, id) ? tree.nodes[id] : undefined;
}

/**
 * Looks a node up by id when the id comes from the tree itself.
 * @throws Error for an unknown id (a defect in the tree data, which the unit tests rule out).
 */
export function getNode(tree: CredentialTree, id: TreeNodeId): TreeNode {
  const node = findNode(tree, id);
  if (!node) throw new Error(`The credential tree has no node "${id}".`);
  return node;
}

/** One directed edge of the tree: a question, one of its answers, and where it leads. */
export interface TreeEdge {
  readonly from: TreeNodeId;
  readonly answer: TreeAnswer;
  readonly to: TreeNodeId;
}

/** Every edge of the tree, in node order then answer order. */
export function listEdges(tree: CredentialTree): TreeEdge[] {
  return Object.values(tree.nodes).flatMap((node) =>
    node.kind === 'question'
      ? node.answers.map((answer) => ({ from: node.id, answer, to: answer.next }))
      : [],
  );
}

/** The questions of the tree, in declaration order. */
export function listQuestions(tree: CredentialTree): TreeQuestion[] {
  return Object.values(tree.nodes).filter((n): n is TreeQuestion => n.kind === 'question');
}

/** The outcomes of the tree, in declaration order. */
export function listOutcomes(tree: CredentialTree): TreeOutcome[] {
  return Object.values(tree.nodes).filter((n): n is TreeOutcome => n.kind === 'outcome');
}

/**
 * Checks the tree's structure and returns every problem found (an empty list
 * means the tree is sound): the root is a question; every `next` names a
 * node; answer ids are unique; every question has at least two answers;
 * node ids are safe Mermaid ids; there are no cycles; every node is reachable
 * from the root; and so every path from the root ends in an outcome.
 */
export function validateTree(tree: CredentialTree): string[] {
  const problems: string[] = [];
  const root = findNode(tree, tree.root);
  if (!root) problems.push(`The root "${tree.root}" is not a node.`);
  else if (root.kind !== 'question') problems.push('The root must be a question.');

  const answerIds = new Set<string>();
  for (const [key, node] of Object.entries(tree.nodes)) {
    if (key !== node.id) problems.push(`Node "${node.id}" is stored under the key "${key}".`);
    if (
      !/^[A-Za-z][A-Za-z0-9]*$/.test(node.id) ||
      /^(end|subgraph|graph|flowchart|style|class|classDef|click|linkStyle)$/i.test(node.id)
    ) {
      problems.push(`Node id "${node.id}" is not a safe Mermaid id.`);
    }
    if (node.kind !== 'question') continue;
    if (node.answers.length < 2) problems.push(`Question "${node.id}" has fewer than two answers.`);
    for (const answer of node.answers) {
      if (answerIds.has(answer.id)) problems.push(`Answer id "${answer.id}" is used twice.`);
      answerIds.add(answer.id);
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(answer.id)) {
        problems.push(`Answer id "${answer.id}" is not kebab-case.`);
      }
      if (!findNode(tree, answer.next)) {
        problems.push(
          `Answer "${answer.id}" of "${node.id}" leads to unknown node "${answer.next}".`,
        );
      }
    }
  }
  if (problems.length > 0 || !root) return problems;

  // Depth-first search with colours: grey = on the current path (a grey
  // neighbour is a cycle), black = finished.
  const colour = new Map<TreeNodeId, 'grey' | 'black'>();
  const visit = (id: TreeNodeId, trail: TreeNodeId[]): void => {
    const state = colour.get(id);
    if (state === 'black') return;
    if (state === 'grey') {
      problems.push(`Cycle: ${[...trail, id].join(' → ')}.`);
      return;
    }
    colour.set(id, 'grey');
    const node = getNode(tree, id);
    if (node.kind === 'question') {
      for (const answer of node.answers) visit(answer.next, [...trail, id]);
    }
    colour.set(id, 'black');
  };
  visit(tree.root, []);
  for (const id of Object.keys(tree.nodes)) {
    if (!colour.has(id)) problems.push(`Node "${id}" cannot be reached from the root.`);
  }
  return problems;
}

/** A complete walk from the root to an outcome. */
export interface TreePath {
  /** The answer ids chosen, in order. */
  readonly answers: readonly string[];
  /** The nodes visited, root first, outcome last. */
  readonly nodes: readonly TreeNodeId[];
  readonly outcome: TreeNodeId;
}

/**
 * Lists every root-to-outcome path (the tree is small: a few dozen paths).
 * @throws Error if the tree has a cycle or a dangling answer (run {@link validateTree} first).
 */
export function enumeratePaths(tree: CredentialTree): TreePath[] {
  const paths: TreePath[] = [];
  const walk = (id: TreeNodeId, answers: string[], nodes: TreeNodeId[]): void => {
    if (nodes.includes(id)) throw new Error(`Cycle through "${id}".`);
    const node = getNode(tree, id);
    const here = [...nodes, id];
    if (node.kind === 'outcome') {
      paths.push({ answers, nodes: here, outcome: id });
      return;
    }
    for (const answer of node.answers) walk(answer.next, [...answers, answer.id], here);
  };
  walk(tree.root, [], []);
  return paths;
}
