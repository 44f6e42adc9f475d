/**
 * Presentation of troubleshooting data as plain values (text and links), shared
 * by the troubleshooting page, the error lookup and the credential explorer.
 * Pure: no React, no DOM.
 */
import { guideStep } from '../../data/guideSteps';
import type {
  Printer,
  Source,
  StepRef,
  TroubleArea,
  TroubleshootingEntry,
} from '../../data/troubleshooting/types';
import { parsePattern } from './pattern';

/**
 * A message pattern as readers see it: each `{name}` variable shown as `<name>`,
 * `{{`/`}}` as literal braces.
 * @throws PatternError for an invalid pattern (the data's unit tests prevent it).
 */
export function displayPattern(pattern: string): string {
  const { literals, variables } = parsePattern(pattern);
  return literals.reduce(
    (out, literal, i) => out + literal + (i < variables.length ? `<${variables[i]}>` : ''),
    '',
  );
}

/** A link with its text. */
export interface PlainLink {
  readonly href: string;
  readonly label: string;
}

/**
 * Where a source can be read, and how to name it.
 * - issue, pull, discussion: the GitHub thread (`backstage/backstage#25043`);
 * - package: the file in the published version on npm's code view is not
 *   linkable, so the link goes to the package version on npm and the label names the file;
 * - docs: the page.
 */
export function sourceLink(source: Source): PlainLink {
  switch (source.kind) {
    case 'issue':
    case 'pull':
    case 'discussion': {
      const path = { issue: 'issues', pull: 'pull', discussion: 'discussions' }[source.kind];
      const what = { issue: 'Issue', pull: 'Pull request', discussion: 'Discussion' }[source.kind];
      return {
        href: `https://github.com/${source.repo}/${path}/${source.number}`,
        label: `${what} ${source.repo}#${source.number}${source.note ? `: ${source.note}` : ''}`,
      };
    }
    case 'package':
      return {
        href: `https://www.npmjs.com/package/${source.package}/v/${source.version}`,
        label: `${source.package}@${source.version}, ${source.file}`,
      };
    case 'docs':
      return { href: source.url, label: source.title };
  }
}

/** Who prints a message, in words. */
export function printerLabel(printer: Printer): string {
  switch (printer.kind) {
    case 'package':
      return `${printer.package}@${printer.version} (${printer.file})`;
    case 'github':
      return `GitHub: ${printer.surface}`;
    case 'node':
      return `Node.js: ${printer.surface}`;
    case 'browser':
      return `The browser: ${printer.surface}`;
  }
}

/**
 * The guide step that prevents a problem, as a link.
 * @throws RangeError for a step that does not exist (the data's unit tests prevent it).
 */
export function stepLink(ref: StepRef): PlainLink {
  const step = guideStep(ref.step);
  return {
    href: ref.anchor ? `${step.path}#${ref.anchor}` : step.path,
    label: `Step ${step.number}: ${step.title}`,
  };
}

/** A table-of-contents item as Docusaurus expects it (`value` is HTML). */
export interface TocItem {
  readonly value: string;
  readonly id: string;
  readonly level: number;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The troubleshooting page's table of contents: the lookup, then one item per
 * area (h2 only; the entries' h3 headings would make it hundreds of lines).
 */
export function troubleshootingToc(
  lookup: { readonly id: string; readonly title: string },
  areas: ReadonlyArray<{ readonly area: TroubleArea; readonly title: string }>,
): TocItem[] {
  return [
    { value: escapeHtml(lookup.title), id: lookup.id, level: 2 },
    ...areas.map(({ area, title }) => ({ value: escapeHtml(title), id: area, level: 2 })),
  ];
}

/**
 * Entries grouped by area in the given order, areas without entries left out.
 */
export function entriesByArea<E extends Pick<TroubleshootingEntry, 'area'>>(
  areas: ReadonlyArray<{ readonly area: TroubleArea; readonly title: string }>,
  entries: readonly E[],
): Array<{ area: TroubleArea; title: string; entries: E[] }> {
  return areas
    .map(({ area, title }) => ({ area, title, entries: entries.filter((e) => e.area === area) }))
    .filter((group) => group.entries.length > 0);
}
