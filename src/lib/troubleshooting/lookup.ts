/**
 * The error lookup's matcher: takes any pasted text (a message, a log line, a
 * JSON log record, a stack trace, thousands of lines) and ranks the
 * troubleshooting entries that explain it. Pure: no React, no DOM, no I/O;
 * the pasted text never leaves the function.
 *
 * 1. Secrets first: token-shaped values and PEM keys are masked
 *    (`maskSecrets` in `src/lib/secrets.ts`), and only the masked text is used.
 * 2. Normalise: JSON records give their `message`/`error`/`stack` fields; `\"`
 *    and `\n` are unescaped; timestamps, log levels, logger and plugin
 *    prefixes, error class prefixes (`NotFoundError:`) and stack frames are
 *    stripped; whitespace and line breaks collapse to single spaces.
 * 3. Match every entry's message patterns (`pattern.ts`) in the text: these are
 *    exact matches, ranked first (a pattern that is the whole text, then longer
 *    literal text first, since it is more specific).
 * 4. Then near misses: an IDF-weighted share of a message's (or symptom's, or
 *    title's) words found in the text.
 */
import type { TroubleshootingEntry } from '../../data/troubleshooting/types';
import { maskSecrets, type SecretKind } from '../secrets';
import { compilePattern } from './pattern';

/** One ranked entry. */
export interface LookupHit {
  readonly entry: TroubleshootingEntry;
  /** `exact`: one of the entry's patterns occurs in the text; `similar`: enough of its words do. */
  readonly kind: 'exact' | 'similar';
  /** The entry's message pattern (or symptom, or title) that matched best. */
  readonly matched: string;
  /** For `exact`, the part of the (normalised, masked) text the pattern matched. */
  readonly matchedText?: string;
  /** 0..1: the weighted share of the matched message's words found in the text. */
  readonly similarity: number;
}

/** What the lookup found. */
export interface LookupResult {
  /** True when the text held a token-shaped value or a PEM private key. */
  readonly secretFound: boolean;
  readonly secretKinds: readonly SecretKind[];
  /** The text with every secret masked (equal to the input when `secretFound` is false). */
  readonly maskedText: string;
  /** The normalised text the patterns were matched against. */
  readonly normalised: string;
  /** Exact matches first, then near misses; at most {@link MAX_HITS}. */
  readonly hits: readonly LookupHit[];
  /** True when there is text but no hit. */
  readonly noMatch: boolean;
  /** When `noMatch`: up to three entries with the highest similarity (may be fewer, or none). */
  readonly closest: readonly LookupHit[];
}

/** The most hits returned. */
export const MAX_HITS = 8;
/** The similarity from which an entry is a near miss. */
export const SIMILAR_THRESHOLD = 0.62;
/** Texts longer than this are cut (a guard for a pasted file, not a limit readers reach). */
export const MAX_INPUT_CHARS = 500_000;

const STOPWORDS = new Set(
  'the a an of to for in is are was be been and or with this that it its on at by as from into your you can could may might will when not but has have had if then than there their'.split(
    ' ',
  ),
);

/** Lower-case words of two or more letters or digits, without stopwords. */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []).filter((t) => !STOPWORDS.has(t));
}

interface IndexedMessage {
  readonly text: string;
  readonly tokens: ReadonlySet<string>;
  /** Only for patterns. */
  readonly regex?: RegExp;
  readonly exact?: RegExp;
  readonly literalLength?: number;
  /** Text the candidate must contain before the expression is tried. */
  readonly required?: string;
}

interface IndexedEntry {
  readonly entry: TroubleshootingEntry;
  readonly messages: readonly IndexedMessage[];
}

/** A compiled lookup over a set of entries (build once, query many times). */
export interface LookupIndex {
  readonly entries: readonly IndexedEntry[];
  readonly idf: ReadonlyMap<string, number>;
}

/** The longest a variable's value may be when searching a long text (keeps the search linear). */
const MAX_VARIABLE_CHARS = 300;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A search expression for a pattern inside a long text: like `compilePattern`'s
 * `within`, but a variable that starts the pattern is one run of non-space
 * characters, other variables are at most {@link MAX_VARIABLE_CHARS} long, and
 * literal text that starts or ends with a word character must sit on a word
 * boundary. `required` is the longest literal, checked with `includes` first.
 */
