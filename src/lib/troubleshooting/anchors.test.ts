import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideSteps } from '../../data/guideSteps';
import { ERROR_LOOKUP_ANCHOR, entryHref, TROUBLESHOOTING_PATH } from './anchors';
import { brokenLinkReason, headingAnchors, siteAnchors } from './siteAnchors.testkit';

const root = join(__dirname, '..', '..', '..');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full, ext);
    return ext.test(name) ? [full] : [];
  });
}

describe('links to the error lookup', () => {
  it('every guide step links to the lookup from its "Check that it works" section', () => {
    const stepFiles = files(join(root, 'docs', 'guide'), /\.mdx$/);
    expect(stepFiles).toHaveLength(guideSteps.length);
    for (const file of stepFiles) {
      const source = readFileSync(file, 'utf8');
      const start = source.indexOf('\n## Check that it works');
      expect(start, file).toBeGreaterThan(0);
      const next = source.indexOf('\n## ', start + 1);
      const section = source.slice(start, next < 0 ? undefined : next);
      expect(section, file).toContain(`](${TROUBLESHOOTING_PATH}#${ERROR_LOOKUP_ANCHOR})`);
    }
  });

  it('the lookup and every entry are anchors of the troubleshooting page', () => {
    const pages = siteAnchors();
    expect(brokenLinkReason(`${TROUBLESHOOTING_PATH}#${ERROR_LOOKUP_ANCHOR}`, pages)).toBe(
      undefined,
    );
    expect(brokenLinkReason(entryHref('unknown-auth-provider'), pages)).toBeUndefined();
    expect(brokenLinkReason('/troubleshooting#no-such-entry', pages)).toMatch(/no heading/);
    expect(brokenLinkReason('/no-such-page', pages)).toMatch(/no page/);
  });

  it('every link to /troubleshooting#… in the docs and components lands on an anchor', () => {
    const pages = siteAnchors();
    const sources = [
      ...files(join(root, 'docs'), /\.mdx?$/),
      ...files(join(root, 'src'), /\.tsx?$/).filter(
        // types.ts shows the link syntax with a made-up id.
        (f) => !f.endsWith(join('troubleshooting', 'types.ts')) && !f.endsWith('.test.ts'),
      ),
    ];
    const found = sources.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\/troubleshooting#[A-Za-z0-9_-]+/g)].map((m) => m[0]),
    );
    const hrefs = [...new Set(found)];
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) expect(brokenLinkReason(href, pages), href).toBeUndefined();
  });
});

describe('headingAnchors', () => {
  it('slugs headings like Docusaurus, takes explicit ids and skips code fences', () => {
    expect(
      headingAnchors(
        '## Check that it works\n### 4. Optional: act with the `user`’s token\n## Custom {#my-id}\n```md\n## Not a heading\n```\n',
      ),
    ).toEqual(new Set(['check-that-it-works', '4-optional-act-with-the-users-token', 'my-id']));
  });
});
