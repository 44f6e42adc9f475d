/**
 * Issue 8 §1 item 6, for what the guide recommends: no YAML block on any page
 * lists a topic under `events.http.topics`, which would open a webhook endpoint
 * that accepts unsigned requests (see `openWebhookTopics` in
 * `src/lib/configBuilder/rules.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { openWebhookTopics } from '../src/lib/configBuilder';

const docsDir = join(__dirname, '..', 'docs');

/** Every fenced ```yaml block of every MDX page, with where it is. */
function yamlBlocks(): Array<{ where: string; text: string }> {
  const blocks: Array<{ where: string; text: string }> = [];
  const files = readdirSync(docsDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.mdx'),
  );
  for (const file of files) {
    const source = readFileSync(join(docsDir, file), 'utf8');
    for (const match of source.matchAll(/^( *)```ya?ml[^\n]*\n([\s\S]*?)^\1```/gm)) {
      const indent = match[1]!.length;
      const text = match[2]!
        .split('\n')
        .map((line) => line.slice(indent))
        .join('\n');
      const line = source.slice(0, match.index).split('\n').length;
      blocks.push({ where: `${relative(docsDir, join(docsDir, file))}:${line}`, text });
    }
  }
  return blocks;
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
