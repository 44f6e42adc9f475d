import { appCredentialsPath, buildConfig } from './config';
import { guideStepFor } from './steps';
import type { BuilderState, GeneratedFile, GithubAppState } from './types';
import { signInAppTsx } from './signInPage';
import { validateState } from './validate';
import { toYaml } from './yaml';

/**
 * Backend modules, with their `packages/backend/src/index.ts` line.
 * Sources: rendered Backstage docs `docs/auth/github/provider`,
 * `docs/integrations/github/discovery`, `docs/integrations/github/org`;
 * package names as published (`@backstage/plugin-auth-backend-module-github-provider@0.5.7`,
 * `@backstage/plugin-catalog-backend-module-github@0.14.0`,
 * `@backstage/plugin-catalog-backend-module-github-org@0.3.26`).
 */
export const backendModules = {
  /**
   * Already a dependency of the create-app 0.9.2 backend (both templates'
   * `packages/backend/package.json.hbs`), though not added in `index.ts`.
   */
  auth: '@backstage/plugin-auth-backend-module-github-provider',
  discovery: '@backstage/plugin-catalog-backend-module-github',
  org: '@backstage/plugin-catalog-backend-module-github-org',
  /** Already in the create-app 0.9.2 backend template. */
  scaffolder: '@backstage/plugin-scaffolder-backend-module-github',
} as const;

/** Thrown by {@link generateFiles} for a state that does not validate. */
export class InvalidStateError extends Error {
  constructor(readonly problems: number) {
    super(`The form has ${problems} problem${problems === 1 ? '' : 's'}; nothing was generated.`);
    this.name = 'InvalidStateError';
  }
}

function mainStep(state: BuilderState): number {
  if (state.credential === 'app') return guideStepFor.integrationApp;
  if (state.credential === 'pat') return guideStepFor.integrationPat;
  return guideStepFor.signIn;
}

function appConfigFile(state: BuilderState): GeneratedFile {
  const { config, comments } = buildConfig(state);
  const header =
    ' Merge these keys into app-config.yaml (or app-config.production.yaml).\n' +
    ' Every secret is a ${VARIABLE} reference: set the variables before `yarn start`.';
  const sections = [
    state.credential !== 'none' && 'integrations.github tells Backstage how to read from GitHub',
    state.signIn.enabled && 'auth.providers.github turns on GitHub sign-in',
    state.discovery.length > 0 && 'catalog.providers.github discovers catalog files',
    state.org.enabled && 'catalog.providers.githubOrg imports users and teams',
  ].filter((s): s is string => typeof s === 'string');
  return {
    path: 'app-config.yaml',
    language: 'yaml',
    content: toYaml(config, { comments, header }),
    guideStep: mainStep(state),
    why: `The configuration Backstage reads at startup: ${sections.join('; ')}.`,
  };
}

/**
 * The credentials file template for an App using `$include`: the structure of
 * the file `backstage-cli create-github-app` writes, with placeholder text
 * where the values go (never a value that looks like a real secret).
 * Format: rendered Backstage docs `docs/integrations/github/github-apps`.
 */
function credentialsFile(app: GithubAppState): GeneratedFile {
  const value: Record<string, unknown> = {
    appId: '<the App ID, a number, from the App settings page>',
    clientId: '<the Client ID from the App settings page>',
    clientSecret: '<a client secret generated on the App settings page>',
  };
  if (app.webhookSecret) value.webhookSecret = '<the webhook secret you set on the App>';
  value.privateKey =
    '<replace these two lines with the whole private key (.pem) file you downloaded,\n' +
    'indented by two spaces, from its BEGIN line to its END line>\n';
  if (app.allowedInstallationOwners.length > 0) {
    value.allowedInstallationOwners = [...app.allowedInstallationOwners];
  }
  const header =
    ` Credentials of the GitHub App "${app.name}". This file holds secrets once filled in:\n` +
    ' add it to .gitignore and never commit it. Replace each <…> placeholder.';
  return {
    path: appCredentialsPath(app),
    language: 'yaml',
    content: toYaml(value, { header, blockLiterals: [['privateKey']] }),
    guideStep: guideStepFor.integrationApp,
    why: `app-config.yaml includes this file with $include, so the App's secrets stay out of the main configuration. The file is a template: fill it in from the App's settings page.`,
  };
}

/** Every environment variable the config references, with a description. */
export function environmentVariables(
  state: BuilderState,
): Array<{ name: string; description: string }> {
  const vars: Array<{ name: string; description: string }> = [];
  if (state.credential === 'pat') {
    vars.push({
      name: state.tokenVar,
      description: 'GitHub personal access token (integrations.github)',
    });
  }
  if (state.credential === 'app') {
    for (const app of state.apps) {
      if (app.source !== 'env') continue;
      vars.push({ name: app.appIdVar, description: `GitHub App "${app.name}": App ID` });
      vars.push({ name: app.clientIdVar, description: `GitHub App "${app.name}": client ID` });
      vars.push({
        name: app.clientSecretVar,
        description: `GitHub App "${app.name}": client secret`,
      });
      vars.push({
        name: app.privateKeyVar,
        description: `GitHub App "${app.name}": private key (PEM; literal \\n sequences become line breaks)`,
      });
      if (app.webhookSecret) {
        vars.push({
          name: app.webhookSecretVar,
          description: `GitHub App "${app.name}": webhook secret`,
        });
      }
    }
  }
  if (state.signIn.enabled) {
    vars.push({ name: state.signIn.clientIdVar, description: 'GitHub sign-in: OAuth client ID' });
    vars.push({
      name: state.signIn.clientSecretVar,
      description: 'GitHub sign-in: OAuth client secret',
    });
  }
  return vars;
}

