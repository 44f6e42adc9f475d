/**
 * Stands in for `@docusaurus/theme-classic`'s `prism-include-languages` client
 * module, which imports Prism and registers the extra grammars on every page
 * at startup. This site registers them where Prism is loaded, on demand
 * (`src/theme/CodeBlock/highlighter.ts`); `src/plugins/slimPrism.ts` points
 * the client module here.
 */
export {};
