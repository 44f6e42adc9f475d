import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import {
  defaultSetup,
  fieldText,
  setupFields,
  validateSetupValue,
  type SetupField,
  type SetupValues,
} from '@site/src/lib/yourSetup/fields';
import { setupSummary } from '@site/src/lib/yourSetup/record';
import { detectSecret } from '@site/src/lib/secrets';
import { currentSetup, writeSetup } from './write';
import styles from './Editor.module.css';

type Errors = Partial<Record<SetupField, string>>;

function errorsOf(draft: SetupValues): Errors {
  const errors: Errors = {};
  for (const field of setupFields) {
    const message = validateSetupValue(field, draft[field]);
    if (message) errors[field] = message;
  }
  return errors;
}

/**
 * The "your setup" editor: a modal dialog with one field per value. Apply
 * stores the values only when every one is valid; a token-shaped value is
 * cleared from its field as it is typed and never reaches storage. Reset
 * restores the defaults. Loaded lazily by the navbar chip.
 *
 * @param open whether the dialog is shown
 * @param onClose called when the dialog closes (Close, Escape)
 */
export default function Editor({
  open,
  onClose,
}: {
  open: boolean;
  onClose: () => void;
}): ReactNode {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<SetupValues>(currentSetup);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setDraft(currentSetup());
      setErrors({});
      setStatus('');
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const change = (field: SetupField, value: string) => {
    if (detectSecret(value)) {
      // Refused: the token leaves the field at once; it is never stored.
      setDraft((d) => ({ ...d, [field]: '' }));
      setErrors((e) => ({ ...e, [field]: validateSetupValue(field, value) }));
      return;
    }
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const apply = () => {
    const found = errorsOf(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus('Nothing was applied: correct the fields marked above.');
      return;
    }
    const stored = writeSetup(draft);
    setStatus(
      stored
        ? `Applied: the guide's snippets now use ${setupSummary(draft)}.`
        : 'This browser refused to store the values (storage is blocked).',
    );
  };

  const reset = () => {
    writeSetup(defaultSetup);
    setDraft(defaultSetup);
    setErrors({});
    setStatus("Reset: the guide's snippets show the default values.");
  };

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={`${id}-title`}
      data-tool-ready="true"
      onClose={onClose}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <h2 id={`${id}-title`} className={styles.title}>
          Your setup
        </h2>
        <p className={styles.intro}>
          The guide&apos;s code blocks, check commands and GitHub links use these names. They stay
          in this browser; never enter a token or a key here.
        </p>
        {setupFields.map((field) => {
          const error = errors[field];
          return (
            <div key={field} className={styles.field}>
              <label htmlFor={`${id}-${field}`}>{fieldText[field].label}</label>
              <input
                id={`${id}-${field}`}
                name={field}
                value={draft[field]}
                autoComplete="off"
                spellCheck={false}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-${field}-hint${error ? ` ${id}-${field}-error` : ''}`}
                onChange={(event) => change(field, event.target.value)}
              />
              <small id={`${id}-${field}-hint`}>{fieldText[field].hint}</small>
              {error && (
                <small id={`${id}-${field}-error`} className={styles.error}>
                  {error}
                </small>
              )}
            </div>
          );
        })}
        <p className={styles.status} role="status">
          {status}
        </p>
        <div className={styles.actions}>
          <button type="submit" className="button button--primary button--sm">
            Apply
          </button>
          <button type="button" className="button button--secondary button--sm" onClick={reset}>
            Reset to defaults
          </button>
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => dialog.current?.close()}
          >
            Close
          </button>
        </div>
      </form>
    </dialog>
  );
}
