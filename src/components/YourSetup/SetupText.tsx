import type { ReactNode } from 'react';
import type { SetupField } from '@site/src/lib/yourSetup/defaults';
import { useSetup } from './store';

/**
 * One "your setup" value inline in prose (`<SetupText name="org" />`): the
 * default in the static HTML, the reader's value after hydration.
 */
export default function SetupText({ name }: { name: SetupField }): ReactNode {
  return useSetup()[name];
}
