import { fileChanges, type FileChange } from './changes';
import { generateValidFiles } from './generate';
import { orgsFollowDiscovery, usersAndTeamsOrgs } from './organizations';
import { defaultPresetId, findPreset, presetState } from './presets';
import { addedApp, addedProvider } from './shareLink';
import type {
  BuilderState,
  ConfigBuilderPresetId,
  DiscoveryProviderState,
  FieldError,
  GeneratedFile,
  GithubAppState,
  OrgState,
  RepoVisibility,
  SignInResolverId,
  SignInState,
} from './types';
import { validateState } from './validate';

/**
 * The builder's state machine: the form state plus what the output shows,
 * changed only through typed actions. Pure; the component holds it with
 * `useReducer` and renders it.
 */

/** Everything the builder component renders from. */
export interface BuilderModel {
  /** The form as the reader has it now (may be invalid). */
  form: BuilderState;
  /** The preset the form equals, or `''` once the reader changed something. */
  presetId: ConfigBuilderPresetId | '';
  /** The preset Reset returns to and share links are written against. */
  basePreset: ConfigBuilderPresetId;
  /** A message about the link the state came from (bad or outdated link). */
  notice?: string;
  /**
   * Whether the form state is final, so the fields may take input. False on
   * the standalone page until its link has been read (the static HTML cannot
   * know the link), true from the start when there is no link to read.
   */
  ready: boolean;
  /** Bumped when the form is replaced or items are added or removed, so fields that keep typed text locally reload. */
  generation: number;
  /** Bumped on every edit. */
  revision: number;
  /** Every problem in `form`. */
  errors: FieldError[];
  /** The files for `form` when it is valid; else the last valid form's files (possibly none). */
  files: GeneratedFile[];
  /** `files` belong to an earlier form, because the current one is invalid. */
  stale: boolean;
  /** What the last edit changed in the files (empty after a load or when nothing changed). */
  changes: FileChange[];
}

/** Every change the builder can make. */
export type BuilderAction =
  /** The state read from the page's link (also marks the model ready). */
  | {
      type: 'load';
      state: BuilderState;
      presetId: ConfigBuilderPresetId;
      unchanged: boolean;
      notice?: string;
    }
  | { type: 'choosePreset'; presetId: ConfigBuilderPresetId }
  | { type: 'reset' }
  | { type: 'setHostKind'; hostKind: BuilderState['hostKind'] }
  /** The GHES host; the API and raw URLs follow it while they have the usual form. */
  | { type: 'setGhesHost'; value: string }
  | { type: 'setApiBaseUrl'; value: string }
  | { type: 'setRawBaseUrl'; value: string }
  /** Choosing Apps when there are none adds one. */
  | { type: 'setCredential'; credential: BuilderState['credential'] }
  | { type: 'setTokenVar'; value: string }
  | { type: 'addApp' }
  | { type: 'removeApp'; index: number }
  | { type: 'updateApp'; index: number; patch: Partial<GithubAppState> }
  | { type: 'updateSignIn'; patch: Partial<Omit<SignInState, 'resolvers'>> }
  /** Resolvers stay in the order the form lists them. */
  | { type: 'toggleResolver'; resolver: SignInResolverId; on: boolean }
  | { type: 'addProvider' }
  | { type: 'removeProvider'; index: number }
  | { type: 'updateProvider'; index: number; patch: Partial<DiscoveryProviderState> }
  | { type: 'toggleVisibility'; index: number; visibility: RepoVisibility; on: boolean }
  | { type: 'updateOrg'; patch: Partial<Omit<OrgState, 'separateOrgs'>> }
  /** Separating copies the organizations discovery scans into users and teams' own list. */
  | { type: 'setSeparateOrgs'; separate: boolean };

/** The resolvers the form offers, in the order it lists them (and writes them). */
export const resolverOrder: readonly SignInResolverId[] = [
  'userIdMatchingUserEntityAnnotation',
  'emailMatchingUserEntityProfileEmail',
  'emailLocalPartMatchingUserEntityName',
  'usernameMatchingUserEntityName',
];

const visibilityOrder: readonly RepoVisibility[] = ['public', 'private', 'internal'];

/** The most Apps and discovery providers the form offers. */
export const maxApps = 3;
export const maxProviders = 3;

function derive(
  form: BuilderState,
  previous: Pick<BuilderModel, 'files'> | undefined,
): Pick<BuilderModel, 'errors' | 'files' | 'stale' | 'changes'> {
  const errors = validateState(form);
  if (errors.length > 0) {
    return {
      errors,
      files: previous?.files ?? [],
      stale: (previous?.files.length ?? 0) > 0,
      changes: [],
    };
  }
  const files = generateValidFiles(form);
  return {
    errors,
    files,
    stale: false,
    changes: previous ? fileChanges(previous.files, files) : [],
  };
}

/**
 * The model for a form state.
 *
 * @param options.ready false when a link is still to be read (see {@link BuilderModel.ready})
 */
export function initBuilder(options: {
  presetId?: ConfigBuilderPresetId;
  ready: boolean;
}): BuilderModel {
  const presetId = options.presetId ?? defaultPresetId;
  const form = presetState(presetId);
  return {
    form,
    presetId,
    basePreset: presetId,
    ready: options.ready,
    generation: 0,
    revision: 0,
    ...derive(form, undefined),
  };
}

