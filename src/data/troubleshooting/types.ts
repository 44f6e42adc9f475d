/**
 * The troubleshooting catalogue's data model. Every entry is plain data (no
 * React, no DOM): the troubleshooting page, the error lookup and the credential
 * explorer's "fails" outcomes all render from it, and the real-backend test
 * suite (`backstage-tests/`) compares the messages Backstage really prints with
 * the `pattern`s here.
 */

/**
 * Inline rich text. Plain text in which exactly three forms are interpreted:
 * - `` `code` `` (a code span; no nesting),
 * - `**bold**`,
 * - `[label](target)`, where `target` is a site path (`/guide/github-app#check-that-it-works`,
 *   `/reference/config-keys#integrations-github`, `/troubleshooting#some-entry`) or an
 *   `https://` URL.
 * Nothing else (no HTML, no headings, no lists). Site paths are checked by unit tests.
 */
export type RichText = string;

/** The part of a Backstage × GitHub setup an entry belongs to; one data file per area. */
export type TroubleArea =
  | 'sign-in'
  | 'github-app'
  | 'config'
  | 'tokens'
  | 'catalog'
  | 'scaffolder'
  | 'network'
  | 'rate-limits';

/** Who prints a message. */
export type Printer =
  /** A Backstage (or other npm) package: the file in its published tarball that builds the text. */
  | {
      readonly kind: 'package';
      readonly package: string;
      readonly version: string;
      readonly file: string;
    }
  /** GitHub itself: an API response body, the OAuth pages, the web UI. */
  | { readonly kind: 'github'; readonly surface: string }
  /** Node.js or its HTTP client (undici), e.g. TLS and DNS errors. */
  | { readonly kind: 'node'; readonly surface: string }
  /** The browser (console, popup). */
  | { readonly kind: 'browser'; readonly surface: string };

/** One message as it is printed. */
export interface TroubleMessage {
  /**
   * The message exactly as printed, each variable part written as `{name}`
   * (`{owner}`, `{repo}`, `{host}`, `{url}`, `{appId}`, `{org}`, `{env}`, `{count}`,
   * `{login}`, `{provider}`, `{key}`, `{path}`, `{status}`, …). A literal brace is
   * written `{{` or `}}`. Compiled by `src/lib/troubleshooting/pattern.ts`.
   * Quote the message itself, not the log prefix around it (no timestamps, logger
   * names or error class prefixes such as `NotFoundError:` unless they are part of
   * the text a reader searches for).
   */
  readonly pattern: string;
  /**
   * Real instances with concrete values, as a reader would paste them (taken
   * from the source thread where one quotes it). At least one; each must match
   * `pattern`.
   */
  readonly examples: readonly string[];
  readonly printedBy: Printer;
  /** Which releases print this wording, when it changed between releases, e.g. `plugin-auth-backend 0.24 and later (Backstage 1.29+)`. */
  readonly versions?: string;
}

/** One cause, with its fix. */
export interface TroubleCause {
  readonly cause: RichText;
  readonly fix: RichText;
}

/** Where a fact comes from. */
export type Source =
  | {
      readonly kind: 'issue' | 'pull' | 'discussion';
      /** `owner/name`, usually `backstage/backstage`. */
      readonly repo: string;
      readonly number: number;
      /** What this thread adds, e.g. "a maintainer explains the cause". */
      readonly note?: string;
    }
  | {
      readonly kind: 'package';
      readonly package: string;
      readonly version: string;
      readonly file: string;
    }
  | { readonly kind: 'docs'; readonly url: string; readonly title: string };

/** A guide step that prevents the problem (see `src/data/guideSteps.ts`). */
export interface StepRef {
  readonly step: number;
  /** A heading id in that step's MDX file, without `#`. */
  readonly anchor?: string;
}

/** One problem a reader can hit. */
export interface TroubleshootingEntry {
  /** Kebab-case, unique, stable: the anchor on `/troubleshooting` and the id tests and other data refer to. */
  readonly id: string;
  /** Short heading, e.g. "No app installation found". */
  readonly title: string;
  /**
   * `message`: something is printed (at least one `messages` entry).
   * `symptom`: nothing useful is printed (discovery imports nothing, users have no
   * email); describe it in `symptoms`.
   */
  readonly kind: 'message' | 'symptom';
  readonly messages: readonly TroubleMessage[];
  /** How readers describe a silent failure in their own words, for the lookup (e.g. "discovery ran but imported nothing"). */
  readonly symptoms?: readonly string[];
  /** Where it shows up: "Backend log", "Sign-in page", "Template run log", "GitHub's authorization page", … */
  readonly where: string;
  readonly area: TroubleArea;
  /** Most likely first; at least one. */
  readonly causes: readonly TroubleCause[];
  /** At least one guide step. */
  readonly preventedBy: readonly StepRef[];
  /** The Backstage releases the entry applies to, e.g. "Backstage 1.24 and later", "all releases". */
  readonly appliesTo: string;
  /**
   * At least one. A `message` entry names at least one issue, pull request or
   * discussion where someone hit it, or a `package` source for the file that
   * prints it when it is `reproduced`.
   */
  readonly sources: readonly Source[];
  /**
   * Set when the real-backend suite (`backstage-tests/`) provokes the message and
   * compares it with `messages[*].pattern`: the Backstage release it ran and the
   * test's name. A unit test checks that the named test exists.
   */
  readonly reproduced?: { readonly backstage: string; readonly test: string };
  /** Ids of related entries. */
  readonly related?: readonly string[];
}
