import { describe, expect, it } from 'vitest';
import { credentialTree, type CredentialTree } from '../../data/credentialTree';
import { listEdges } from './model';
import {
  diagramHighlight,
  escapeMermaidLabel,
  mermaidEdgeId,
  parseGeneratedMermaid,
  toMermaid,
} from './mermaid';

describe('Mermaid generation', () => {
  const source = toMermaid(credentialTree);
  const parsed = parseGeneratedMermaid(source);

  it('starts with a top-down flowchart header', () => {
    expect(source.split('\n')[0]).toBe('flowchart TD');
  });

  it('has every node of the model exactly once, and no other node', () => {
    expect([...parsed.nodes].sort()).toEqual(Object.keys(credentialTree.nodes).sort());
    expect(new Set(parsed.nodes).size).toBe(parsed.nodes.length);
  });

  it('has every edge of the model exactly once, with its label, and no other edge', () => {
    const expected = listEdges(credentialTree).map((e) => ({
      from: e.from,
      id: mermaidEdgeId(e.answer.id),
      to: e.to,
      label: escapeMermaidLabel(e.answer.diagramLabel),
    }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...parsed.edges].sort(byId)).toEqual(expected.sort(byId));
    expect(new Set(parsed.edges.map((e) => e.id)).size).toBe(parsed.edges.length);
  });

  it('writes nothing else', () => {
    expect(parsed.other).toEqual([]);
  });

  it('draws questions as hexagons and outcomes as rounded boxes, with the diagram labels', () => {
    expect(source).toContain('  context{{"What is Backstage doing?"}}');
    expect(source).toContain('  patToken("PAT")');
  });

  it('escapes quotes and angle brackets so a label cannot break the syntax', () => {
    expect(escapeMermaidLabel('say "hi" <b> #1')).toBe('say #quot;hi#quot; #lt;b#gt; #35;1');
    const tricky: CredentialTree = {
      root: 'q',
      nodes: {
        q: {
          kind: 'question',
          id: 'q',
          question: 'q',
          help: '',
          diagramLabel: 'a "quoted" label',
          answers: [
            { id: 'a', label: 'a', diagramLabel: '"yes"', next: 'o' },
            { id: 'b', label: 'b', diagramLabel: 'no', next: 'o' },
          ],
        },
        o: {
          kind: 'outcome',
          id: 'o',
          title: 'o',
          diagramLabel: '<o>',
          verdict: 'works',
          credential: '',
          credentialKind: 'pat',
          whatHappens: '',
          configKeys: [],
          rateLimit: '',
          guide: { step: 1 },
        },
      },
    };
    const back = parseGeneratedMermaid(toMermaid(tricky));
    expect(back.other).toEqual([]);
    expect(back.nodes).toEqual(['q', 'o']);
    expect(back.edges.map((e) => e.label)).toEqual(['#quot;yes#quot;', 'no']);
  });

  it('derives edge ids from answer ids', () => {
    expect(mermaidEdgeId('ghes-no-api-base-url')).toBe('e_ghes_no_api_base_url');
  });
});

describe('diagram highlight', () => {
  it('marks the questions answered, the current node and the edges taken', () => {
    const steps = [
      { question: { id: 'context' }, answer: { id: 'backend' } },
      { question: { id: 'backendFeature' }, answer: { id: 'catalog' } },
    ];
    expect(diagramHighlight(steps, 'host')).toEqual({
      nodes: ['context', 'backendFeature', 'host'],
      edges: ['e_backend', 'e_catalog'],
      current: 'host',
    });
    expect(diagramHighlight([], 'context')).toEqual({
      nodes: ['context'],
      edges: [],
      current: 'context',
    });
  });
});
