import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

/**
 * One sidebar for the whole site. The numbered guide is a category whose items
 * are listed explicitly, so their order (and so the previous/next links) is
 * the order a reader follows: step 1 to step 10, then the finish page.
 */
const sidebars: SidebarsConfig = {
  guide: [
    'index',
    'concepts',
    {
      type: 'category',
      label: 'Step-by-step guide',
      collapsible: false,
      link: {
        type: 'generated-index',
        slug: '/guide',
        title: 'Step-by-step guide',
        description:
          'Ten steps from an empty machine to a Backstage instance wired to GitHub. Follow them in order.',
      },
      items: [
        'guide/create-app',
        'guide/create-token',
        'guide/give-token-to-backstage',
        'guide/sign-in-with-github',
        'guide/private-repositories',
        'guide/discover-repositories',
        'guide/import-users-and-teams',
        'guide/software-templates',
        'guide/github-app',
        'guide/production',
        'finish',
      ],
    },
    {
      type: 'category',
      label: 'Tools',
      collapsible: false,
      link: {
        type: 'generated-index',
        slug: '/tools',
        title: 'Tools',
        description:
          'Interactive tools for wiring Backstage to GitHub: the credential explorer, the app-config builder and the token planner.',
      },
      items: ['tools/credential-explorer', 'tools/config-builder', 'tools/token-planner'],
    },
    'troubleshooting',
    {
      type: 'category',
      label: 'Reference',
      collapsible: false,
      link: {
        type: 'generated-index',
        slug: '/reference',
        title: 'Reference',
        description:
          'Reference tables: the GitHub permissions each Backstage feature needs, and the config keys the guide uses.',
      },
      items: ['reference/permissions', 'reference/config-keys'],
    },
    'ci-cd-tokens',
  ],
};

export default sidebars;
