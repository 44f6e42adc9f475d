import { finishPage, guideSteps } from '../../data/guideSteps';

/**
 * The label of a previous/next link: "Step N of 10: <title>" when the link
 * goes to a guide step, the finish page's title for the finish page, else the
 * link's own title. Matches on the path at the end of the permalink, so any
 * base URL works.
 *
 * @param permalink the linked page's permalink (with the site's base URL)
 * @param title the title Docusaurus gives the link (the sidebar label)
 */
export function paginatorLabel(permalink: string, title: string): string {
  const path = permalink.replace(/\/$/, '');
  const step = guideSteps.find((s) => path.endsWith(s.path));
  if (step) return `Step ${step.number} of ${guideSteps.length}: ${step.title}`;
  if (path.endsWith(finishPage.path)) return `Finish: ${finishPage.title}`;
  return title;
}
