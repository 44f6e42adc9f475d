/**
 * Issue 8 §1 item 6: nothing the builder generates may open a webhook endpoint
 * that accepts unsigned requests. The events backend opens one for every topic
 * listed under `events.http.topics` (see `openWebhookTopics` in `rules.ts`).
 */
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { arbitraryBuilderState } from './arbitrary';
import { largestState } from './largest';
import { checkConfigRules, generateFiles, openWebhookTopics, presets } from './index';
import type { BuilderState } from './types';

/** Every YAML file the builder generates for a state, parsed. */
function generatedYaml(state: BuilderState): unknown[] {
  return generateFiles(state)
    .filter((f) => f.language === 'yaml')
    .map((f) => parse(f.content) as unknown);
}

describe('webhook endpoints', () => {
  it('reports a github topic under events.http.topics, with the reason', () => {
    const problems = checkConfigRules({
      events: {
        http: { topics: ['github'] },
        modules: { github: { webhookSecret: '${GITHUB_WEBHOOK_SECRET}' } },
      },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('without checking their signature');
    expect(problems[0]).toContain('Leave the topic out');
  });

  it('reports any other listed topic, and accepts a config that lists none', () => {
    expect(checkConfigRules({ events: { http: { topics: ['gitlab'] } } })).toEqual([
      expect.stringContaining('/api/events/http/gitlab without any validation'),
    ]);
    expect(
      checkConfigRules({ events: { modules: { github: { webhookSecret: '${S}' } } } }),
    ).toEqual([]);
    expect(openWebhookTopics({ events: { http: { topics: 'github' } } })).toEqual(['github']);
    expect(openWebhookTopics({ events: { http: {} } })).toEqual([]);
    expect(openWebhookTopics(null)).toEqual([]);
  });

  it.each([...presets.map((p) => [p.id, p.state] as const), ['largest', largestState] as const])(
    '%s generates no events.http.topics',
    (_id, state) => {
      for (const config of generatedYaml(state)) expect(openWebhookTopics(config)).toEqual([]);
    },
  );

  it('no valid form state generates an events.http.topics entry', () => {
    fc.assert(
      fc.property(arbitraryBuilderState, (state) => {
        for (const config of generatedYaml(state)) expect(openWebhookTopics(config)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