function replaced(
  model: BuilderModel,
  form: BuilderState,
  presetId: ConfigBuilderPresetId | '',
  basePreset: ConfigBuilderPresetId,
  notice: string | undefined,
): BuilderModel {
  const next: BuilderModel = {
    ...model,
    form,
    presetId,
    basePreset,
    ready: true,
    generation: model.generation + 1,
    revision: model.revision + 1,
    ...derive(form, undefined),
  };
  if (notice === undefined) delete next.notice;
  else next.notice = notice;
  return next;
}

function edited(model: BuilderModel, form: BuilderState, structural: boolean): BuilderModel {
  return {
    ...model,
    form,
    presetId: '',
    generation: structural ? model.generation + 1 : model.generation,
    revision: model.revision + 1,
    ...derive(form, model),
  };
}

function inRange(index: number, length: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < length;
}

/**
 * Applies one action.
 *
 * @returns a new model (the old one is not changed). Every action other than
 *   `load` is ignored until the model is ready, so nothing typed before the
 *   link was read can be lost by the load. Out-of-range indexes and adding past
 *   the limits are ignored.
 */
export function builderReducer(model: BuilderModel, action: BuilderAction): BuilderModel {
  if (action.type === 'load') {
    return replaced(
      model,
      structuredClone(action.state),
      action.unchanged ? action.presetId : '',
      action.presetId,
      action.notice,
    );
  }
  if (!model.ready) return model;
  const form = structuredClone(model.form);
  switch (action.type) {
    case 'choosePreset':
      if (!findPreset(action.presetId)) return model;
      return replaced(
        model,
        presetState(action.presetId),
        action.presetId,
        action.presetId,
        undefined,
      );
    case 'reset':
      return replaced(
        model,
        presetState(model.basePreset),
        model.basePreset,
        model.basePreset,
        undefined,
      );
    case 'setHostKind':
      form.hostKind = action.hostKind;
      return edited(model, form, false);
    case 'setGhesHost': {
      const old = form.ghesHost;
      const value = action.value;
      form.ghesHost = value;
      if (form.apiBaseUrl === '' || form.apiBaseUrl === `https://${old}/api/v3`) {
        form.apiBaseUrl = value ? `https://${value}/api/v3` : '';
      }
      if (form.rawBaseUrl === '' || form.rawBaseUrl === `https://${old}/raw`) {
        form.rawBaseUrl = value ? `https://${value}/raw` : '';
      }
      return edited(model, form, false);
    }
    case 'setApiBaseUrl':
      form.apiBaseUrl = action.value;
      return edited(model, form, false);
    case 'setRawBaseUrl':
      form.rawBaseUrl = action.value;
      return edited(model, form, false);
    case 'setCredential': {
      form.credential = action.credential;
      const addsApp = action.credential === 'app' && form.apps.length === 0;
      if (addsApp) form.apps = [addedApp(0)];
      return edited(model, form, addsApp);
    }
    case 'setTokenVar':
      form.tokenVar = action.value;
      return edited(model, form, false);
    case 'addApp': {
      if (form.apps.length >= maxApps) return model;
      const taken = new Set(form.apps.map((a) => a.name));
      let n = form.apps.length;
      while (taken.has(addedApp(n).name)) n += 1;
      form.apps.push(addedApp(n));
      return edited(model, form, true);
    }
    case 'removeApp':
      if (!inRange(action.index, form.apps.length) || form.apps.length <= 1) return model;
      form.apps.splice(action.index, 1);
      return edited(model, form, true);
    case 'updateApp': {
      const app = form.apps[action.index];
      if (!app) return model;
      Object.assign(app, action.patch);
      return edited(model, form, false);
    }
    case 'updateSignIn':
      Object.assign(form.signIn, action.patch);
      return edited(model, form, false);
    case 'toggleResolver': {
      const chosen = new Set(form.signIn.resolvers);
      if (action.on) chosen.add(action.resolver);
      else chosen.delete(action.resolver);
      form.signIn.resolvers = resolverOrder.filter((r) => chosen.has(r));
      return edited(model, form, false);
    }
    case 'addProvider': {
      if (form.discovery.length >= maxProviders) return model;
      const taken = new Set(form.discovery.map((p) => p.id));
      let n = form.discovery.length;
      while (taken.has(addedProvider(n).id)) n += 1;
      // A new provider scans the organization the first one scans, until the reader changes it.
      const organization = form.discovery[0]?.organization;
      form.discovery.push({ ...addedProvider(n), ...(organization ? { organization } : {}) });
      return edited(model, form, true);
    }
    case 'removeProvider': {
      if (!inRange(action.index, form.discovery.length)) return model;
      // Users and teams keep the organizations they had when discovery goes away.
      if (form.discovery.length === 1 && orgsFollowDiscovery(form)) {
        form.org.orgs = usersAndTeamsOrgs(form);
      }
      form.discovery.splice(action.index, 1);
      return edited(model, form, true);
    }
    case 'updateProvider': {
      const provider = form.discovery[action.index];
      if (!provider) return model;
      Object.assign(provider, action.patch);
      return edited(model, form, false);
    }
    case 'toggleVisibility': {
      const provider = form.discovery[action.index];
      if (!provider) return model;
      const chosen = new Set(provider.visibility);
      if (action.on) chosen.add(action.visibility);
      else chosen.delete(action.visibility);
      provider.visibility = visibilityOrder.filter((v) => chosen.has(v));
      return edited(model, form, false);
    }
    case 'updateOrg':
      Object.assign(form.org, action.patch);
      return edited(model, form, false);
    case 'setSeparateOrgs':
      if (action.separate && orgsFollowDiscovery(form)) form.org.orgs = usersAndTeamsOrgs(form);
      form.org.separateOrgs = action.separate;
      return edited(model, form, true);
  }
}
