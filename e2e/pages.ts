import sidebars from '../sidebars';

/**
 * Every page reachable from the sidebar, as site paths (routeBasePath is `/`):
 * doc ids become `/<id>` (`index` is `/`), and categories with a generated
 * index page contribute that page's slug.
 */
export function sidebarPaths(): string[] {
  const paths: string[] = [];
  const visit = (item: unknown): void => {
    if (typeof item === 'string') {
      paths.push(item === 'index' ? '/' : `/${item}`);
      return;
    }
    if (item && typeof item === 'object') {
      const record = item as {
        type?: string;
        id?: string;
        items?: unknown[];
        link?: { type: string; slug?: string; id?: string };
      };
      if (record.type === 'doc' && record.id) paths.push(`/${record.id}`);
      if (record.link?.type === 'generated-index' && record.link.slug) paths.push(record.link.slug);
      if (record.link?.type === 'doc' && record.link.id) paths.push(`/${record.link.id}`);
      record.items?.forEach(visit);
    }
  };
  Object.values(sidebars).forEach((sidebar) => (sidebar as unknown[]).forEach(visit));
  return paths;
}
