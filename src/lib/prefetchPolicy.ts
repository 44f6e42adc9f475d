import { guideSteps, pages } from '../data/guideSteps';

/**
 * Which routes the site lets Docusaurus prefetch.
 *
 * Docusaurus 3.10 (`@docusaurus/core` `lib/client/exports/Link.js`) prefetches
 * the chunks of every internal link as soon as the link scrolls into view, and
 * the sidebar shows every link: a cold visit to a guide step downloaded the
 * content of every other page (555–618 KB, issue 11), including the tools' code
 * and the generated index pages, most of which the reader never opens.
 *
 * Here a page prefetches only where the reader most likely goes next: a guide
 * step its previous and next steps (its pagination links), the home page step 1.
 * Every other link still preloads its route on hover or touch
 * (`window.docusaurus.preload`), before the click.
 */

/** Routes never prefetched: tools, pages embedding a tool, generated index pages. */
export const NOT_PREFETCHED: readonly string[] = [
  pages.explorer,
  pages.configBuilder,
  pages.tokenPlanner,
  pages.troubleshooting,
  // Embeds the credential explorer (and draws the Mermaid diagram).
  pages.concepts,
  // The sidebar categories' generated index pages (sidebars.ts).
  '/guide',
  '/tools',
  '/reference',
];

/** A site path without base URL, query, hash or trailing slash (`/` stays `/`). */
export function sitePath(target: string, baseUrl: string): string {
  let path = target.replace(/[?#].*$/, '');
  if (baseUrl !== '/' && path.startsWith(baseUrl)) path = `/${path.slice(baseUrl.length)}`;
  if (path.length > 1) path = path.replace(/\/+$/, '');
  return path;
}

/**
 * The routes a page prefetches: the guide steps just before and after a step;
 * step 1 from the home page; none elsewhere.
 * @param currentPath the page's site path (see {@link sitePath})
 */
export function prefetchTargets(currentPath: string): string[] {
  if (currentPath === '/') return [guideSteps[0].path];
  const index = guideSteps.findIndex((step) => step.path === currentPath);
  if (index < 0) return [];
  return [guideSteps[index - 1]?.path, guideSteps[index + 1]?.path].filter(
    (path): path is (typeof guideSteps)[number]['path'] => path !== undefined,
  );
}

/**
 * Whether the chunks of `target` may be prefetched from the page at `current`.
 *
 * @param target the link's target as Docusaurus passes it (with the base URL,
 *   perhaps a hash, a query or a trailing slash)
 * @param current the path of the page the reader is on (`location.pathname`)
 * @param baseUrl the site's base URL (`/` or `/repo/`)
 */
export function shouldPrefetch(target: string, current: string, baseUrl: string): boolean {
  const path = sitePath(target, baseUrl);
  if (NOT_PREFETCHED.includes(path)) return false;
  return prefetchTargets(sitePath(current, baseUrl)).includes(path);
}
