import type { AccessLevel } from '../../data/tokenFeatures';
import { validateHostName, validateOwnerName } from '../githubNames';
import { detectSecret } from '../secrets';
import { manifestJson } from './manifest';
import {
  limits,
  plan,
  type OwnerType,
  type PlanField,
  type PlanInput,
  type TokenPlan,
} from './plan';
import type { PlannerState } from './reducer';

/**
 * View models of the token planner: everything its components show that is
 * derived from the state (field messages, the summary with its create-token
 * action, labels), so the components only render. Pure.
 */

/** A field the reader must fix before the plan can produce links. */
export interface FieldProblem {
  readonly field: PlanField;
  /** The field's label as the form shows it (see {@link fieldLabel}). */
  readonly label: string;
  readonly message: string;
}

/** What the sticky summary shows. */
export interface PlanSummary {
  /** Fine-grained PAT permissions the reader asks for (Metadata, which GitHub adds, not counted). */
  readonly fineGrainedCount: number;
  readonly classicCount: number;
  /** Permissions in the App manifest, Metadata included (the manifest lists it). */
  readonly appCount: number;
  /** One sentence with the three counts, for the live region. */
  readonly text: string;
  /**
   * The "Create this token on GitHub" action: the fine-grained PAT link, or
   * why there is none (the button is then disabled and shows the reason).
   */
  readonly create:
    | { readonly kind: 'link'; readonly url: string }
    | { readonly kind: 'none'; readonly reason: string };
  /** The fields to fix, in form order (empty when the input is valid). */
  readonly problems: readonly FieldProblem[];
}

/** Everything the planner renders, derived from its state. */
export interface PlannerView {
  readonly plan: TokenPlan;
  /** The App manifest as the reader copies it. */
  readonly manifestJson: string;
  /** One message per field: a refused secret first, else the validation message. */
  readonly fieldErrors: Readonly<Partial<Record<PlanField, string>>>;
  readonly summary: PlanSummary;
}

/**
 * The label of a field as the form shows it; one source for the form and
 * for the summary's list of fields to fix.
 * @param ownerType decides between "Organization name" and "Your GitHub username"
 */
export function fieldLabel(field: PlanField, ownerType: OwnerType): string {
  switch (field) {
    case 'features':
      return 'What will Backstage do?';
    case 'ownerType':
      return 'Who owns the token?';
    case 'ownerName':
      return ownerType === 'organization' ? 'Organization name' : 'Your GitHub username';
    case 'host':
      return 'GitHub host';
    case 'expiresInDays':
      return 'Expires after (days)';
    case 'tokenName':
      return 'Token name';
    case 'backstageUrl':
      return 'Backstage URL';
  }
}

/** GitHub's wording for an access level in its forms, e.g. `Read-only`; `implied` adds a note. */
export function levelLabel(level: AccessLevel, implied = false): string {
  const text = level === 'write' ? 'Read and write' : level === 'read' ? 'Read-only' : 'Admin';
  return implied ? `${text} (implied)` : text;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function createAction(result: TokenPlan, problems: readonly FieldProblem[]): PlanSummary['create'] {
  if (result.fineGrained.url) return { kind: 'link', url: result.fineGrained.url };
  if (problems.length > 0) {
    const list = problems.map((p) => p.label).join(', ');
    // A label may end in its own question mark ("What will Backstage do?").
    const end = /[.?!]$/.test(list) ? '' : '.';
    return {
      kind: 'none',
      reason: `Fix ${problems.length === 1 ? 'this field' : 'these fields'} first: ${list}${end}`,
    };
  }
  if (result.hostInfo?.kind === 'ghes') {
    return {
      kind: 'none',
      reason: `GitHub documents pre-filled token links for GitHub.com and GHE.com only: on ${result.hostInfo.host}, follow the steps under “Still to do by hand on GitHub” below.`,
    };
  }
  if (result.fineGrained.blocked) {
    const titles = result.fineGrained.rows
      .filter((r) => r.section === 'organization')
      .map((r) => r.title);
    return {
      kind: 'none',
      reason: `${titles.join(', ')} ${titles.length === 1 ? 'is an organization permission' : 'are organization permissions'}: choose “An organization” as the owner, or use the classic PAT or the GitHub App below.`,
    };
  }
  // plan() gives a link whenever the input is valid on a documented host and nothing blocks it.
  return { kind: 'none', reason: 'This plan has no fine-grained PAT link.' };
}

/**
 * Derives everything the planner shows from its state.
 * @param state the reducer's state (see `plannerReducer`)
 * @returns the plan, the manifest text, the message of each field, and the summary
 */
export function plannerView(state: PlannerState): PlannerView {
  const result = plan(state.input);
  const fieldErrors: Partial<Record<PlanField, string>> = {};
  for (const error of result.errors) fieldErrors[error.field] ??= error.message;
  for (const [field, message] of Object.entries(state.refused)) {
    if (message) fieldErrors[field as PlanField] = message;
  }
  const problems = result.errors.map((e) => ({
    field: e.field,
    label: fieldLabel(e.field, state.input.ownerType),
    message: e.message,
  }));
  const fineGrainedCount = result.fineGrained.rows.filter((r) => !r.implied).length;
  const classicCount = result.classic.rows.length;
  const appCount = Object.keys(result.app.manifest.default_permissions).length;
  const text = `${plural(fineGrainedCount, 'fine-grained permission', 'fine-grained permissions')}, ${plural(classicCount, 'classic scope', 'classic scopes')}, ${plural(appCount, 'App permission', 'App permissions')}.`;
  return {
    plan: result,
    manifestJson: manifestJson(result.app.manifest),
    fieldErrors,
    summary: {
      fineGrainedCount,
      classicCount,
      appCount,
      text,
      create: createAction(result, problems),
      problems,
    },
  };
}

/** The planner's values that a site-wide "your setup" can take over. */
export interface PlannerSetupValues {
  /** The resource owner's login (user or organization), trimmed. */
  readonly owner?: string;
  /** The GitHub host, lower-cased, e.g. `github.com` or `ghe.example.net:8443`. */
  readonly host?: string;
  /** The token's display name on GitHub (not an environment variable name). */
  readonly tokenName?: string;
}

/**
 * The owner, host and token name the reader entered, for handing over to a
 * site-wide store. Only values that pass the planner's own validation are
 * returned (an empty or invalid field is left out), and never a value that
 * looks like a secret.
 */
export function setupValues(input: PlanInput): PlannerSetupValues {
  const owner = input.ownerName.trim();
  const host = input.host.trim().toLowerCase();
  const tokenName = input.tokenName.trim();
  const ok = (value: string) => value !== '' && detectSecret(value) === undefined;
  return {
    ...(ok(owner) && !validateOwnerName(owner) ? { owner } : {}),
    ...(ok(host) && !validateHostName(host) ? { host } : {}),
    ...(ok(tokenName) && tokenName.length <= limits.tokenName ? { tokenName } : {}),
  };
}

/**
 * Splits text after each `/` inside a word (`backstage/backstage#17465`,
 * `/api/events/http/github`), so a renderer can put a line-break opportunity
 * (`<wbr>`) there: long references then wrap at a sensible point instead of
 * widening a table on a narrow screen.
 * @returns the parts in order; joined they give `text` back. Never throws.
 */
export function softBreaks(text: string): string[] {
  return text.split(/(?<=\S\/)(?=\S)/);
}
