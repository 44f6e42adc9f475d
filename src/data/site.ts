/**
 * Facts about the site itself that more than one place needs: the build's
 * broken-content policy (shared by `docusaurus.config.ts` and the test that
 * proves a broken link fails the build) and the repository it is published from.
 */

/** Where the site is deployed (GitHub Pages); override with SITE_URL / BASE_URL at build time. */
export const siteUrl = process.env.SITE_URL ?? 'https://backstage-github-guide.github.io';
export const baseUrl = process.env.BASE_URL ?? '/';

/**
 * Every kind of broken reference fails the build.
 * Docusaurus 3.10 options: `onBrokenLinks`, `onBrokenAnchors`, and the MDX hooks
 * `markdown.hooks.onBrokenMarkdownLinks` / `onBrokenMarkdownImages`.
 */
export const brokenContentPolicy = {
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdownHooks: {
    onBrokenMarkdownLinks: 'throw',
    onBrokenMarkdownImages: 'throw',
  },
} as const;
