import { describe, expect, it } from 'vitest';
import { credentialTree } from '../../data/credentialTree';
import { listOutcomes, listQuestions } from './model';
import { buildOutline, outlineAnchor } from './outline';

describe('text outline', () => {
  const outline = buildOutline(credentialTree);

  it('lists every question once, numbered 1..n from the root', () => {
    expect(outline.questions.map((q) => q.question.id).sort()).toEqual(
      listQuestions(credentialTree)
        .map((q) => q.id)
        .sort(),
    );
    expect(outline.questions.map((q) => q.number)).toEqual(outline.questions.map((_, i) => i + 1));
    expect(outline.questions[0]?.question.id).toBe(credentialTree.root);
  });

  it('lists every outcome once', () => {
    expect(outline.outcomes.map((o) => o.id).sort()).toEqual(
      listOutcomes(credentialTree)
        .map((o) => o.id)
        .sort(),
    );
  });

  it('introduces each question after one that leads to it, and points answers at the right targets', () => {
    for (const entry of outline.questions.slice(1)) {
      const earlier = outline.questions.filter((q) => q.number < entry.number);
      expect(
        earlier.some((q) => q.answers.some((a) => a.target.id === entry.question.id)),
        entry.question.id,
      ).toBe(true);
    }
    for (const entry of outline.questions) {
      for (const { answer, target } of entry.answers) {
        expect(target.id).toBe(answer.next);
        if (target.kind === 'question') {
          expect(outline.questions[target.number - 1]?.question.id).toBe(target.id);
        }
      }
    }
  });

  it('makes anchors from node ids', () => {
    expect(outlineAnchor('host')).toBe('credential-tree-host');
  });
});
