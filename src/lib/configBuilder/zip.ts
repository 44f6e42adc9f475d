import { strToU8, zipSync } from 'fflate';
import { guideSteps } from '../../data/guideSteps';
import type { GeneratedFile } from './types';

/**
 * The builder's files as one zip archive, built with fflate (a maintained zip
 * library). Every file sits at its real path inside one folder, so unzipping
 * in the app's root overwrites nothing: the files are fragments to merge (the
 * keys of `app-config.yaml`, the lines of `index.ts`), not whole files to drop in.
 */

/** The folder the archive's files sit in. */
export const zipFolder = 'backstage-github-files';

/** The name the browser saves the archive under. */
export const zipName = `${zipFolder}.zip`;

/** Where a generated file goes in the archive: its path, or `install-commands.sh` for the terminal commands. */
export function zipEntryPath(file: GeneratedFile): string {
  return `${zipFolder}/${file.path === 'Terminal' ? 'install-commands.sh' : file.path}`;
}

function readme(files: readonly GeneratedFile[], site: string): string {
  const lines = [
    '# Backstage and GitHub: files from the app-config builder',
    '',
    'Each file sits at the path it belongs to in your Backstage app. Merge each one into',
    'your app by hand: app-config.yaml holds keys to add to yours, and the .ts and .tsx',
    'files hold lines to add, as the comments in them say. No file holds a secret: secrets',
    'are ${VARIABLE} references, or <placeholders> in a credentials template to fill in',
    'and keep out of version control.',
    '',
  ];
  for (const file of files) {
    const step = guideSteps.find((s) => s.number === file.guideStep);
    lines.push(`## ${zipEntryPath(file).slice(zipFolder.length + 1)}`, '', file.why);
    if (step) lines.push('', `Guide step ${step.number}, ${step.title}: ${site}${step.path}`);
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * Builds the archive.
 *
 * @param files the generated files (valid, with no example values left)
 * @param options.site the site's origin for links in README.md, e.g. `https://example.org`
 * @param options.mtime the modification time stored for every entry
 * @returns the zip archive's bytes: `README.md` and each file under {@link zipFolder}
 */
export function zipFiles(
  files: readonly GeneratedFile[],
  options: { site: string; mtime: Date },
): Uint8Array {
  const entries: Record<string, Uint8Array> = {
    [`${zipFolder}/README.md`]: strToU8(readme(files, options.site)),
  };
  for (const file of files) entries[zipEntryPath(file)] = strToU8(file.content);
  return zipSync(entries, { level: 6, mtime: options.mtime });
}
