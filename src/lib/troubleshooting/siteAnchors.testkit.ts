/**
 * Test support (Node only, reads `docs/`): the pages of the site and the heading
 * anchors each one has, so unit tests can check every `[label](/path#anchor)`
 * the troubleshooting data and the tools link to. Not shipped to the browser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { troubleAreas, troubleshootingEntries } from '../../data/troubleshooting';
import { ERROR_LOOKUP_ANCHOR } from './anchors';

const docsDir = join(__dirname, '..', '..', '..', 'docs');

/**
 * Heading anchors of an MDX file: explicit `{#id}` ids, else the slug
 * Docusaurus (github-slugger) makes from the heading text: lower case,
 * punctuation removed, spaces to hyphens. Headings inside code fences are skipped.
 */
export function headingAnchors(mdx: string): Set<string> {
  const anchors = new Set<string>();
  const withoutFences = mdx.replace(/^(```|~~~)[\s\S]*?^\1\s*$/gm, '');
  for (const match of withoutFences.matchAll(/^#{2,6}\s+(.+?)\s*$/gm)) {
    const text = match[1] ?? '';
    const explicit = /\{#([\w-]+)\}$/.exec(text);
    if (explicit?.[1]) anchors.add(explicit[1]);
    else {
      const plain = text.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      anchors.add(
        plain
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\s_-]/gu, '')
          .replace(/ /g, '-'),
      );
    }
  }
  return anchors;
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return mdxFiles(full);
    return /\.mdx?$/.test(name) ? [full] : [];
  });
}

/** The site path of a doc file (routeBasePath `/`, `NN-` prefixes and `index` dropped). */
function pathOf(file: string): string {
  const parts = relative(docsDir, file)
    .replace(/\.mdx?$/, '')
    .split('/')
    .map((p) => p.replace(/^\d+-/, ''));
  if (parts.at(-1) === 'index') parts.pop();
  return `/${parts.join('/')}`;
}

/**
 * Every page of the site with its anchors. `/troubleshooting` is rendered from
 * the data: its anchors are the area ids, the entry ids and the error lookup.
 */
export function siteAnchors(): Map<string, Set<string>> {
  if (!existsSync(docsDir)) throw new Error('docs/ not found');
  const pages = new Map<string, Set<string>>();
  for (const file of mdxFiles(docsDir)) {
    pages.set(pathOf(file), headingAnchors(readFileSync(file, 'utf8')));
  }
  pages.set(
    '/troubleshooting',
    new Set([
      ...(pages.get('/troubleshooting') ?? []),
      ERROR_LOOKUP_ANCHOR,
      ...troubleAreas.map((a) => a.area),
      ...troubleshootingEntries.map((e) => e.id),
    ]),
  );
  return pages;
}

/**
 * Why a site link does not resolve, or `undefined` when it does.
 * @param href e.g. `/guide/github-app#check-that-it-works`
 */
export function brokenLinkReason(
  href: string,
  pages: Map<string, Set<string>>,
): string | undefined {
  const [path = '', anchor] = href.split('#');
  const anchors = pages.get(path.replace(/\/$/, '') || '/');
  if (!anchors) return `no page ${path}`;
  if (anchor !== undefined && !anchors.has(anchor)) return `no heading #${anchor} on ${path}`;
  return undefined;
}
