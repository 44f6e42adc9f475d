import type { CredentialTree, TreeNodeId } from '../../data/credentialTree';
import { listEdges, type TreeEdge } from './model';

/**
 * Generates the Mermaid flowchart of the credential tree, and the ids that
 * tie the rendered SVG back to the model. Questions are drawn as hexagons (more compact than diamonds),
 * outcomes as rounded boxes; every answer is a labelled edge.
 *
 * Syntax: Mermaid 11 flowchart (mermaid@11.17.2, as bundled by
 * @docusaurus/theme-mermaid@3.10.2), including edge ids (`a e1@--> b`,
 * added in Mermaid 11.6), which let the explorer find each edge's SVG path.
 */

/**
 * Escapes a label for a double-quoted Mermaid string: Mermaid has no
 * backslash escapes, only HTML entity codes such as `#quot;`.
 */
export function escapeMermaidLabel(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/[\r\n]+/g, ' ');
}

/**
 * The Mermaid id of an edge, derived from its answer id (answer ids are
 * unique and kebab-case): `answer-id` → `e_answer_id`.
 */
export function mermaidEdgeId(answerId: string): string {
  return `e_${answerId.replace(/-/g, '_')}`;
}

/**
 * Builds the flowchart source.
 * @returns Mermaid text: `flowchart TD`, one line per node, one line per edge.
 */
export function toMermaid(tree: CredentialTree): string {
  const lines = ['flowchart TD'];
  for (const node of Object.values(tree.nodes)) {
    const label = `"${escapeMermaidLabel(node.diagramLabel)}"`;
    lines.push(node.kind === 'question' ? `  ${node.id}{{${label}}}` : `  ${node.id}(${label})`);
  }
  for (const edge of listEdges(tree)) lines.push(edgeLine(edge));
  return `${lines.join('\n')}\n`;
}

function edgeLine({ from, answer, to }: TreeEdge): string {
  return `  ${from} ${mermaidEdgeId(answer.id)}@-->|"${escapeMermaidLabel(answer.diagramLabel)}"| ${to}`;
}

/** What a parsed Mermaid source holds: node ids and edges (`from`, edge id, `to`). */
export interface ParsedMermaid {
  readonly nodes: readonly TreeNodeId[];
  readonly edges: ReadonlyArray<{ from: string; id: string; to: string; label: string }>;
  /** Lines that are neither the header, a node nor an edge. */
  readonly other: readonly string[];
}

/**
 * Reads back the small subset of Mermaid that {@link toMermaid} writes, so a
 * test can compare the diagram with the model. Not a general Mermaid parser.
 */
export function parseGeneratedMermaid(source: string): ParsedMermaid {
  const nodes: string[] = [];
  const edges: Array<{ from: string; id: string; to: string; label: string }> = [];
  const other: string[] = [];
  for (const line of source.split('\n').map((l) => l.trim())) {
    if (line === '' || line === 'flowchart TD') continue;
    const edge = /^(\w+) (\w+)@-->\|"([^"]*)"\| (\w+)$/.exec(line);
    if (edge) {
      const [, from = '', id = '', label = '', to = ''] = edge;
      edges.push({ from, id, to, label });
      continue;
    }
    const node = /^(\w+)(?:\{\{"[^"]*"\}\}|\("[^"]*"\))$/.exec(line);
    if (node?.[1]) {
      nodes.push(node[1]);
      continue;
    }
    other.push(line);
  }
  return { nodes, edges, other };
}

/** Which diagram elements to highlight for a position in the tree. */
export interface DiagramHighlight {
  /** Node ids on the path taken, root first, current node last. */
  readonly nodes: readonly TreeNodeId[];
  /** Mermaid edge ids (see {@link mermaidEdgeId}) of the answers given. */
  readonly edges: readonly string[];
  /** The current node: the open question or the outcome reached. */
  readonly current: TreeNodeId;
}

/**
 * Computes the highlight for a path.
 * @param steps the answered questions, in order (question id and answer id)
 * @param current the node reached
 */
export function diagramHighlight(
  steps: ReadonlyArray<{
    readonly question: { readonly id: TreeNodeId };
    readonly answer: { readonly id: string };
  }>,
  current: TreeNodeId,
): DiagramHighlight {
  return {
    nodes: [...steps.map((s) => s.question.id), current],
    edges: steps.map((s) => mermaidEdgeId(s.answer.id)),
    current,
  };
}
