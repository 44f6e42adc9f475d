/** The token planner's pure logic; see plan.ts for the entry point, reducer.ts and view.ts for the UI state. */
export * from './plan';
export * from './urls';
export * from './manifest';
export * from './state';
export * from './reducer';
export * from './view';
export { urlPermissions, urlPermissionsSource, isDocumentedUrlPermission } from './urlPermissions';
