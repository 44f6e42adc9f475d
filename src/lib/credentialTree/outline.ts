import type {
  CredentialTree,
  TreeAnswer,
  TreeNodeId,
  TreeOutcome,
  TreeQuestion,
} from '../../data/credentialTree';
import { getNode } from './model';

/**
 * The tree as a text outline, for readers without JavaScript or without a
 * view of the diagram: numbered questions, each answer pointing at the next
 * question or at an outcome, then every outcome in full.
 */

/** Where an answer in the outline points. */
export type OutlineTarget =
  | { readonly kind: 'question'; readonly id: TreeNodeId; readonly number: number }
  | { readonly kind: 'outcome'; readonly id: TreeNodeId; readonly title: string };

export interface OutlineQuestion {
  /** 1-based, in breadth-first order from the root. */
  readonly number: number;
  readonly question: TreeQuestion;
  readonly answers: ReadonlyArray<{ readonly answer: TreeAnswer; readonly target: OutlineTarget }>;
}

export interface Outline {
  readonly questions: readonly OutlineQuestion[];
  /** Every outcome, in the order the breadth-first walk first reaches it. */
  readonly outcomes: readonly TreeOutcome[];
}

/**
 * Orders the tree breadth-first from the root, so that every question comes
 * after a question that leads to it, and numbers the questions.
 * @throws Error for a dangling answer (ruled out by the model's unit tests).
 */
export function buildOutline(tree: CredentialTree): Outline {
  const order: TreeNodeId[] = [];
  const seen = new Set<TreeNodeId>([tree.root]);
  const queue: TreeNodeId[] = [tree.root];
  while (queue.length > 0) {
    const id = queue.shift() as TreeNodeId;
    order.push(id);
    const node = getNode(tree, id);
    if (node.kind !== 'question') continue;
    for (const answer of node.answers) {
      if (!seen.has(answer.next)) {
        seen.add(answer.next);
        queue.push(answer.next);
      }
    }
  }
  const questionIds = order.filter((id) => getNode(tree, id).kind === 'question');
  const numberOf = new Map(questionIds.map((id, index) => [id, index + 1]));
  const questions = questionIds.map((id): OutlineQuestion => {
    const question = getNode(tree, id) as TreeQuestion;
    return {
      number: numberOf.get(id) ?? 0,
      question,
      answers: question.answers.map((answer) => {
        const next = getNode(tree, answer.next);
        const target: OutlineTarget =
          next.kind === 'question'
            ? { kind: 'question', id: next.id, number: numberOf.get(next.id) ?? 0 }
            : { kind: 'outcome', id: next.id, title: next.title };
        return { answer, target };
      }),
    };
  });
  const outcomes = order
    .map((id) => getNode(tree, id))
    .filter((n): n is TreeOutcome => n.kind === 'outcome');
  return { questions, outcomes };
}

/** The HTML id of a node's entry in the outline, e.g. `credential-tree-host`. */
export function outlineAnchor(id: TreeNodeId): string {
  return `credential-tree-${id}`;
}
