import {
  findPlaceholders,
  markPlaceholders,
  type Placeholder,
  type PlaceholderMark,
} from './placeholders';
import type { BuilderModel } from './reducer';
import type { GeneratedFile } from './types';

/**
 * View models: what each part of the builder shows, worked out from the
 * {@link BuilderModel} so the components only render.
 */

/** Path segments → DOM id, e.g. (`cb`, `discovery.0.id`) → `cb-discovery-0-id`. */
export function fieldId(prefix: string, field: string): string {
  return `${prefix}-${field.replace(/\./g, '-')}`;
}

const fieldNames: Readonly<Record<string, string>> = {
  ghesHost: 'Host name',
  apiBaseUrl: 'API base URL',
  rawBaseUrl: 'Raw base URL',
  tokenVar: 'Token variable',
  apps: 'GitHub Apps',
  name: 'short name',
  appIdVar: 'App ID variable',
  clientIdVar: 'client ID variable',
  clientSecretVar: 'client secret variable',
  privateKeyVar: 'private key variable',
  webhookSecretVar: 'webhook secret variable',
  allowedInstallationOwners: 'allowed installation owners',
  environment: 'auth environment',
  resolvers: 'resolvers',
  discovery: 'Discovery',
  id: 'id',
  organization: 'organization',
  catalogPath: 'catalog file path',
  branch: 'branch',
  repositoryPattern: 'repository pattern',
  topicInclude: 'topics to include',
  topicExclude: 'topics to skip',
  visibility: 'visibility',
  frequencyMinutes: 'run every',
  timeoutMinutes: 'time out after',
  orgs: 'organizations',
  org: 'Users and teams',
  config: 'Configuration',
};

/** A readable name for a field path, e.g. `discovery.0.id` → `Discovery provider 1, id`. */
export function describeField(field: string): string {
  const parts = field.split('.');
  const last = parts[parts.length - 1] ?? field;
  const name = fieldNames[last] ?? last;
  const [head, index] = parts;
  if (parts.length === 3 && head === 'apps') return `GitHub App ${Number(index) + 1}, ${name}`;
  if (parts.length === 3 && head === 'discovery') {
    return `Discovery provider ${Number(index) + 1}, ${name}`;
  }
  if (parts.length === 2 && head === 'signIn') return `Sign-in, ${name}`;
  if (parts.length === 2 && head === 'org') return `Users and teams, ${name}`;
  return name;
}

/** One entry in a list of problems or of values still to fill in, linking to its field. */
export interface FieldLink {
  field: string;
  /** DOM id of the control (or group) to go to. */
  targetId: string;
  /** e.g. "Discovery provider 1, organization". */
  label: string;
  message: string;
}

/** A generated file with what the output marks in it. */
export interface FileView {
  file: GeneratedFile;
  /** Example values still in the file. */
  placeholders: PlaceholderMark[];
  /** Lines the last edit changed (1-based). */
  changedLines: number[];
  /** The file appeared with the last edit. */
  added: boolean;
}

/** The state of the output as a whole. */
export type OutputStatus =
  /** Valid and filled in: copy and download are on. */
  | 'ready'
  /** Valid, but example values remain: copy and download are off. */
  | 'todo'
  /** Invalid; the files shown are from the last valid form. */
  | 'stale'
  /** Invalid and never valid: no files to show. */
  | 'invalid';

