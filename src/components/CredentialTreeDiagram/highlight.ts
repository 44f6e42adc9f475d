import type { DiagramHighlight } from '@site/src/lib/credentialTree/mermaid';

/**
 * Marks the path taken and the current node on a Mermaid flowchart SVG by
 * setting attributes, without touching anything else: `data-path="true"` on
 * the node groups, edge paths and edge labels of the path, and
 * `data-current="true"` on the current node. CSS draws the marks.
 *
 * Element ids as Mermaid 11.17 writes them (inspected in Chromium): a node is
 * `<g class="node" id="<svgId>-flowchart-<nodeId>-<n>">`, an edge is
 * `<path data-edge="true" data-id="<edgeId>">` and its label is
 * `<g class="label" data-id="<edgeId>">` inside `g.edgeLabel`.
 */

interface SvgIndex {
  readonly nodes: Map<string, Element>;
  readonly edges: Map<string, Element[]>;
}

const indexes = new WeakMap<Element, SvgIndex>();

function indexSvg(svg: SVGSVGElement): SvgIndex {
  const cached = indexes.get(svg);
  if (cached) return cached;
  const nodes = new Map<string, Element>();
  const prefix = `${svg.id}-flowchart-`;
  for (const g of Array.from(svg.querySelectorAll('g.node'))) {
    if (!g.id.startsWith(prefix)) continue;
    nodes.set(g.id.slice(prefix.length).replace(/-\d+$/, ''), g);
  }
  const edges = new Map<string, Element[]>();
  for (const el of Array.from(
    svg.querySelectorAll('path[data-edge="true"][data-id], g.edgeLabel [data-id]'),
  )) {
    const id = el.getAttribute('data-id') ?? '';
    edges.set(id, [...(edges.get(id) ?? []), el]);
  }
  const index = { nodes, edges };
  indexes.set(svg, index);
  return index;
}

function mark(el: Element, name: string, on: boolean): void {
  if (on) el.setAttribute(name, 'true');
  else el.removeAttribute(name);
}

/**
 * Applies a highlight to a rendered flowchart.
 * @returns the node ids in `highlight` that the SVG lacks (empty when all were found).
 */
export function applyHighlight(svg: SVGSVGElement, highlight: DiagramHighlight): string[] {
  const { nodes, edges } = indexSvg(svg);
  const onPath = new Set(highlight.nodes);
  const edgesOnPath = new Set(highlight.edges);
  for (const [id, el] of nodes) {
    mark(el, 'data-path', onPath.has(id));
    mark(el, 'data-current', id === highlight.current);
  }
  for (const [id, els] of edges) {
    for (const el of els) mark(el, 'data-path', edgesOnPath.has(id));
  }
  return highlight.nodes.filter((id) => !nodes.has(id));
}

/** The node group of `nodeId` in a rendered flowchart, if it has one. */
export function nodeElement(svg: SVGSVGElement, nodeId: string): Element | undefined {
  return indexSvg(svg).nodes.get(nodeId);
}
