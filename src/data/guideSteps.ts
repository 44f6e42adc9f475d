/**
 * The numbered guide steps: one entry per MDX page under `docs/guide/`.
 * Tools link to steps through this table (never by hand-typed paths), and a
 * unit test checks that each entry names an existing page.
 */
export interface GuideStep {
  /** 1-based position in the guide. */
  readonly number: number;
  /** Docusaurus doc id, e.g. `guide/create-token`. */
  readonly docId: string;
  /** Site path (routeBasePath is `/`), e.g. `/guide/create-token`. */
  readonly path: string;
  readonly title: string;
  /**
   * A rough time for a reader who follows the page, in minutes (an estimate
   * from the page's tasks, not a measurement; step 4's page states its own
   * "about 20 minutes"). Waiting for dependency installs is included.
   */
  readonly minutes: number;
  /** What the reader needs before starting: the page's "before you start" list, condensed. */
  readonly need: string;
  /** What the reader has at the end: the page's "by the end of this step", condensed. */
  readonly have: string;
}

const step = (
  number: number,
  slug: string,
  title: string,
  facts: Pick<GuideStep, 'minutes' | 'need' | 'have'>,
): GuideStep => ({ number, docId: `guide/${slug}`, path: `/guide/${slug}`, title, ...facts });

// The step header shows these on every step page, so they ship to every guide
// page: keep each line short. Each one condenses its page's opening paragraph
// and "what you need" / "before you start" list.
export const guideSteps = [
  step(1, 'create-app', 'Create a Backstage app', {
    minutes: 20,
    need: 'Node.js 22 or 24, Yarn, git, a build toolchain and Python 3.',
    have: 'A new Backstage app running locally on ports 3000 and 7007, with guest sign-in.',
  }),
  step(2, 'create-token', 'Create a GitHub personal access token', {
    minutes: 10,
    need: 'A GitHub account that can see the repositories, and a place to keep a secret.',
    have: 'A personal access token (fine-grained or classic) with the permissions your features need.',
  }),
  step(3, 'give-token-to-backstage', 'Give the token to Backstage', {
    minutes: 10,
    need: 'The app from step 1, the token from step 2, and curl.',
    have: 'The backend reading the token from GITHUB_TOKEN, checked against GitHub.',
  }),
  step(4, 'sign-in-with-github', 'Sign in with GitHub', {
    minutes: 20,
    need: 'The running app, and a GitHub account that can register an OAuth App or GitHub App.',
    have: 'GitHub sign-in through the auth provider, and a User entity the resolver matches.',
  }),
  step(5, 'private-repositories', 'Register entities from private repositories', {
    minutes: 15,
    need: 'The token from step 3, and a private repository you can push to.',
    have: 'A component from a private repository in the catalog, and catalog rules for its kinds.',
  }),
  step(6, 'discover-repositories', 'Discover repositories across an organization', {
    minutes: 20,
    need: 'Step 5 working, a token that sees the organization, and a catalog-info.yaml in one repository.',
    have: 'The GitHub entity provider registering every catalog-info.yaml of the organization.',
  }),
  step(7, 'import-users-and-teams', 'Import users and teams', {
    minutes: 20,
    need: 'Sign-in from step 4, and a token that may read organization members.',
    have: 'Members as User entities and teams as Group entities, matched by sign-in.',
  }),
  step(8, 'software-templates', 'Create repositories from software templates', {
    minutes: 25,
    need: 'The integration from step 3, and the account that will own new repositories.',
    have: 'A software template that creates a GitHub repository and registers it.',
  }),
  step(9, 'github-app', 'Move the backend to a GitHub App', {
    minutes: 30,
    need: 'Steps 6 to 8 working, and the organization owner role (or an owner to install the App).',
    have: 'The backend using the GitHub App’s installation tokens instead of your token.',
  }),
  step(10, 'production', 'Production configuration', {
    minutes: 45,
    need: 'Steps 1 to 9 working locally, the public URL, and a way to inject secrets.',
    have: 'An app-config.production.yaml with production sign-in, secrets from outside git, and a rotation plan.',
  }),
] as const satisfies readonly GuideStep[];

/** The page after step 10: what was built and where to go next. */
export const finishPage = { docId: 'finish', path: '/finish', title: 'What you built' } as const;

/** Other pages tools link to. */
export const pages = {
  concepts: '/concepts',
  troubleshooting: '/troubleshooting',
  permissions: '/reference/permissions',
  configKeys: '/reference/config-keys',
  ciCdTokens: '/ci-cd-tokens',
  explorer: '/tools/credential-explorer',
  configBuilder: '/tools/config-builder',
  tokenPlanner: '/tools/token-planner',
} as const;

/**
 * Looks a step up by number.
 * @param number 1 to 10
 * @throws RangeError for a number that is not a step (a programming error, not user input).
 */
export function guideStep(number: number): GuideStep {
  const found = guideSteps.find((s) => s.number === number);
  if (!found) throw new RangeError(`There is no guide step ${number}.`);
  return found;
}
