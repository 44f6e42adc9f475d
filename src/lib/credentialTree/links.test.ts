import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { credentialTree } from '../../data/credentialTree';
import { guideSteps } from '../../data/guideSteps';
import { listOutcomes } from './model';
import { headingAnchors } from '../troubleshooting/siteAnchors.testkit';
import { builderHref, guideHref, guideLinkText } from './links';

const docsDir = join(__dirname, '..', '..', '..', 'docs');

/** The MDX file of a doc id such as `guide/github-app`: Docusaurus drops `NN-` number prefixes. */
function docFile(docId: string): string | undefined {
  const parts = docId.split('/');
  const name = parts.pop() ?? '';
  const dir = join(docsDir, ...parts);
  if (!existsSync(dir)) return undefined;
  const file = readdirSync(dir).find((f) => f.replace(/^\d+-/, '') === `${name}.mdx`);
  return file ? join(dir, file) : undefined;
}

describe('outcome links', () => {
  it('the slug function matches Docusaurus for simple headings', () => {
    expect(
      headingAnchors(
        '## Check that it works\n### 4. Optional: act with the `user`’s token\n## Custom {#my-id}',
      ),
    ).toEqual(new Set(['check-that-it-works', '4-optional-act-with-the-users-token', 'my-id']));
  });

  it.each(listOutcomes(credentialTree).map((o) => [o.id, o] as const))(
    '%s links to an existing guide page and heading',
    (_id, outcome) => {
      const href = guideHref(outcome.guide);
      const step = guideSteps.find((s) => s.number === outcome.guide.step);
      expect(step).toBeDefined();
      expect(href.split('#')[0]).toBe(step?.path);
      const file = docFile(step?.docId ?? '');
      expect(file, `no MDX file for ${step?.docId}`).toBeDefined();
      if (outcome.guide.anchor) {
        const anchors = headingAnchors(readFileSync(file ?? '', 'utf8'));
        expect([...anchors], `${href} in ${file}`).toContain(outcome.guide.anchor);
      }
      expect(guideLinkText(outcome.guide)).toBe(`Step ${step?.number}: ${step?.title}`);
    },
  );

  it('opens the config builder on a preset', () => {
    expect(builderHref('production-app')).toBe('/tools/config-builder?preset=production-app');
    expect(existsSync(join(docsDir, 'tools', 'config-builder.mdx'))).toBe(true);
  });

  it('fails for a heading that does not exist', () => {
    const anchors = headingAnchors(readFileSync(docFile('guide/github-app') ?? '', 'utf8'));
    expect(anchors.has('no-such-heading')).toBe(false);
  });
});
