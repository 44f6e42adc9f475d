import { Highlight, Prism } from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';

/**
 * Prism, ready to highlight: `prism-react-renderer`'s `Highlight` with the
 * site's `prism.additionalLanguages` (bash) registered, exactly as
 * `@docusaurus/theme-classic`'s `prism-include-languages` client module does
 * on every page at startup. Here it happens when this module loads: only
 * where code is highlighted in the browser (a page reached by a link, a
 * tool's output, a "your setup" block with the reader's values) and on the
 * server. `src/plugins/slimPrism.ts` turns the startup client module off.
 */
prismIncludeLanguages(Prism as unknown as Parameters<typeof prismIncludeLanguages>[0]);

export { Highlight };
