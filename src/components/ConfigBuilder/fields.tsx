import React, { useState } from 'react';
import { detectSecret, secretWarning } from '@site/src/lib/secrets';
import styles from './styles.module.css';

/**
 * Form controls for the app-config builder. Every text control refuses a
 * value that looks like a secret: the value is never passed on (so it never
 * reaches the state, the output, the URL or storage) and a warning is shown
 * next to the field.
 */

/** Shared props of the labelled controls. */
interface FieldBase {
  /** DOM id of the control; errors and hints get `<id>-error` / `<id>-hint`. */
  id: string;
  label: string;
  hint?: React.ReactNode;
  /** Validation messages for this field (from `validateState`). */
  errors?: readonly string[];
  /** "Still to fill in": the field holds an example value (from `fieldMessages`). */
  todo?: string;
}

function describedBy(
  id: string,
  hint: boolean,
  errors: boolean,
  secret: boolean,
  todo: boolean,
): string | undefined {
  const ids = [
    hint && `${id}-hint`,
    todo && `${id}-todo`,
    errors && `${id}-error`,
    secret && `${id}-secret`,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Messages({
  id,
  hint,
  errors,
  secret,
  todo,
}: {
  id: string;
  hint?: React.ReactNode;
  errors?: readonly string[];
  secret?: string;
  todo?: string;
}): React.JSX.Element {
  return (
    <>
      {hint !== undefined && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {todo !== undefined && (
        <p id={`${id}-todo`} className={styles.todo}>
          <strong>Still to fill in:</strong> {todo}
        </p>
      )}
      {secret !== undefined && (
        <p id={`${id}-secret`} className={styles.secret} role="alert">
          {secret}
        </p>
      )}
      {errors !== undefined && errors.length > 0 && (
        <p id={`${id}-error`} className={styles.error}>
          {errors.join(' ')}
        </p>
      )}
    </>
  );
}

/**
 * A text input. `onChange` receives the new value only when it does not look
 * like a secret; otherwise the input keeps its previous value and says why.
 */
export function TextField({
  id,
  label,
  hint,
  errors,
  todo,
  value,
  onChange,
  placeholder,
  inputMode,
  spellCheck = false,
}: FieldBase & {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  inputMode?: 'text' | 'numeric' | 'url';
  spellCheck?: boolean;
}): React.JSX.Element {
  const [secret, setSecret] = useState<string | undefined>();
  const invalid = errors !== undefined && errors.length > 0;
  return (
    <div className={styles.field} data-todo={todo !== undefined ? 'true' : undefined}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={id}
        type="text"
        value={value}
        placeholder={placeholder}
        inputMode={inputMode}
        spellCheck={spellCheck}
        autoComplete="off"
        aria-invalid={invalid || secret !== undefined ? true : undefined}
        aria-describedby={describedBy(
          id,
          hint !== undefined,
          invalid,
          secret !== undefined,
          todo !== undefined,
        )}
        onChange={(event) => {
          const next = event.target.value;
          const kind = detectSecret(next);
          if (kind) {
            setSecret(secretWarning(kind));
            return;
          }
          setSecret(undefined);
          onChange(next);
        }}
      />
      <Messages id={id} hint={hint} errors={errors} secret={secret} todo={todo} />
    </div>
  );
}

/** Splits a typed list on commas, spaces and line breaks, dropping empty items. */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * A comma-separated list in one text input. Keeps the typed text locally (so
 * a trailing comma survives while typing) and reports the parsed list.
 * Remount it (change its `key`) to load a new value.
 */
export function ListField({
  value,
  onChange,
  ...rest
}: FieldBase & {
  value: readonly string[];
  onChange: (value: string[]) => void;
  placeholder?: string;
}): React.JSX.Element {
  const [text, setText] = useState(value.join(', '));
  return (
    <TextField
      {...rest}
      value={text}
      onChange={(next) => {
        setText(next);
        onChange(splitList(next));
      }}
    />
  );
}

/** Parses whole minutes typed as text; anything else becomes 0 (reported by validation). */
export function parseMinutes(text: string): number {
  return /^\s*\d{1,7}\s*$/.test(text) ? Number(text) : 0;
}

/** A whole-minutes field, kept as text locally so an invalid entry stays visible. */
export function MinutesField({
  value,
  onChange,
  ...rest
}: FieldBase & { value: number; onChange: (value: number) => void }): React.JSX.Element {
  const [text, setText] = useState(value > 0 ? String(value) : '');
  return (
    <TextField
      {...rest}
      inputMode="numeric"
      value={text}
      onChange={(next) => {
        setText(next);
        onChange(parseMinutes(next));
      }}
    />
  );
}

/** A checkbox with its label. */
export function CheckboxField({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}): React.JSX.Element {
  return (
    <div className={styles.check}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint !== undefined ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** A group of radio buttons in a fieldset with a legend. */
export function RadioGroup<T extends string>({
  id,
  legend,
  value,
  options,
  onChange,
}: {
  id: string;
  legend: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string; hint?: string }>;
  onChange: (value: T) => void;
}): React.JSX.Element {
  return (
    <fieldset className={styles.radios}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <div key={option.value} className={styles.check}>
          <input
            id={`${id}-${option.value}`}
            type="radio"
            name={id}
            value={option.value}
            checked={value === option.value}
            aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
            onChange={() => onChange(option.value)}
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          {option.hint && (
            <p id={`${id}-${option.value}-hint`} className={styles.hint}>
              {option.hint}
            </p>
          )}
        </div>
      ))}
    </fieldset>
  );
}

/** Group-level errors (e.g. "add at least one App"), shown under a fieldset legend. */
export function GroupErrors({
  id,
  errors,
}: {
  id: string;
  errors?: readonly string[];
}): React.JSX.Element | null {
  if (!errors || errors.length === 0) return null;
  return (
    <p id={id} className={styles.error}>
      {errors.join(' ')}
    </p>
  );
}