function envFile(state: BuilderState): GeneratedFile | undefined {
  const vars = environmentVariables(state);
  if (vars.length === 0) return undefined;
  const lines = [
    '# Variable names only: put the values in your shell, a secret store or your',
    '# deployment, never in a committed file. Backstage does not read .env files by',
    '# itself (backstage/backstage#25043): export them, or load them with a tool you choose.',
    ...vars.flatMap((v) => ['', `# ${v.description}`, `${v.name}=`]),
  ];
  return {
    path: '.env.example',
    language: 'dotenv',
    content: lines.join('\n') + '\n',
    guideStep: mainStep(state),
    why: 'The names of the environment variables app-config.yaml references. Share this file with your team; the values never go into it.',
  };
}

/** A backend module the config needs, with the guide step that adds it. */
interface NeededModule {
  readonly name: string;
  readonly step: number;
  /** Already a dependency of a new app's backend: it needs a `backend.add` line, no install. */
  readonly preinstalled: boolean;
}

/**
 * The backend modules the config needs, in guide order; the first one's step is
 * the step the install and `backend.add` snippets link to.
 */
function neededModules(state: BuilderState): NeededModule[] {
  const modules: NeededModule[] = [];
  if (state.signIn.enabled) {
    modules.push({ name: backendModules.auth, step: guideStepFor.signIn, preinstalled: true });
  }
  if (state.discovery.length > 0) {
    modules.push({
      name: backendModules.discovery,
      step: guideStepFor.discovery,
      preinstalled: false,
    });
  }
  if (state.org.enabled) {
    modules.push({ name: backendModules.org, step: guideStepFor.org, preinstalled: false });
  }
  return modules;
}

function terminalFile(state: BuilderState): GeneratedFile | undefined {
  const modules = neededModules(state).filter((m) => !m.preinstalled);
  const first = modules[0];
  if (!first) return undefined;
  const lines = [
    '# Run from the root of your Backstage app.',
    `yarn --cwd packages/backend add ${modules.map((m) => m.name).join(' ')}`,
  ];
  return {
    path: 'Terminal',
    language: 'bash',
    content: lines.join('\n') + '\n',
    guideStep: first.step,
    why:
      'Installs the backend modules that read the keys above. Without them Backstage ignores those keys.' +
      (state.signIn.enabled
        ? ' The GitHub auth provider module is already a dependency of a new app, so it is not in this list.'
        : ''),
  };
}

function backendIndexFile(state: BuilderState): GeneratedFile | undefined {
  const modules = neededModules(state);
  const first = modules[0];
  if (!first) return undefined;
  const lines = ['// Add before backend.start();'];
  for (const m of modules) {
    if (m.preinstalled)
      lines.push('// Already a dependency of a new app: only this line is missing.');
    lines.push(`backend.add(import('${m.name}'));`);
  }
  lines.push(
    '// Already in the create-app template, for software templates (guide step 8):',
    `// backend.add(import('${backendModules.scaffolder}'));`,
  );
  return {
    path: 'packages/backend/src/index.ts',
    language: 'ts',
    content: lines.join('\n') + '\n',
    guideStep: first.step,
    why: 'Each backend.add line registers one installed module with the backend; a module that is installed but not added does nothing.',
  };
}

/** The sign-in page in `packages/app/src/App.tsx`, for the reader's frontend system. */
function signInPageFile(state: BuilderState): GeneratedFile {
  const legacy = state.signIn.frontend === 'legacy';
  return {
    path: 'packages/app/src/App.tsx',
    language: 'tsx',
    content: signInAppTsx(state.signIn.frontend),
    guideStep: guideStepFor.signIn,
    why: legacy
      ? 'The legacy template offers only the guest provider on its sign-in page; these lines swap it for a GitHub button. Merge them into your App.tsx.'
      : "The template's sign-in page offers only the guest provider; this App.tsx keeps the template's catalog, navigation and home features and adds a GitHub sign-in page.",
  };
}

/**
 * Generates every file the reader must create or change.
 *
 * @param state a state for which `validateState` returned no errors
 * @returns files in reading order: `app-config.yaml`, credentials files,
 *   `.env.example`, `Terminal`, `packages/backend/src/index.ts`, `packages/app/src/App.tsx`
 *   (each only when needed).
 * @throws InvalidStateError when the state does not validate.
 */
export function generateFiles(state: BuilderState): GeneratedFile[] {
  const problems = validateState(state);
  if (problems.length > 0) throw new InvalidStateError(problems.length);
  return generateValidFiles(state);
}

/**
 * {@link generateFiles} without the validation, for a caller that has just
 * run `validateState` on the same state (the form does, on every keystroke).
 */
export function generateValidFiles(state: BuilderState): GeneratedFile[] {
  const files: GeneratedFile[] = [appConfigFile(state)];
  if (state.credential === 'app') {
    for (const app of state.apps) if (app.source === 'include') files.push(credentialsFile(app));
  }
  const optional = [envFile(state), terminalFile(state), backendIndexFile(state)];
  for (const file of optional) if (file) files.push(file);
  if (state.signIn.enabled) files.push(signInPageFile(state));
  return files;
}
