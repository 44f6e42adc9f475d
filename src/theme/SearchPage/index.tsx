import React, { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import useSearchQuery from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/hooks/useSearchQuery';
import {
  fetchIndexesByWorker,
  searchByWorker,
  type SearchResult,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import { highlight } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlight';
import { highlightStemmed } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlightStemmed';
import { getStemmedPositions } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/getStemmedPositions';
import { concatDocumentPath } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/concatDocumentPath';
import { Mark } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated';
import styles from './styles.module.css';

/**
 * The search page (`/search`), ported from
 * `@easyops-cn/docusaurus-search-local` 0.55.3's `SearchPage.jsx` with four
 * changes: the content is in a `<main>` landmark (the original has none, so
 * axe-core reports `landmark-one-main` and `region`); the page says what to do
 * without JavaScript (the search runs in the browser), in the static HTML; the search
 * field has a visible label; and the page has a meta description (the original has
 * none, so Lighthouse's SEO audit `meta-description` fails on `/search`). This site configures no `searchContextByPaths`,
 * so the port leaves out the original's search-context selector.
 */
export default function SearchPage(): ReactNode {
  return (
    <Layout>
      <main className="container margin-vert--lg">
        <SearchPageContent />
      </main>
    </Layout>
  );
}

/** The search page's meta description (shown by search engines and link previews). */
const SEARCH_PAGE_DESCRIPTION =
  'Search this guide to wiring Backstage to GitHub: the ten steps, the concepts, the reference, the tools and the troubleshooting page. The search runs in your browser.';

// Result types, from the package's `shared/interfaces` (SearchDocumentType).
const TITLE = 0;
const DESCRIPTION = 2;
const KEYWORDS = 3;
const CONTENT = 4;

function SearchPageContent(): ReactNode {
  const {
    siteConfig: { baseUrl },
  } = useDocusaurusContext();
  const { selectMessage } = usePluralForm();
  const isBrowser = useIsBrowser();
  const { searchValue, searchContext, searchVersion, updateSearchPath } = useSearchQuery();
  const [searchQuery, setSearchQuery] = useState(searchValue);
  const [searchResults, setSearchResults] = useState<SearchResult[]>();
  const [searchWorkerReady, setSearchWorkerReady] = useState(false);
  const versionUrl = `${baseUrl}${searchVersion}`;
  const pageTitle = useMemo(
    () =>
      searchQuery
        ? translate(
            {
              id: 'theme.SearchPage.existingResultsTitle',
              message: 'Search results for "{query}"',
            },
            { query: searchQuery },
          )
        : translate({
            id: 'theme.SearchPage.emptyResultsTitle',
            message: 'Search the documentation',
          }),
    [searchQuery],
  );

  useEffect(() => {
    updateSearchPath(searchQuery);
    if (!searchQuery) return;
    let current = true;
    void searchByWorker(versionUrl, searchContext, searchQuery, 100).then((results) => {
      if (current) setSearchResults(results);
    });
    return () => {
      current = false;
    };
    // As in the original: `updateSearchPath` must not be a dependency (it would loop).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [searchQuery, versionUrl, searchContext]);
  // An empty query shows no results (the original cleared them in the effect).
  const results = searchQuery ? searchResults : undefined;

  const handleSearchInputChange = useCallback((e: React.ChangeEvent<HTMLInputElement>) => {
    setSearchQuery(e.target.value);
  }, []);

  // The query in the address arrives after hydration: adopt it when it changes.
  const [seenSearchValue, setSeenSearchValue] = useState(searchValue);
  if (searchValue !== seenSearchValue) {
    setSeenSearchValue(searchValue);
    if (searchValue && searchValue !== searchQuery) setSearchQuery(searchValue);
  }

  useEffect(() => {
    void (async () => {
      await fetchIndexesByWorker(versionUrl, searchContext);
      setSearchWorkerReady(true);
    })();
  }, [searchContext, versionUrl]);

  const status =
    !searchWorkerReady && searchQuery
      ? 'Loading the search index…'
      : !results
        ? ''
        : results.length > 0
          ? selectMessage(
              results.length,
              translate(
                {
                  id: 'theme.SearchPage.documentsFound.plurals',
                  message: '1 document found|{count} documents found',
                },
                { count: results.length },
              ),
            )
          : translate({ id: 'theme.SearchPage.noResultsText', message: 'No documents were found' });

  return (
    <>
      <Head>
        <meta property="robots" content="noindex, follow" />
        <title>{pageTitle}</title>
        <meta name="description" content={SEARCH_PAGE_DESCRIPTION} />
        <meta property="og:description" content={SEARCH_PAGE_DESCRIPTION} />
      </Head>
      <h1>{pageTitle}</h1>
      {/* Static HTML (and so a reader without JavaScript) gets what to do instead. Both texts
          share one grid cell, the other one hidden, so the paragraph is as tall before and after
          hydration: no layout shift when the short text replaces the long one on a phone. */}
      <p className={styles.hint}>
        <span className={isBrowser ? styles.hidden : undefined}>
          Search runs in your browser and needs JavaScript. Without it, browse the guide from the
          sidebar, <Link to="/">start here</Link>, or look an error message up in{' '}
          <Link to="/troubleshooting">Troubleshooting</Link>.
        </span>
        <span className={isBrowser ? undefined : styles.hidden}>
          Type a few words or an error message; results appear as you type.
        </span>
      </p>
      <label htmlFor="search-page-query" className={styles.searchQueryLabel}>
        Search the guide
      </label>
      <input
        id="search-page-query"
        type="search"
        name="q"
        className={styles.searchQueryInput}
        onChange={handleSearchInputChange}
        value={searchQuery}
        autoComplete="off"
      />
      <p role="status">{status}</p>
      <section aria-label="Search results">
        {results?.map((item) => (
          <SearchResultItem key={item.document.i} result={item} />
        ))}
      </section>
    </>
  );
}

function SearchResultItem({
  result: { document, type, page, tokens, metadata },
}: {
  result: SearchResult;
}): ReactNode {
  const isTitle = type === TITLE;
  const isDescriptionOrKeywords = type === DESCRIPTION || type === KEYWORDS;
  const isContent = type === CONTENT;
  const pathItems = [...((isTitle ? document.b : page.b) ?? [])];
  const articleTitle = (isContent || isDescriptionOrKeywords ? document.s : document.t) ?? '';
  if (!(isTitle || isDescriptionOrKeywords)) pathItems.push(page.t);
  let search = '';
  if (Mark && tokens.length > 0) {
    const params = new URLSearchParams();
    for (const token of tokens) params.append('_highlight', token);
    search = `?${params.toString()}`;
  }
  return (
    <article className={styles.searchResultItem}>
      <h2>
        <Link
          to={document.u + search + (document.h ?? '')}
          dangerouslySetInnerHTML={{
            __html:
              isContent || isDescriptionOrKeywords
                ? highlight(articleTitle, tokens)
                : highlightStemmed(articleTitle, getStemmedPositions(metadata, 't'), tokens, 100),
          }}
        />
      </h2>
      {pathItems.length > 0 && (
        <p className={styles.searchResultItemPath}>{concatDocumentPath(pathItems)}</p>
      )}
      {(isContent || type === DESCRIPTION) && (
        <p
          className={styles.searchResultItemSummary}
          dangerouslySetInnerHTML={{
            __html: highlightStemmed(document.t, getStemmedPositions(metadata, 't'), tokens, 100),
          }}
        />
      )}
    </article>
  );
}
