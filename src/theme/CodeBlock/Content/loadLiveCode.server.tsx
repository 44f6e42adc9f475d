import type { ReactNode } from 'react';
import Live from './LiveCode';
import type { PreProps } from './parts';

/**
 * The server bundle's `./loadLiveCode`: `./LiveCode` rendered directly, in
 * one pass, with no Suspense boundary (see `./loadLiveCode.tsx`).
 */
export function LiveCode({
  fallback: _fallback,
  ...props
}: PreProps & { fallback: unknown }): ReactNode {
  return <Live {...props} />;
}
