import React, { useEffect, useId, useRef, useState } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { maskSecrets, secretKindLabel, type SecretKind } from '@site/src/lib/secrets';
import type { LookupResult } from '@site/src/lib/troubleshooting/lookup';
import Results from './Results';
import styles from './styles.module.css';

type Lookup = (text: string) => LookupResult;

/** How long typing must pause before the text is looked up. */
const DEBOUNCE_MS = 150;

/**
 * The error lookup (`data-tool="error-lookup"`): a textarea where the reader
 * pastes an error message, a log line, a JSON log record or a stack trace, and
 * the troubleshooting entries that explain it, ranked live.
 *
 * - The matcher and the entries' patterns load with a dynamic `import()` when
 *   the reader first focuses or types, so they stay out of the main bundle.
 * - Token-shaped values and PEM keys are masked in the textarea as soon as they
 *   are typed (`maskSecrets`), with an alert to revoke them.
 * - The text lives only in this component's state: never stored, never put in
 *   the URL, never sent anywhere.
 *
 * `data-tool-ready="true"` is set after mount; the textarea is read-only before.
 */
export default function ErrorLookup(): React.JSX.Element {
  const id = useId();
  const ready = useIsBrowser();
  const [text, setText] = useState('');
  const [secrets, setSecrets] = useState<readonly SecretKind[]>([]);
  const [result, setResult] = useState<LookupResult | undefined>();
  const [lookup, setLookup] = useState<Lookup | undefined>();
  const loading = useRef(false);

  const load = () => {
    if (loading.current) return;
    loading.current = true;
    void import('./matcher').then((m) => setLookup(() => m.lookup));
  };

  useEffect(() => {
    if (!lookup || text.trim() === '') return undefined;
    const timer = setTimeout(() => setResult(lookup(text)), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, lookup]);

  const onChange = (value: string) => {
    load();
    const masked = maskSecrets(value);
    if (masked.found.length > 0) {
      setSecrets((previous) => [...new Set([...previous, ...masked.found])]);
    } else if (value.trim() === '') {
      setSecrets([]);
    }
    setText(masked.text);
  };

  return (
    <div
      className={styles.lookup}
      data-tool="error-lookup"
      data-tool-ready={ready ? 'true' : 'false'}
    >
      <label htmlFor={`${id}-text`} className={styles.label}>
        Paste an error message, a log line, a JSON log record or a stack trace
      </label>
      <textarea
        id={`${id}-text`}
        className={styles.textarea}
        rows={6}
        value={text}
        readOnly={!ready}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={`${id}-privacy`}
        onFocus={load}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-privacy`} className={styles.privacy}>
        The text stays in this browser tab: it is not stored, not put in the page address and not
        sent anywhere.
      </p>
      {secrets.length > 0 ? (
        <div role="alert" className="alert alert--danger">
          <strong>Revoke this secret now.</strong> The text contained{' '}
          {secrets.map((kind) => secretKindLabel[kind]).join(' and ')}. Anything pasted into a web
          page may already be exposed: revoke it in GitHub and create a new one. It has been masked
          in the box above.
        </div>
      ) : null}
      <div aria-live="polite" className={styles.results}>
        {result && text.trim() !== '' ? <Results result={result} /> : null}
      </div>
    </div>
  );
}
