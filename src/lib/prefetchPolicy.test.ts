import { describe, expect, it } from 'vitest';
import sidebars from '../../sidebars';
import { guideSteps, pages } from '../data/guideSteps';
import { NOT_PREFETCHED, prefetchTargets, shouldPrefetch, sitePath } from './prefetchPolicy';

const step = (n: number): string => guideSteps[n - 1]!.path;

describe('sitePath', () => {
  it('drops a hash, a query, a trailing slash and the base URL', () => {
    expect(sitePath('/troubleshooting#github-app-not-installed', '/')).toBe('/troubleshooting');
    expect(sitePath('/tools/config-builder?s=abc', '/')).toBe('/tools/config-builder');
    expect(sitePath('/guide/', '/')).toBe('/guide');
    expect(sitePath('/site/tools/token-planner', '/site/')).toBe('/tools/token-planner');
    expect(sitePath('/', '/')).toBe('/');
  });
});

describe('prefetchTargets', () => {
  it('gives a step its previous and next steps', () => {
    expect(prefetchTargets(step(4))).toEqual([step(3), step(5)]);
    expect(prefetchTargets(step(1))).toEqual([step(2)]);
    expect(prefetchTargets(step(10))).toEqual([step(9)]);
  });
  it('gives the home page step 1 and other pages nothing', () => {
    expect(prefetchTargets('/')).toEqual([step(1)]);
    expect(prefetchTargets(pages.permissions)).toEqual([]);
    expect(prefetchTargets(pages.concepts)).toEqual([]);
  });
});

describe('shouldPrefetch', () => {
  it('lets a step prefetch its neighbours, with or without a hash or base URL', () => {
    expect(shouldPrefetch(step(5), step(4), '/')).toBe(true);
    expect(shouldPrefetch(`${step(3)}#top`, `${step(4)}/`, '/')).toBe(true);
    expect(shouldPrefetch(`/site${step(2)}`, `/site${step(1)}`, '/site/')).toBe(true);
  });
  it('refuses everything else from a step', () => {
    expect(shouldPrefetch(step(7), step(4), '/')).toBe(false);
    for (const path of NOT_PREFETCHED) expect(shouldPrefetch(path, step(4), '/')).toBe(false);
    expect(shouldPrefetch(pages.permissions, step(4), '/')).toBe(false);
  });
});

describe('NOT_PREFETCHED', () => {
  it('lists the tools, the pages that embed one, and every generated index page', () => {
    for (const path of [
      pages.explorer,
      pages.configBuilder,
      pages.tokenPlanner,
      pages.troubleshooting,
      pages.concepts,
    ])
      expect(NOT_PREFETCHED).toContain(path);
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
