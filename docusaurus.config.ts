import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { codeTheme } from './src/data/prismThemes';
import { baseUrl, brokenContentPolicy, siteUrl } from './src/data/site';
import mermaidChunksPlugin from './src/plugins/mermaidChunks';
import prefetchPolicyPlugin from './src/plugins/prefetchPolicy';
import slimPrismPlugin from './src/plugins/slimPrism';
import rehypeTableCards from './src/lib/tableCards';

const config: Config = {
  title: 'Backstage × GitHub',
  tagline:
    'Wire Backstage to GitHub: tokens, sign-in, catalog, templates and GitHub Apps, step by step.',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,

  onBrokenLinks: brokenContentPolicy.onBrokenLinks,
  onBrokenAnchors: brokenContentPolicy.onBrokenAnchors,
  onDuplicateRoutes: brokenContentPolicy.onDuplicateRoutes,
  markdown: {
    mermaid: true,
    hooks: brokenContentPolicy.markdownHooks,
  },

  i18n: { defaultLocale: 'en', locales: ['en'] },

  // Docusaurus's fast toolchain (`@docusaurus/faster`: Rspack, SWC, Lightning CSS, SSG
  // in worker threads, which needs the v4 head-attribute change). The rest of
  // `v4: true` (CSS cascade layers, namespaced localStorage keys…) is left for its own change.
  future: {
    faster: true,
    v4: { removeLegacyPostBuildHeadAttribute: true },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
          breadcrumbs: true,
          // Markdown tables: column labels on cells (cards on phones), break points in identifiers.
          rehypePlugins: [rehypeTableCards],
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
        sitemap: { changefreq: 'weekly', priority: 0.5 },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [mermaidChunksPlugin, slimPrismPlugin, prefetchPolicyPlugin],

  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: '/',
        highlightSearchTermsOnTargetPage: false,
        searchResultLimits: 8,
        explicitSearchResultPath: true,
      },
    ],
  ],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Backstage × GitHub',
      logo: { alt: '', src: 'img/logo.svg', width: 32, height: 32 },
      // Plain links, each active in its own part of the site: `type: 'doc'` items are
      // active wherever their doc's sidebar is, and the site has one sidebar, so all
      // four were marked current (`aria-current="page"`) on every page.
      items: [
        {
          to: '/guide/create-app',
          label: 'Guide',
          position: 'left',
          activeBaseRegex: '/guide(/|$)',
        },
        { to: '/concepts', label: 'Concepts', position: 'left', activeBaseRegex: '/concepts$' },
        {
          to: '/tools/credential-explorer',
          label: 'Tools',
          position: 'left',
          activeBaseRegex: '/tools(/|$)',
        },
        {
          to: '/troubleshooting',
          label: 'Troubleshooting',
          position: 'left',
          activeBaseRegex: '/troubleshooting$',
        },
        { type: 'custom-yourSetup', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guide',
          items: [
            { label: 'Start with step 1', to: '/guide/create-app' },
            { label: 'Concepts', to: '/concepts' },
            { label: 'Troubleshooting', to: '/troubleshooting' },
          ],
        },
        {
          title: 'Reference',
          items: [
            { label: 'Permissions matrix', to: '/reference/permissions' },
            { label: 'Config keys', to: '/reference/config-keys' },
          ],
        },
      ],
      copyright:
        'An independent guide. Backstage is a CNCF project; GitHub is a trademark of GitHub, Inc.',
    },
    prism: {
      // One theme of CSS custom properties for both colour modes (see prismThemes.ts).
      theme: codeTheme,
      darkTheme: codeTheme,
      // yaml, json, tsx and typescript ship with prism-react-renderer; every extra language adds to every page.
      additionalLanguages: ['bash'],
    },
    mermaid: { theme: { light: 'neutral', dark: 'dark' } },
  } satisfies Preset.ThemeConfig,
};

export default config;
