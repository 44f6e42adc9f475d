/** The token planner's pure logic; see plan.ts for the entry point. */
export * from './plan';
export * from './urls';
export * from './manifest';
export * from './state';
export { urlPermissions, urlPermissionsSource, isDocumentedUrlPermission } from './urlPermissions';
