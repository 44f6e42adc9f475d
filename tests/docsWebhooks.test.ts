/**
 * Issue 8 §1 item 6, for what the guide recommends: no YAML block on any page
 * lists a topic under `events.http.topics`, which would open a webhook endpoint
 * that accepts unsigned requests (see `openWebhookTopics` in
 * `src/lib/configBuilder/rules.ts`).
 */
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { openWebhookTopics } from '../src/lib/configBuilder';
import { guideCodeBlocks } from '../src/lib/mdx/codeBlocks';

/**
 * Every ```yaml block of every MDX page, with where it is, as the static page
 * shows it (a `setup` block with the default values in place).
 */
function yamlBlocks(): Array<{ where: string; text: string }> {
  return guideCodeBlocks(join(__dirname, '..'), ['yaml', 'yml']).map((block) => ({
    where: `${block.file.replace(/^docs\//, '')}:${block.line}`,
    text: block.code,
  }));
}

describe('YAML on the guide pages', () => {
  const blocks = yamlBlocks();

  it('finds the YAML blocks (the scan itself works)', () => {
    expect(blocks.length).toBeGreaterThan(30);
    expect(blocks.some((b) => b.text.includes('integrations:'))).toBe(true);
  });

  it.each(blocks.map((b) => [b.where, b.text] as const))(
    '%s opens no unvalidated webhook endpoint',
    (_where, text) => {
      for (const doc of parseAllDocuments(text)) {
        expect(openWebhookTopics(doc.toJS({ maxAliasCount: -1 }) as unknown)).toEqual([]);
      }
      // Also catch a block that does not parse as a whole.
      expect(text).not.toMatch(/^\s*http:\s*\n\s+topics:/m);
    },
  );
});
