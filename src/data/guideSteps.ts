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
}

const step = (number: number, slug: string, title: string): GuideStep => ({
  number,
  docId: `guide/${slug}`,
  path: `/guide/${slug}`,
  title,
});

export const guideSteps = [
  step(1, 'create-app', 'Create a Backstage app'),
  step(2, 'create-token', 'Create a GitHub personal access token'),
  step(3, 'give-token-to-backstage', 'Give the token to Backstage'),
  step(4, 'sign-in-with-github', 'Sign in with GitHub'),
  step(5, 'private-repositories', 'Register entities from private repositories'),
  step(6, 'discover-repositories', 'Discover repositories across an organization'),
  step(7, 'import-users-and-teams', 'Import users and teams'),
  step(8, 'software-templates', 'Create repositories from software templates'),
  step(9, 'github-app', 'Move the backend to a GitHub App'),
  step(10, 'production', 'Production configuration'),
] as const satisfies readonly GuideStep[];

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
