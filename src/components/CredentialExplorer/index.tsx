import React, { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { credentialTree, type TreeNode } from '@site/src/data/credentialTree';
import { diagramHighlight, toMermaid } from '@site/src/lib/credentialTree/mermaid';
import {
  parsePathSearch,
  resolvePath,
  serializePathSearch,
  type ResolvedPath,
} from '@site/src/lib/credentialTree/state';
import CredentialTreeDiagram from '@site/src/components/CredentialTreeDiagram';
import OutcomeDetails from '@site/src/components/CredentialTreeOutline/OutcomeDetails';
import styles from './styles.module.css';

const mermaidSource = toMermaid(credentialTree);

/**
 * Width ÷ height of the flowchart as Mermaid 11.17 lays out `mermaidSource`
 * (its SVG `viewBox`, 1250 × 1282, measured in Chromium): the diagram's box takes this
 * shape before Mermaid has drawn anything, so drawing it shifts nothing.
 * e2e/explorer.spec.ts fails when the drawn diagram no longer matches.
 */
const diagramAspectRatio = 1250 / 1282;

interface ExplorerState {
  readonly path: ResolvedPath;
  /** Why the URL's path was not used, if it was not. */
  readonly error?: string;
}

function rootState(error?: string): ExplorerState {
  const root = resolvePath(credentialTree, []);
  if (!root.ok) throw new Error(root.message); // The root always resolves; the unit tests prove it.
  return { path: root.path, error };
}

function stateFromLocation(): ExplorerState {
  const parsed = parsePathSearch(credentialTree, window.location.search);
  return parsed.ok ? { path: parsed.path } : rootState(parsed.message);
}

function describe(node: TreeNode, depth: number): string {
  return node.kind === 'question'
    ? `Step ${depth + 1}: ${node.question}`
    : `Outcome: ${node.title}`;
}

/**
 * The click-through credential explorer: one question at a time with its
 * answers as buttons, a trail of the answers given (choosing one goes back
 * there), a Restart control, the outcome in full, and the Mermaid diagram
 * with the path highlighted and the current node kept in view.
 *
 * Layout: where the explorer is at least 40rem wide, the question card sits
 * beside the diagram and both stay in view (sticky) while the page scrolls;
 * narrower, the card comes first and the diagram under it, fitted to the
 * width, with a full-screen view.
 *
 * State lives in the URL (`?path=<answer ids>`, see
 * `src/lib/credentialTree/state.ts`): each answer is a `history.pushState`,
 * so reload, shared links and Back/Forward work; a bad path shows a message
 * and starts at the root. The server renders the first question and the
 * diagram's empty box, so hydrating shifts nothing; the address is read
 * right after hydration (`data-tool-ready="true"` then). Without JavaScript
 * (`@media (scripting: none)`) the interactive part is hidden and a note
 * points at the text outline instead, which pages render with `<CredentialTreeOutline />`.
 *
 * Headings are `<h3>`: place it under an `##` heading in MDX.
 *
 * @param props.deferDiagram draw the flowchart (and load Mermaid) only when it
 *   comes near the viewport, for a page where it sits far below the fold (`/concepts`)
 */
export default function CredentialExplorer({
  deferDiagram = false,
}: {
  deferDiagram?: boolean;
}): React.JSX.Element {
  const [ready, setReady] = useState(false);
  return (
    // `data-requires-js`: the interactive part, which the no-JavaScript test leaves out
    // (its content is in the outline); see e2e/site.spec.ts.
    <section
      className={styles.explorer}
      aria-label="Credential explorer"
      data-requires-js
      data-tool="credential-explorer"
      data-tool-ready={ready ? 'true' : 'false'}
    >
      <p className={styles.noScript}>
        The interactive explorer needs JavaScript. Every question and outcome is written out below,
        under “The whole tree as text”.
      </p>
      <Explorer onReady={setReady} deferDiagram={deferDiagram} />
    </section>
  );
}

function Explorer({
  onReady,
  deferDiagram,
}: {
  onReady: (ready: true) => void;
  deferDiagram: boolean;
}): React.JSX.Element {
  // The server and hydration render the first question; the address is read right after.
  const [state, setState] = useState<ExplorerState>(() => rootState());
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusPending = useRef(false);
  const { steps, current } = state.path;

  useLayoutEffect(() => {
    const fromUrl = stateFromLocation();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the address exists only after hydration
    setState(fromUrl);
    onReady(true);
    // A link with a bad path: keep the message on screen, but drop the path
    // from the address so that a reload or a shared copy starts cleanly.
    if (fromUrl.error) {
      const search = serializePathSearch(window.location.search, []);
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
    }
  }, [onReady]);

  useEffect(() => {
    const onPopState = () => {
      const next = stateFromLocation();
      setState(next);
      setAnnouncement(describe(next.path.current, next.path.steps.length));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    headingRef.current?.focus();
  }, [state]);

  /** Moves to the node reached by `answerIds`, records it in history and moves focus. */
  const go = useCallback((answerIds: readonly string[]) => {
    const resolved = resolvePath(credentialTree, answerIds);
    if (!resolved.ok) return; // Buttons only offer valid answers.
    const search = serializePathSearch(window.location.search, answerIds);
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    window.history.pushState(window.history.state, '', url);
    focusPending.current = true;
    setState({ path: resolved.path });
    setAnnouncement(describe(resolved.path.current, resolved.path.steps.length));
  }, []);

  const answerIds = useMemo(() => steps.map((s) => s.answer.id), [steps]);
  const highlight = useMemo(() => diagramHighlight(steps, current.id), [steps, current.id]);

  return (
    <div className={styles.layout}>
      <div className={styles.panel} data-current-node={current.id}>
        {state.error && (
          <div className="alert alert--warning" role="alert">
            {state.error} Starting again from the first question.
          </div>
        )}
        {steps.length > 0 && (
          <nav aria-label="Your answers so far" className={styles.trail}>
            <p className={styles.trailTitle}>Your answers so far (choose one to change it):</p>
            <ol>
              {steps.map((step, index) => (
                <li key={step.question.id}>
                  <button
                    type="button"
                    className={styles.trailButton}
                    onClick={() => go(answerIds.slice(0, index))}
                    aria-label={`Change your answer to “${step.question.question}” (you answered: ${step.answer.label})`}
                  >
                    <span className={styles.trailQuestion}>{step.question.diagramLabel}</span>{' '}
                    <span className={styles.trailAnswer}>{step.answer.label}</span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>
        )}

        {current.kind === 'question' ? (
          <div className={styles.card}>
            <h3
              ref={headingRef}
              tabIndex={-1}
              id="credential-explorer-question"
              className={styles.heading}
            >
              <span className={styles.kicker}>Step {steps.length + 1}</span> {current.question}
            </h3>
            <p>{current.help}</p>
            <div
              role="group"
              aria-labelledby="credential-explorer-question"
              className={styles.answers}
            >
              {current.answers.map((answer) => (
                <button
                  key={answer.id}
                  type="button"
                  className="button button--primary button--outline"
                  data-answer={answer.id}
                  onClick={() => go([...answerIds, answer.id])}
                >
                  {answer.label}
                </button>
              ))}
            </div>
          </div>
        ) : (
          <div className={styles.card}>
            <h3 ref={headingRef} tabIndex={-1} className={styles.heading}>
              <span className={styles.kicker}>Outcome</span> {current.title}
            </h3>
            <OutcomeDetails outcome={current} />
          </div>
        )}

        <div className={styles.controls}>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => go([])}
            disabled={steps.length === 0 && !state.error}
          >
            Restart
          </button>
        </div>
        <div className="visually-hidden" aria-live="polite" aria-atomic="true">
          {announcement}
        </div>
      </div>
      <CredentialTreeDiagram
        className={styles.diagram}
        deferUntilNear={deferDiagram}
        source={mermaidSource}
        highlight={highlight}
        aspectRatio={diagramAspectRatio}
        caption="The same decision tree as a flowchart. The path you took has thick outlines and underlined answers; the current step also has a dashed outline."
      />
    </div>
  );
}
