import React, { type Dispatch } from 'react';
import {
  findPreset,
  presets,
  type BuilderAction,
  type BuilderModel,
  type ConfigBuilderPresetId,
} from '@site/src/lib/configBuilder';
import styles from './styles.module.css';

/** The preset picker and Reset. */
export default function PresetBar({
  prefix,
  model,
  dispatch,
}: {
  prefix: string;
  model: BuilderModel;
  dispatch: Dispatch<BuilderAction>;
}): React.JSX.Element {
  const active = model.presetId ? findPreset(model.presetId) : undefined;
  return (
    <div className={styles.toolbar}>
      <div className={styles.field}>
        <label htmlFor={`${prefix}-preset`}>Start from a preset</label>
        <select
          id={`${prefix}-preset`}
          value={model.presetId}
          aria-describedby={`${prefix}-preset-hint`}
          onChange={(event) => {
            const id = event.target.value as ConfigBuilderPresetId;
            if (findPreset(id)) dispatch({ type: 'choosePreset', presetId: id });
          }}
        >
          {model.presetId === '' && <option value="">Custom (changed from a preset)</option>}
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
        <p id={`${prefix}-preset-hint`} className={styles.hint}>
          {active?.description ?? 'Your own combination. Pick a preset to start over from it.'}
        </p>
      </div>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => dispatch({ type: 'reset' })}
      >
        Reset to “{findPreset(model.basePreset)?.label ?? model.basePreset}”
      </button>
    </div>
  );
}
