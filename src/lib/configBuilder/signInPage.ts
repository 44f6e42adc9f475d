import type { FrontendSystem } from './types';

/**
 * The sign-in page the builder generates for `packages/app/src/App.tsx`, one
 * per frontend system. Each is exactly the block guide step 4 shows for that
 * system (a unit test compares them with `docs/guide/04-sign-in-with-github.mdx`).
 *
 * Sources:
 * - New frontend system: `@backstage/create-app@0.9.2`
 *   `templates/default-app/packages/app/src/App.tsx` is
 *   `createApp({ features: [catalogPlugin, navModule, homeModule] })`; the file
 *   below keeps those three features and adds a frontend module for the `app`
 *   plugin with a `SignInPageBlueprint` extension (rendered Backstage docs
 *   `docs/auth/`, "Sign-In Configuration"). Every import is already a dependency of
 *   the template's `packages/app/package.json.hbs`.
 * - Legacy frontend: `templates/legacy-app/packages/app/src/App.tsx` of the same
 *   release passes `components: { SignInPage: props => <SignInPage {...props} auto
 *   providers={['guest']} /> }` to `createApp` from `@backstage/app-defaults`; the
 *   snippet swaps the guest-only page for a GitHub one and keeps the rest.
 */

/** The whole `App.tsx` of a new-frontend-system app, with GitHub sign-in added. */
export const newFrontendAppTsx = `import { createApp } from '@backstage/frontend-defaults';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { SignInPage } from '@backstage/core-components';
import { githubAuthApiRef } from '@backstage/core-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';

const signInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => props => (
      <SignInPage
        {...props}
        provider={{
          id: 'github-auth-provider',
          title: 'GitHub',
          message: 'Sign in using GitHub',
          apiRef: githubAuthApiRef,
        }}
      />
    ),
  },
});

export default createApp({
  features: [
    catalogPlugin,
    navModule,
    homeModule,
    createFrontendModule({ pluginId: 'app', extensions: [signInPage] }),
  ],
});
`;

/**
 * The part of a legacy app's `App.tsx` (create-app `--legacy`) that changes:
 * a partial snippet, as its comments say, to merge into the template's file.
 */
export const legacyFrontendAppTsx = `import { githubAuthApiRef } from '@backstage/core-plugin-api';
// ...the template's other imports, including SignInPage from '@backstage/core-components'

const app = createApp({
  apis,
  // ...bindRoutes as in the template
  components: {
    SignInPage: props => (
      <SignInPage
        {...props}
        auto
        provider={{
          id: 'github-auth-provider',
          title: 'GitHub',
          message: 'Sign in using GitHub',
          apiRef: githubAuthApiRef,
        }}
      />
    ),
  },
});
`;

/** The sign-in page file content for a frontend system. */
export function signInAppTsx(frontend: FrontendSystem): string {
  return frontend === 'legacy' ? legacyFrontendAppTsx : newFrontendAppTsx;
}
