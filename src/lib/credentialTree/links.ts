import type { BuilderPresetId, TreeGuideLink } from '../../data/credentialTree';
import { guideStep, pages } from '../../data/guideSteps';

/**
 * Links an outcome offers: the guide step to read and the config builder
 * preset. Routes come from `src/data/guideSteps.ts`, never typed by hand.
 */

/**
 * The site path of a guide link, e.g. `/guide/github-app#check-that-it-works`.
 * @throws RangeError for a step number that does not exist (ruled out by the unit tests).
 */
export function guideHref(link: TreeGuideLink): string {
  const { path } = guideStep(link.step);
  return link.anchor ? `${path}#${link.anchor}` : path;
}

/** The title of the linked step, e.g. "9. Move the backend to a GitHub App". */
export function guideLinkText(link: TreeGuideLink): string {
  const step = guideStep(link.step);
  return `Step ${step.number}: ${step.title}`;
}

/** The config builder opened on a preset: `/tools/config-builder?preset=<id>`. */
export function builderHref(preset: BuilderPresetId): string {
  return `${pages.configBuilder}?preset=${preset}`;
}
