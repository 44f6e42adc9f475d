import { useEffect, type Dispatch } from 'react';
import type {
  BuilderAction,
  BuilderModel,
  ConfigBuilderPresetId,
} from '@site/src/lib/configBuilder';
import { decodeUrl, encodeState } from '@site/src/lib/configBuilder/urlState';

/**
 * On the builder's own page, reads the form from the page's link once the
 * page has hydrated (the static HTML cannot know the link) and then keeps the
 * link in step with the form (`history.replaceState`: no history entries).
 * Until the link is read the model is not ready and its fields are disabled,
 * so nothing the reader types can be replaced by the load. Embedded builders
 * have no link: their model is ready from the start.
 */
export function useBuilderLink(
  model: BuilderModel,
  dispatch: Dispatch<BuilderAction>,
  preset: ConfigBuilderPresetId,
  embedded: boolean,
): void {
  useEffect(() => {
    if (embedded) return;
    const decoded = decodeUrl(window.location.search, preset);
    dispatch({
      type: 'load',
      state: decoded.state,
      presetId: decoded.presetId ?? preset,
      unchanged: decoded.unchanged ?? false,
      ...(decoded.notice ? { notice: decoded.notice } : {}),
    });
  }, [embedded, preset, dispatch]);

  const { ready, form, basePreset } = model;
  useEffect(() => {
    if (embedded || !ready) return;
    const search = encodeState(form, basePreset);
    if (search === undefined) return;
    const url = `${window.location.pathname}?${search}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }, [embedded, ready, form, basePreset]);
}
