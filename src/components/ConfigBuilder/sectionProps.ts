import type { Dispatch } from 'react';
import type { BuilderAction, BuilderState } from '@site/src/lib/configBuilder';

/** What every form section gets from the builder. */
export interface SectionProps {
  /** DOM id prefix of this builder's fields (see `fieldId`). */
  prefix: string;
  form: BuilderState;
  dispatch: Dispatch<BuilderAction>;
  errorsFor: (field: string) => string[];
  todoFor: (field: string) => string | undefined;
  /** Changes when fields that keep typed text locally must reload (use in their `key`). */
  generation: number;
}