function searchExpression(pattern: string): {
  regex: RegExp;
  exact: RegExp;
  literalLength: number;
  required: string;
} {
  const compiled = compilePattern(pattern);
  const { literals, variables } = compiled;
  let source = '';
  const first = literals[0] ?? '';
  if (first === '') source += '(?<!\\S)(\\S+)';
  else source += (/^\w/.test(first) ? '(?<!\\w)' : '') + escapeRegExp(first);
  variables.forEach((_, i) => {
    if (i > 0 || first !== '') {
      const last = i === variables.length - 1 && literals[i + 1] === '';
      source += last ? `(.{1,${MAX_VARIABLE_CHARS}})` : `(.{1,${MAX_VARIABLE_CHARS}}?)`;
    }
    source += escapeRegExp(literals[i + 1] ?? '');
  });
  if (/\w$/.test(literals.at(-1) ?? '')) source += '(?!\\w)';
  const required = literals.reduce((a, b) => (b.length > a.length ? b : a), '');
  return {
    regex: new RegExp(source, 's'),
    exact: compiled.exact,
    literalLength: literals.join('').trim().length,
    required,
  };
}

/** A symptom quoted verbatim (any case, any whitespace) counts as an exact match. */
function symptomRegex(symptom: string): {
  regex: RegExp;
  exact: RegExp;
  literalLength: number;
  required: string;
} {
  const source = symptom
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return {
    regex: new RegExp(`(?<!\\w)${source}(?!\\w)`, 'i'),
    exact: new RegExp(`^${source}$`, 'i'),
    literalLength: symptom.trim().length,
    required: '',
  };
}

/**
 * Builds the index: compiles every pattern and weighs every word.
 * @throws PatternError for an invalid pattern (the data's unit tests prevent it).
 */
export function buildLookupIndex(entries: readonly TroubleshootingEntry[]): LookupIndex {
  const indexed: IndexedEntry[] = entries.map((entry) => ({
    entry,
    messages: [
      ...entry.messages.map((m) => {
        const literalText = compilePattern(m.pattern).literals.join(' ');
        return {
          text: m.pattern,
          tokens: new Set(tokenize(literalText)),
          ...searchExpression(m.pattern),
        };
      }),
      ...(entry.symptoms ?? []).map((s) => ({
        text: s,
        tokens: new Set(tokenize(s)),
        ...symptomRegex(s),
      })),
      { text: entry.title, tokens: new Set(tokenize(entry.title)) },
    ],
  }));
  // Document frequency per entry (a word every entry uses says little).
  const df = new Map<string, number>();
  for (const { messages } of indexed) {
    const words = new Set(messages.flatMap((m) => [...m.tokens]));
    for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [w, n] of df) idf.set(w, Math.log(1 + indexed.length / n));
  return { entries: indexed, idf };
}

const TIMESTAMP =
  /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\b|\b\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g;
const LEVEL = '(?:trace|debug|info|warn|warning|error|fatal|verbose|notice)';
/** `[1] `, `[backend]: `, `backend:start: ` and similar process prefixes. */
const PROCESS_PREFIX = /^(?:\[[^\]\s]{1,40}\]:?\s+|[\w@/.-]{1,40}:start:\s+)+/;
/** `catalog warn `, `backstage error `, `rootHttpRouter info ` (Backstage's text log format). */
const LOGGER_LEVEL = new RegExp(`^(?:[\\w@/.:-]{1,60}\\s+)?${LEVEL}\\b:?\\s*`, 'i');
/** `Error: `, `HttpError: `, `NotFoundError [ERR_X]: `, `TypeError: `, `RequestError: `. */
const ERROR_CLASS = /(^|caused by:?\s+|\s)(?:[A-Z]\w*)?(?:Error|Exception)(?:\s\[[\w-]+\])?:\s+/g;
const STACK_FRAME = /^\s*at\s+\S.*$/;

/** Unescapes `\"`, `\n`, `\t`, `\\` as JSON strings write them. */
function unescapeJson(text: string): string {
  return text.replace(/\\(["\\/nrt])/g, (_, c: string) =>
    c === 'n' || c === 'r' ? '\n' : c === 't' ? '\t' : c,
  );
}

/** The strings of a JSON log record worth matching: `message`, `error` (string or object), `stack`, `msg`, `err`. */
function jsonFields(value: unknown, depth = 0): string[] {
  if (depth > 3 || value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const out: string[] = [];
  for (const key of ['message', 'msg', 'error', 'err', 'stack', 'cause', 'name', 'body']) {
    const v = record[key];
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') out.push(...jsonFields(v, depth + 1));
  }
  return out;
}

/** Replaces each line that is a JSON object by its message fields. */
function expandJsonLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const start = line.indexOf('{');
      if (start < 0 || !line.trimEnd().endsWith('}')) return line;
      try {
        const fields = jsonFields(JSON.parse(line.slice(start)) as unknown);
        return fields.length > 0 ? fields.join('\n') : line;
      } catch {
        return line;
      }
    })
    .join('\n');
}

