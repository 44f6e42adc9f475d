import React, { useId, type ReactNode } from 'react';
import styles from './styles.module.css';

/**
 * Form controls shared by the planner's sections: a text field with its hint
 * and message, a checkbox with a hint, and a radio button. Render-only.
 */

/** The DOM id of a planner field, so the summary can move focus to a field to fix. */
export const fieldDomId = (base: string, field: string): string => `${base}-${field}`;

export interface TextInputProps {
  readonly id: string;
  readonly label: string;
  /** A short line under the label, read as the field's description. */
  readonly hint?: string;
  readonly value: string;
  /** The field's message; marks it invalid when present. */
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'url' | 'number';
  /** Extra attributes of the `<input>` (e.g. min, max, maxLength, disabled). */
  readonly inputProps?: React.InputHTMLAttributes<HTMLInputElement>;
  readonly className?: string;
}

/** A labelled `<input>` with an optional hint and its validation message. */
export function TextInput(props: TextInputProps): React.JSX.Element {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const describedBy =
    [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <label className={styles.field} htmlFor={props.id}>
        {props.label}
      </label>
      {props.hint && (
        <span id={hintId} className={styles.hint}>
          {props.hint}
        </span>
      )}
      <input
        id={props.id}
        className={props.className ?? styles.text}
        type={props.type ?? 'text'}
        autoComplete="off"
        spellCheck={false}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        {...props.inputProps}
      />
      <FieldError id={errorId} message={props.error} />
    </>
  );
}

/** A field's message, or nothing. */
export function FieldError(props: {
  readonly id: string;
  readonly message: string | undefined;
}): React.JSX.Element | null {
  return props.message ? (
    <p id={props.id} className={styles.error}>
      {props.message}
    </p>
  ) : null;
}

/** A checkbox with its label and an optional hint under it. */
export function Checkbox(props: {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly name?: string;
  readonly value?: string;
}): React.JSX.Element {
  const hintId = `${props.id}-hint`;
  return (
    <div className={styles.check}>
      <input
        type="checkbox"
        id={props.id}
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
        aria-describedby={props.hint ? hintId : undefined}
      />
      <div>
        <label htmlFor={props.id}>{props.label}</label>
        {props.hint && (
          <span id={hintId} className={styles.hint}>
            {props.hint}
          </span>
        )}
      </div>
    </div>
  );
}

/** One radio button of a group named `name`. */
export function Radio(props: {
  readonly name: string;
  readonly checked: boolean;
  readonly onChange: () => void;
  readonly label: string;
}): React.JSX.Element {
  const id = useId();
  return (
    <div className={styles.check}>
      <input
        type="radio"
        id={id}
        name={props.name}
        checked={props.checked}
        onChange={props.onChange}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}
