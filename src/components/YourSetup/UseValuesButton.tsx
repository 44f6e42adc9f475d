import { useState, type ReactNode } from 'react';
import { fieldText, type SetupField } from '@site/src/lib/yourSetup/fields';
import { mergeSetup, setupSummary } from '@site/src/lib/yourSetup/record';
import { currentSetup, writeSetup } from './write';

/**
 * "Use these values across the guide": hands a tool's names (the builder's,
 * the planner's) to "your setup", which every guide step's snippets read.
 * Only valid values are taken (`mergeSetup`); the status line says which
 * fields changed, or why nothing did.
 *
 * @param values the tool's names, absent when unknown or still an example
 * @param disabledReason when set, the button is off and this says why
 */
export default function UseValuesButton({
  values,
  disabledReason,
}: {
  values: Partial<Record<SetupField, string | undefined>>;
  disabledReason?: string;
}): ReactNode {
  const [message, setMessage] = useState('');
  const nothing = Object.values(values).every((v) => v === undefined);
  const reason = disabledReason ?? (nothing ? 'Fill in your own names first.' : undefined);
  return (
    <div data-your-setup-handover="">
      <button
        type="button"
        className="button button--secondary button--sm"
        disabled={reason !== undefined}
        onClick={() => {
          const { values: next, changed } = mergeSetup(currentSetup(), values);
          if (changed.length === 0) {
            setMessage('The guide already uses these values.');
            return;
          }
          writeSetup(next);
          const names = changed.map((f) => fieldText[f].label.toLowerCase()).join(', ');
          setMessage(
            `The guide's snippets now use ${setupSummary(next)} (changed: ${names}). Change or reset them with “Your setup” in the navbar.`,
          );
        }}
      >
        Use these values across the guide
      </button>{' '}
      <span role="status">{reason ?? message}</span>
    </div>
  );
}
