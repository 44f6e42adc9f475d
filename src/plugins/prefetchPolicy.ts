import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

/**
 * Adds the client module that keeps Docusaurus from prefetching the routes of
 * `src/lib/prefetchPolicy.ts` (tool pages, the troubleshooting lookup, the
 * generated `/guide` index). `e2e/budget.spec.ts` checks what a guide step prefetches.
 */
export default function prefetchPolicyPlugin(): Plugin {
  return {
    name: 'prefetch-policy',
    getClientModules() {
      return [join(__dirname, 'prefetchPolicyClient.ts')];
    },
  };
}