/** Strips what logs add around a message on one line. */
function stripLine(line: string): string {
  let out = line.replace(TIMESTAMP, ' ').trim();
  for (let i = 0; i < 3; i += 1) {
    const before = out;
    out = out.replace(PROCESS_PREFIX, '').replace(LOGGER_LEVEL, '').trim();
    if (out === before) break;
  }
  return out.replace(ERROR_CLASS, '$1').trim();
}

/**
 * Normalises pasted text for matching.
 *
 * @param text any text (already masked by the caller when it may hold secrets)
 * @returns the message text on one line: JSON records reduced to their message
 *   fields, JSON escapes undone, timestamps, log levels, logger prefixes, error
 *   class prefixes and stack frames removed, whitespace collapsed.
 */
export function normaliseLogText(text: string): string {
  let source = text.length > MAX_INPUT_CHARS ? text.slice(0, MAX_INPUT_CHARS) : text;
  source = expandJsonLines(source);
  if (/\\["n]/.test(source)) source = expandJsonLines(unescapeJson(source));
  return source
    .split(/\r?\n/)
    .filter((line) => !STACK_FRAME.test(line))
    .map(stripLine)
    .filter((line) => line !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The candidate texts to match: the normalised text, and the raw text collapsed (for patterns that keep a prefix). */
function candidates(masked: string, normalised: string): string[] {
  const raw = masked.slice(0, MAX_INPUT_CHARS).replace(/\s+/g, ' ').trim();
  return raw === normalised ? [normalised] : [normalised, raw];
}

function similarity(
  message: IndexedMessage,
  words: ReadonlySet<string>,
  idf: ReadonlyMap<string, number>,
): number {
  let total = 0;
  let found = 0;
  for (const t of message.tokens) {
    const w = idf.get(t) ?? 0;
    total += w;
    if (words.has(t)) found += w;
  }
  if (total === 0) return 0;
  // A message of one or two words is weak evidence on its own.
  const shortPenalty = message.tokens.size >= 3 ? 1 : 0.75;
  return (found / total) * shortPenalty;
}

interface Scored extends LookupHit {
  readonly wholeText: boolean;
  readonly literalLength: number;
}

/**
 * Looks a pasted text up.
 *
 * @param index from {@link buildLookupIndex}
 * @param text anything pasted (empty or blank gives no hits and `noMatch: false`)
 * @returns the ranked hits, the masked text and the secret flag (see {@link LookupResult}).
 *   Never throws.
 */
export function lookupErrors(index: LookupIndex, text: string): LookupResult {
  const { text: maskedText, found } = maskSecrets(text);
  const normalised = normaliseLogText(maskedText);
  const texts = candidates(maskedText, normalised);
  const words = new Set(tokenize(texts.join(' ')));

  const scored: Scored[] = [];
  for (const { entry, messages } of index.entries) {
    let best: Scored | undefined;
    for (const message of messages) {
      const sim = similarity(message, words, index.idf);
      if (message.regex) {
        for (const candidate of texts) {
          if (message.required && !candidate.includes(message.required)) continue;
          const match = message.regex.exec(candidate);
          if (!match) continue;
          const hit: Scored = {
            entry,
            kind: 'exact',
            matched: message.text,
            matchedText: match[0],
            similarity: sim,
            wholeText: message.exact?.test(candidate) ?? false,
            literalLength: message.literalLength ?? 0,
          };
          if (!best || compare(hit, best) < 0) best = hit;
          break;
        }
      }
      if (!best || best.kind !== 'exact') {
        const hit: Scored = {
          entry,
          kind: 'similar',
          matched: message.text,
          similarity: sim,
          wholeText: false,
          literalLength: 0,
        };
        if (sim > 0 && (!best || compare(hit, best) < 0)) best = hit;
      }
    }
    if (best) scored.push(best);
  }
  scored.sort(compare);
  const strip = ({ wholeText: _w, literalLength: _l, ...hit }: Scored): LookupHit => hit;
  const hits = scored
    .filter((h) => h.kind === 'exact' || h.similarity >= SIMILAR_THRESHOLD)
    .slice(0, MAX_HITS)
    .map(strip);
  const noMatch = hits.length === 0 && normalised !== '';
  return {
    secretFound: found.length > 0,
    secretKinds: found,
    maskedText,
    normalised,
    hits,
    noMatch,
    closest: noMatch ? scored.slice(0, 3).map(strip) : [],
  };
}

/** Orders hits: exact before similar; a pattern equal to the whole text first; longer literal text; higher similarity. */
function compare(a: Scored, b: Scored): number {
  if (a.kind !== b.kind) return a.kind === 'exact' ? -1 : 1;
  if (a.wholeText !== b.wholeText) return a.wholeText ? -1 : 1;
  if (a.literalLength !== b.literalLength) return b.literalLength - a.literalLength;
  return b.similarity - a.similarity;
}
