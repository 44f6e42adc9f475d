import React from 'react';
import { credentialTree } from '@site/src/data/credentialTree';
import { buildOutline, outlineAnchor } from '@site/src/lib/credentialTree/outline';
import OutcomeDetails from './OutcomeDetails';
import styles from './styles.module.css';

const outline = buildOutline(credentialTree);

/**
 * The whole credential tree as text (server-rendered, so it reads without
 * JavaScript): every question, numbered, with each answer pointing at the
 * next question or at an outcome, then every outcome in full. Generated from
 * `src/data/credentialTree.ts` like the diagram and the explorer.
 *
 * Uses `<h3>` headings: place it under an `##` heading in MDX.
 */
export default function CredentialTreeOutline(): React.JSX.Element {
  return (
    <div className={styles.outline}>
      <h3>Questions</h3>
      <ol className={styles.questions}>
        {outline.questions.map(({ number, question, answers }) => (
          <li key={question.id} id={outlineAnchor(question.id)}>
            <p className={styles.question}>
              <strong>Question {number}.</strong> {question.question}
            </p>
            <p>{question.help}</p>
            <ul>
              {answers.map(({ answer, target }) => (
                <li key={answer.id}>
                  {answer.label} →{' '}
                  <a href={`#${outlineAnchor(target.id)}`}>
                    {target.kind === 'question'
                      ? `question ${target.number}`
                      : `outcome: ${target.title}`}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h3>Outcomes</h3>
      <ul className={styles.outcomes}>
        {outline.outcomes.map((outcome) => (
          <li key={outcome.id} id={outlineAnchor(outcome.id)}>
            <p className={styles.outcomeTitle}>
              <strong>{outcome.title}</strong>
            </p>
            <OutcomeDetails outcome={outcome} />
          </li>
        ))}
      </ul>
    </div>
  );
}
