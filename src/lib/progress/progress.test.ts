import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  isStepDone,
  nextStepId,
  parseProgress,
  progressCount,
  serialiseProgress,
  setStepDone,
} from './index';

const ids = ['a', 'b', 'c', 'd'];

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
      '{"version":2,"done":["a"]}',
      '{"version":"1","done":["a"]}',
      '{"version":1,"done":"a"}',
      '{"version":1}',
    ]) {
      expect(parseProgress(raw, ids), String(raw)).toEqual(emptyProgress);
    }
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const record = parseProgress(raw, ids);
        expect(record.version).toBe(1);
        expect(record.done.every((id) => ids.includes(id))).toBe(true);
      }),
    );
  });

  it('drops unknown ids, non-strings and duplicates, and keeps the guide order', () => {
    expect(parseProgress('{"version":1,"done":["c","x",3,null,"a","c"]}', ids)).toEqual({
      version: 1,
      done: ['a', 'c'],
    });
  });

  it('round-trips through storage', () => {
    fc.assert(
      fc.property(fc.subarray(ids), (done) => {
        const record = { version: 1 as const, done };
        expect(parseProgress(serialiseProgress(record), ids)).toEqual(record);
      }),
    );
  });

  it('marks and unmarks a step, ignoring ids that are not steps', () => {
    const one = setStepDone(emptyProgress, 'c', true, ids);
    const two = setStepDone(one, 'a', true, ids);
    expect(two.done).toEqual(['a', 'c']);
    expect(isStepDone(two, 'c')).toBe(true);
    expect(setStepDone(two, 'c', false, ids).done).toEqual(['a']);
    expect(setStepDone(two, 'zz', true, ids).done).toEqual(['a', 'c']);
    expect(emptyProgress.done).toEqual([]);
  });

  it('counts done steps out of all steps', () => {
    expect(progressCount(emptyProgress, ids)).toEqual({ done: 0, total: 4 });
    expect(progressCount({ version: 1, done: ['b', 'd'] }, ids)).toEqual({ done: 2, total: 4 });
  });

  it('finds the next step that is not done, wrapping round, or none', () => {
    const record = { version: 1 as const, done: ['a', 'c'] };
    expect(nextStepId(record, ids, null)).toBe('b');
    expect(nextStepId(record, ids, 'b')).toBe('d');
    expect(nextStepId(record, ids, 'd')).toBe('b');
    expect(nextStepId({ version: 1, done: ['a', 'b', 'c'] }, ids, 'd')).toBeNull();
    expect(nextStepId({ version: 1, done: ids }, ids, null)).toBeNull();
  });
});
