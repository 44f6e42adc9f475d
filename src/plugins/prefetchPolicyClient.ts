import siteConfig from '@generated/docusaurus.config';
import { shouldPrefetch } from '../lib/prefetchPolicy';

/**
 * Client module: replaces `window.docusaurus` (a frozen object that Docusaurus's
 * client entry sets after client modules load) with a copy whose `prefetch`
 * prefetches only what `shouldPrefetch` allows from the current page. Done at the first route event, before
 * any link's visibility callback runs; `Link` reads `window.docusaurus` on each call.
 */
interface Docusaurus {
  prefetch: (routePath: string) => false | Promise<unknown>;
  preload: (routePath: string) => false | Promise<unknown>;
}

const wrapped = new WeakSet<Docusaurus>();

function wrapPrefetch(): void {
  const w = window as unknown as { docusaurus?: Docusaurus };
  const original = w.docusaurus;
  if (!original || wrapped.has(original)) return;
  const replacement: Docusaurus = Object.freeze({
    ...original,
    prefetch: (routePath: string) =>
      shouldPrefetch(routePath, window.location.pathname, siteConfig.baseUrl)
        ? original.prefetch(routePath)
        : false,
  });
  wrapped.add(replacement);
  w.docusaurus = replacement;
}

export function onRouteUpdate(): void {
  wrapPrefetch();
}

export function onRouteDidUpdate(): void {
  wrapPrefetch();
}
