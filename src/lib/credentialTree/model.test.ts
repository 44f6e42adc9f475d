import { describe, expect, it } from 'vitest';
import { credentialTree, type CredentialTree, type TreeNode } from '../../data/credentialTree';
import { enumeratePaths, listEdges, listOutcomes, listQuestions, validateTree } from './model';

const question = (id: string, answers: Array<[string, string]>): TreeNode => ({
  kind: 'question',
  id,
  question: `${id}?`,
  help: '',
  diagramLabel: id,
  answers: answers.map(([answerId, next]) => ({
    id: answerId,
    label: answerId,
    diagramLabel: answerId,
    next,
  })),
});
const outcome = (id: string): TreeNode => ({
  kind: 'outcome',
  id,
  title: id,
  diagramLabel: id,
  verdict: 'works',
  credential: 'x',
  credentialKind: 'pat',
  whatHappens: 'x',
  configKeys: [],
  rateLimit: 'x',
  guide: { step: 1 },
});
const treeOf = (...nodes: TreeNode[]): CredentialTree => ({
  root: nodes[0]?.id ?? 'missing',
  nodes: Object.fromEntries(nodes.map((n) => [n.id, n])),
});

describe('the credential tree model', () => {
  it('is structurally sound: no cycles, no dangling answers, everything reachable', () => {
    expect(validateTree(credentialTree)).toEqual([]);
  });

  it('ends every root-to-leaf path in an outcome, and uses every node and edge on some path', () => {
    const paths = enumeratePaths(credentialTree);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      expect(credentialTree.nodes[path.outcome]?.kind).toBe('outcome');
      expect(path.nodes.length).toBe(path.answers.length + 1);
    }
    const visited = new Set(paths.flatMap((p) => p.nodes));
    expect([...visited].sort()).toEqual(Object.keys(credentialTree.nodes).sort());
    const usedAnswers = new Set(paths.flatMap((p) => p.answers));
    expect([...usedAnswers].sort()).toEqual(
      listEdges(credentialTree)
        .map((e) => e.answer.id)
        .sort(),
    );
  });

  it('covers the seed branches and the documented nuances', () => {
    const outcomes = listOutcomes(credentialTree);
    const keys = new Set(outcomes.flatMap((o) => o.configKeys));
    const questionText = listQuestions(credentialTree)
      .map((q) => `${q.question} ${q.help}`)
      .join(' ');
    // Sign-in through a GitHub App or an OAuth App.
    expect(outcomes.map((o) => o.id)).toEqual(
      expect.arrayContaining(['signInGithubApp', 'signInOauthApp']),
    );
    // Backend: installation token, PAT fallback, anonymous (60 requests per hour).
    expect(outcomes.map((o) => o.id)).toEqual(
      expect.arrayContaining([
        'appInstallationToken',
        'patSilentFallback',
        'patToken',
        'anonymous',
      ]),
    );
    expect(credentialTree.nodes.anonymous).toMatchObject({ kind: 'outcome', verdict: 'fails' });
    expect((credentialTree.nodes.anonymous as { rateLimit: string }).rateLimit).toMatch(
      /60 requests per hour/,
    );
    for (const key of [
      'integrations.github[].apps[].allowedInstallationOwners',
      'integrations.github[].apps[].publicAccess',
      'integrations.github[].apiBaseUrl',
      'integrations.github[].token',
      'scaffolder.requireScmUserCredentials',
    ]) {
      expect(keys, key).toContain(key);
    }
    for (const feature of [
      'catalog',
      'discovery',
      'org data',
      'TechDocs',
      'URL reader',
      'scaffolder',
    ]) {
      expect(questionText, feature).toContain(feature);
    }
  });

  it('gives every outcome what happens, config keys, a rate limit and a guide step', () => {
    for (const o of listOutcomes(credentialTree)) {
      expect(o.whatHappens.length, o.id).toBeGreaterThan(40);
      expect(o.credential, o.id).not.toBe('');
      expect(o.rateLimit, o.id).not.toBe('');
      expect(o.configKeys.length, o.id).toBeGreaterThan(0);
      expect(o.guide.step, o.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('reports a cycle', () => {
    const cyclic = treeOf(
      question('a', [
        ['x', 'b'],
        ['y', 'c'],
      ]),
      question('b', [
        ['z', 'a'],
        ['w', 'c'],
      ]),
      outcome('c'),
    );
    expect(validateTree(cyclic).join('\n')).toMatch(/Cycle: a → b → a/);
    expect(() => enumeratePaths(cyclic)).toThrow(/Cycle/);
  });

  it('reports dangling answers, duplicate answer ids, unreachable nodes and unsafe ids', () => {
    expect(
      validateTree(
        treeOf(
          question('a', [
            ['x', 'nowhere'],
            ['y', 'c'],
          ]),
          outcome('c'),
        ),
      ),
    ).toEqual(['Answer "x" of "a" leads to unknown node "nowhere".']);
    expect(
      validateTree(
        treeOf(
          question('a', [
            ['x', 'c'],
            ['x', 'c'],
          ]),
          outcome('c'),
        ),
      ),
    ).toEqual(['Answer id "x" is used twice.']);
    expect(
      validateTree(
        treeOf(
          question('a', [
            ['x', 'c'],
            ['y', 'c'],
          ]),
          outcome('c'),
          outcome('d'),
        ),
      ),
    ).toEqual(['Node "d" cannot be reached from the root.']);
    expect(
      validateTree(
        treeOf(
          question('a', [
            ['x', 'end'],
            ['y', 'end'],
          ]),
          outcome('end'),
        ),
      ),
    ).toEqual(['Node id "end" is not a safe Mermaid id.']);
    expect(validateTree(treeOf(outcome('c')))).toEqual(['The root must be a question.']);
  });
});

describe('credentialKind', () => {
  it('agrees with each outcome’s verdict: failing outcomes send no credential', () => {
    for (const outcome of listOutcomes(credentialTree)) {
      const sendsNothing =
        outcome.credentialKind === 'none' || outcome.credentialKind === 'anonymous';
      expect(sendsNothing, outcome.id).toBe(outcome.verdict === 'fails');
    }
  });
});
