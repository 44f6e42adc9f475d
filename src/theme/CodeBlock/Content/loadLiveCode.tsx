import { lazy, Suspense, type ReactNode } from 'react';
import type { PreProps } from './parts';

const Lazy = lazy(() => import('./LiveCode'));

/**
 * In the browser, `./LiveCode` (and with it Prism) is a chunk of its own,
 * fetched the first time a block is highlighted live; until then `fallback`
 * shows. The server bundle uses `./loadLiveCode.server.tsx` instead
 * (`src/plugins/slimPrism.ts`): no lazy component and no Suspense boundary
 * there, so the static HTML carries the highlighted lines inline (React's
 * streaming renderer would send a large boundary as a fallback plus a script).
 *
 * @param props.fallback what to show while the chunk loads
 */
export function LiveCode({ fallback, ...props }: PreProps & { fallback: ReactNode }): ReactNode {
  return (
    <Suspense fallback={fallback}>
      <Lazy {...props} />
    </Suspense>
  );
}
