import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  isStepDocId,
  isStepDone,
  nextStepId,
  parseProgress,
  progressCount,
  serialiseProgress,
  setStepDone,
} from './index';

const ids = ['guide/a', 'guide/b', 'guide/c', 'guide/d'];

describe('progress record', () => {
  it('reads junk as no progress and never throws', () => {
    for (const raw of [
      null,
      '',
      'not json',
      '{',
      'null',
      '42',
      '"a"',
      '[]',
      '{}',
      '{"version":2,"done":["guide/a"]}',
      '{"version":"1","done":["guide/a"]}',
      '{"version":1,"done":"guide/a"}',
      '{"version":1}',
    ]) {
      expect(parseProgress(raw), String(raw)).toEqual(emptyProgress);
    }
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const record = parseProgress(raw);
        expect(record.version).toBe(1);
        expect(record.done.every(isStepDocId)).toBe(true);
      }),
    );
  });

  it('drops entries that are not step doc ids, and duplicates', () => {
    expect(
      parseProgress(
        '{"version":1,"done":["guide/c","x","concepts","guide/<b>",3,null,"guide/a","guide/c"]}',
      ),
    ).toEqual({ version: 1, done: ['guide/c', 'guide/a'] });
  });

  it('round-trips through storage', () => {
    fc.assert(
      fc.property(fc.subarray(ids), (done) => {
        const record = { version: 1 as const, done };
        expect(parseProgress(serialiseProgress(record))).toEqual(record);
      }),
    );
  });

  it('marks and unmarks a step, ignoring ids that are not steps', () => {
    const one = setStepDone(emptyProgress, 'guide/c', true);
    const two = setStepDone(setStepDone(one, 'guide/a', true), 'guide/a', true);
    expect(two.done).toEqual(['guide/c', 'guide/a']);
    expect(isStepDone(two, 'guide/c')).toBe(true);
    expect(setStepDone(two, 'guide/c', false).done).toEqual(['guide/a']);
    expect(setStepDone(two, 'concepts', true).done).toEqual(['guide/c', 'guide/a']);
    expect(emptyProgress.done).toEqual([]);
  });

  it('counts done steps out of all steps', () => {
    expect(progressCount(emptyProgress, ids)).toEqual({ done: 0, total: 4 });
    expect(progressCount({ version: 1, done: ['guide/b', 'guide/d'] }, ids)).toEqual({
      done: 2,
      total: 4,
    });
    // A step id the guide no longer has is not counted.
    expect(progressCount({ version: 1, done: ['guide/b', 'guide/gone'] }, ids).done).toBe(1);
  });

  it('finds the next step that is not done, wrapping round, or none', () => {
    const record = { version: 1 as const, done: ['guide/a', 'guide/c'] };
    expect(nextStepId(record, ids, null)).toBe('guide/b');
    expect(nextStepId(record, ids, 'guide/b')).toBe('guide/d');
    expect(nextStepId(record, ids, 'guide/d')).toBe('guide/b');
    expect(
      nextStepId({ version: 1, done: ['guide/a', 'guide/b', 'guide/c'] }, ids, 'guide/d'),
    ).toBeNull();
    expect(nextStepId({ version: 1, done: ids }, ids, null)).toBeNull();
  });
});