/** What the output panel (and the narrow screens' status bar) shows. */
export interface OutputView {
  status: OutputStatus;
  files: FileView[];
  problems: FieldLink[];
  todo: FieldLink[];
  /** Whether copy and download are on. */
  canCopy: boolean;
  /** Why copy and download are off (undefined when they are on). */
  blockedReason?: string;
  /** One short sentence for the status line, e.g. "5 files ready to copy." */
  summary: string;
  /** The first line the last edit changed, for the status bar: file and text. */
  lastChange?: { path: string; line: number; text: string };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function links(
  prefix: string,
  items: ReadonlyArray<{ field: string; message: string }>,
): FieldLink[] {
  return items.map(({ field, message }) => ({
    field,
    targetId: fieldId(prefix, field),
    label: describeField(field),
    message,
  }));
}

/**
 * Works out what the output shows.
 *
 * @param model the builder model
 * @param prefix the DOM id prefix of this builder's fields (several builders can share a page)
 */
export function outputView(model: BuilderModel, prefix: string): OutputView {
  const problems = links(prefix, model.errors);
  const placeholders: Placeholder[] = findPlaceholders(model.form);
  const todo = links(prefix, placeholders);
  const values = placeholders.map((p) => p.value);
  const changes = new Map(model.changes.map((c) => [c.path, c]));
  const files: FileView[] = model.files.map((file) => ({
    file,
    placeholders: markPlaceholders(file.content, values),
    changedLines: changes.get(file.path)?.lines ?? [],
    added: changes.get(file.path)?.added ?? false,
  }));
  const count = plural(model.files.length, 'file');
  let status: OutputStatus;
  let summary: string;
  let blockedReason: string | undefined;
  if (problems.length > 0) {
    status = model.stale ? 'stale' : 'invalid';
    const fix = `Fix ${plural(problems.length, 'problem')}`;
    summary = model.stale ? `${fix}: the files shown are out of date.` : `${fix} to see the files.`;
    blockedReason = `Copy and download are off until the form is valid: ${fix.toLowerCase()} (listed above the files).`;
  } else if (todo.length > 0) {
    status = 'todo';
    summary = `${count} ready, with ${plural(todo.length, 'value')} still to fill in.`;
    const distinct = [...new Set(values)].join(', ');
    blockedReason = `Copy and download are off while the files still hold example values (${distinct}): replace them in the form first.`;
  } else {
    status = 'ready';
    summary = `${count} ready to copy.`;
  }
  const first = model.changes.find((c) => c.lines.length > 0);
  const firstLine = first?.lines[0];
  const changedFile = first ? model.files.find((f) => f.path === first.path) : undefined;
  const lastChange =
    first && firstLine !== undefined && changedFile && status !== 'stale'
      ? {
          path: first.path,
          line: firstLine,
          text: (changedFile.content.split('\n')[firstLine - 1] ?? '').trim(),
        }
      : undefined;
  return {
    status,
    files,
    problems,
    todo,
    canCopy: status === 'ready',
    ...(blockedReason ? { blockedReason } : {}),
    summary,
    ...(lastChange ? { lastChange } : {}),
  };
}

/**
 * The messages a field shows: its validation errors and its "still to fill in"
 * note (an example value the reader has not replaced yet).
 */
export function fieldMessages(model: BuilderModel): {
  errorsFor: (field: string) => string[];
  todoFor: (field: string) => string | undefined;
} {
  const errors = new Map<string, string[]>();
  for (const e of model.errors) errors.set(e.field, [...(errors.get(e.field) ?? []), e.message]);
  const todo = new Map<string, string>();
  for (const p of findPlaceholders(model.form))
    if (!todo.has(p.field)) todo.set(p.field, p.message);
  return {
    errorsFor: (field) => errors.get(field) ?? [],
    todoFor: (field) => todo.get(field),
  };
}

/** A piece of a highlighted line: part of one token, marked or not. */
export interface LineSegment {
  /** Index of the token the text comes from. */
  token: number;
  text: string;
  /** Inside a "still to fill in" mark. */
  marked: boolean;
}

/**
 * Splits a line's syntax tokens at the edges of marks, so a renderer can wrap
 * exactly the marked characters (a mark may span tokens or sit inside one).
 *
 * @param tokens the line's tokens in order (only their text is used)
 * @param marks 0-based `[start, end)` character ranges on the line
 * @returns segments whose texts, joined, are the line's text
 */
export function segmentLine(
  tokens: ReadonlyArray<{ content: string }>,
  marks: ReadonlyArray<{ start: number; end: number }>,
): LineSegment[] {
  const inMark = (at: number): boolean => marks.some((m) => at >= m.start && at < m.end);
  const segments: LineSegment[] = [];
  let offset = 0;
  tokens.forEach((token, index) => {
    let text = '';
    let marked = inMark(offset);
    for (const char of token.content) {
      const now = inMark(offset);
      if (now !== marked && text !== '') {
        segments.push({ token: index, text, marked });
        text = '';
      }
      marked = now;
      text += char;
      offset += char.length;
    }
    if (text !== '') segments.push({ token: index, text, marked });
  });
  return segments;
}
