import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { credentialTree } from '../../data/credentialTree';
import { troubleshootingEntries } from '../../data/troubleshooting';
import { listOutcomes } from '../credentialTree/model';
import { summariesModule, troubleSummaries } from './summaries';

const outcomes = listOutcomes(credentialTree);
const ids = outcomes.flatMap((o) => o.trouble ?? []);

describe('troubleshooting entries on the credential explorer', () => {
  it('every "fails" outcome names at least one entry, and only "fails" outcomes do', () => {
    for (const outcome of outcomes) {
      if (outcome.verdict === 'fails') expect(outcome.trouble?.length ?? 0).toBeGreaterThan(0);
      else expect(outcome.trouble).toBeUndefined();
    }
  });

  it('every id an outcome names exists', () => {
    const known = new Set(troubleshootingEntries.map((e) => e.id));
    for (const id of ids) expect(known.has(id), id).toBe(true);
  });

  it('refuses an unknown id', () => {
    expect(() => troubleSummaries(troubleshootingEntries, ['no-such-entry'])).toThrow(RangeError);
  });

  it('the generated module holds exactly the title and first fix of those entries', async () => {
    const summaries = troubleSummaries(troubleshootingEntries, ids);
    expect(Object.keys(summaries)).toEqual([...new Set(ids)].sort());
    const file = join(__dirname, '../../data/troubleshooting/summaries.generated.ts');
    const source = await format(summariesModule(summaries), {
      ...(await resolveConfig(file)),
      filepath: file,
    });
    await expect(source).toMatchFileSnapshot(file);
  });
});
