import { describe, expect, it } from 'vitest';
import sidebars from '../../sidebars';
import { pages } from '../data/guideSteps';
import { NOT_PREFETCHED, shouldPrefetch } from './prefetchPolicy';

describe('shouldPrefetch', () => {
  it('refuses the tool pages, the troubleshooting lookup and the generated guide index', () => {
    for (const path of [pages.explorer, pages.configBuilder, pages.tokenPlanner]) {
      expect(shouldPrefetch(path, '/')).toBe(false);
    }
    expect(shouldPrefetch('/troubleshooting', '/')).toBe(false);
    expect(shouldPrefetch('/guide', '/')).toBe(false);
  });

  it('ignores a hash, a query and a trailing slash', () => {
    expect(shouldPrefetch('/troubleshooting#github-app-not-installed', '/')).toBe(false);
    expect(shouldPrefetch('/tools/config-builder?s=abc', '/')).toBe(false);
    expect(shouldPrefetch('/guide/', '/')).toBe(false);
  });

  it('strips a base URL', () => {
    expect(shouldPrefetch('/site/tools/token-planner', '/site/')).toBe(false);
    expect(shouldPrefetch('/site/guide/create-app', '/site/')).toBe(true);
  });

  it('refuses the concepts page, which embeds the credential explorer', () => {
    expect(shouldPrefetch(pages.concepts, '/')).toBe(false);
  });

  it('allows the guide steps, reference pages and home', () => {
    for (const path of ['/', '/guide/create-app', '/ci-cd-tokens', '/reference/permissions']) {
      expect(shouldPrefetch(path, '/')).toBe(true);
    }
    expect(NOT_PREFETCHED).not.toContain('/guide/create-app');
  });
});

describe('NOT_PREFETCHED', () => {
  it('lists every generated index page of the sidebar', () => {
    const slugs: string[] = [];
    const visit = (item: unknown): void => {
      if (!item || typeof item !== 'object') return;
      const record = item as { link?: { type?: string; slug?: string }; items?: unknown[] };
      if (record.link?.type === 'generated-index' && record.link.slug) slugs.push(record.link.slug);
      record.items?.forEach(visit);
    };
    Object.values(sidebars).forEach((items) => (items as unknown[]).forEach(visit));
    expect(slugs.length).toBeGreaterThanOrEqual(3);
    for (const slug of slugs) expect(NOT_PREFETCHED).toContain(slug);
  });
});
