/** The id of the error lookup's section on `/troubleshooting` (guide steps link to it). */
export const ERROR_LOOKUP_ANCHOR = 'error-lookup';

/** The troubleshooting page's path. */
export const TROUBLESHOOTING_PATH = '/troubleshooting';

/**
 * The link to an entry on the troubleshooting page.
 * @param id an entry id (also the entry's heading id)
 */
export function entryHref(id: string): string {
  return `${TROUBLESHOOTING_PATH}#${id}`;
}
