import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishPage, guideStep, guideSteps } from '../src/data/guideSteps';
import sidebars from '../sidebars';
import { isStepDocId } from '../src/lib/progress';

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
    expect(guideCategory?.items).toEqual([...guideSteps.map((s) => s.docId), finishPage.docId]);
  });

  it('gives every step a time estimate and what you need and will have, short enough for a header', () => {
    for (const s of guideSteps) {
      expect(Number.isInteger(s.minutes) && s.minutes > 0 && s.minutes <= 60, s.docId).toBe(true);
      for (const text of [s.need, s.have]) {
        expect(text.length, `${s.docId}: ${text}`).toBeGreaterThan(10);
        expect(text.length, `${s.docId}: ${text}`).toBeLessThanOrEqual(110);
        expect(text, s.docId).toMatch(/\.$/);
      }
    }
  });

  it('states the time a step page states itself', () => {
    // Step 4's "What you need" says "About 20 minutes"; the header must agree.
    for (const s of guideSteps) {
      const source = readFileSync(
        join(
          docsDir,
          'guide',
          `${String(s.number).padStart(2, '0')}-${s.path.split('/').pop()}.mdx`,
        ),
        'utf8',
      );
      const stated = /About (\d+) minutes/.exec(source);
      if (stated) expect(s.minutes, s.docId).toBe(Number(stated[1]));
    }
  });

  it('gives every step a doc id the progress store accepts, and no other page one', () => {
    for (const s of guideSteps) expect(isStepDocId(s.docId), s.docId).toBe(true);
    expect(isStepDocId(finishPage.docId)).toBe(false);
  });

  it('has a finish page after the steps', () => {
    const source = readFileSync(join(docsDir, `${finishPage.docId}.mdx`), 'utf8');
    expect(source).toMatch(new RegExp(`^title: ['"]?${finishPage.title}['"]?$`, 'm'));
  });

  it('looks steps up by number and refuses unknown numbers', () => {
    expect(guideStep(2).path).toBe('/guide/create-token');
    expect(() => guideStep(11)).toThrow(RangeError);
  });
});
