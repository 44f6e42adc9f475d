import { pages } from '../data/guideSteps';

/**
 * Which routes the site lets Docusaurus prefetch.
 *
 * Docusaurus 3.10 (`@docusaurus/core` `lib/client/exports/Link.js`) prefetches
 * the chunks of every internal link as soon as the link scrolls into view, and
 * the sidebar shows every link. A reader of a guide step then downloads the
 * tools' code (builder, planner, explorer, the error lookup on the
 * troubleshooting page) and the generated index pages (`/guide`, `/tools`,
 * `/reference`), which they may never
 * open, and `/concepts`, which embeds the explorer. Those routes are not prefetched; hovering or touching their links still
 * preloads them (`window.docusaurus.preload`), as for any link.
 */
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

/**
 * Whether the chunks of `target` may be prefetched.
 *
 * @param target the link's target as Docusaurus passes it (with the base URL,
 *   perhaps a hash, a query or a trailing slash)
 * @param baseUrl the site's base URL (`/` or `/repo/`)
 * @returns false for the routes of {@link NOT_PREFETCHED}, true otherwise
 */
export function shouldPrefetch(target: string, baseUrl: string): boolean {
  let path = target.replace(/[?#].*$/, '');
  if (baseUrl !== '/' && path.startsWith(baseUrl)) path = `/${path.slice(baseUrl.length)}`;
  if (path.length > 1) path = path.replace(/\/+$/, '');
  return !NOT_PREFETCHED.includes(path);
}
