/**
 * Which guide step explains each part of the generated configuration.
 * Numbers refer to `src/data/guideSteps.ts`.
 */
export const guideStepFor = {
  integrationPat: 3,
  signIn: 4,
  discovery: 6,
  org: 7,
  integrationApp: 9,
  production: 10,
} as const;
