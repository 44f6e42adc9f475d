import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideStep, guideSteps } from '../src/data/guideSteps';
import sidebars from '../sidebars';

const docsDir = join(__dirname, '..', 'docs');

describe('guide steps table', () => {
  const stepFiles = readdirSync(join(docsDir, 'guide')).filter((f) => f.endsWith('.mdx'));

  it('has one entry per step page, numbered 1..10 in file order', () => {
    expect(guideSteps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const expectedFiles = guideSteps.map(
      (s) => `${String(s.number).padStart(2, '0')}-${s.docId.replace('guide/', '')}.mdx`,
    );
    expect(stepFiles.sort()).toEqual(expectedFiles);
  });

  it('gives each page a title that starts with its number', () => {
    for (const s of guideSteps) {
      const file = join(
        docsDir,
        'guide',
        `${String(s.number).padStart(2, '0')}-${s.path.split('/').pop()}.mdx`,
      );
      const source = readFileSync(file, 'utf8');
      expect(source).toMatch(new RegExp(`^title: ['"]?${s.number}\\. `, 'm'));
    }
  });

  it('lists the steps in the sidebar in the same order', () => {
    const guideCategory = (sidebars.guide as unknown[]).find(
      (item): item is { type: 'category'; label: string; items: string[] } =>
        typeof item === 'object' &&
        item !== null &&
        'label' in item &&
        item.label === 'Step-by-step guide',
    );
    expect(guideCategory?.items).toEqual(guideSteps.map((s) => s.docId));
  });

  it('looks steps up by number and refuses unknown numbers', () => {
    expect(guideStep(2).path).toBe('/guide/create-token');
    expect(() => guideStep(11)).toThrow(RangeError);
  });
});
