// The reference the benchmark compares against: a plain Docusaurus site from
// `create-docusaurus` (classic, TypeScript) at the Docusaurus version this site
// uses, with the same pins, built once and cached outside the repository.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Reads this site's package.json (the versions the template must match). */
function sitePackage() {
  return JSON.parse(readFileSync('package.json', 'utf8'));
}

/** The Docusaurus version of this site, e.g. `3.10.2`. */
export function docusaurusVersion() {
  return sitePackage().dependencies['@docusaurus/core'];
}

/**
 * Where the template is kept: `$BENCH_TEMPLATE_DIR`, else the user's cache folder
 * (`$XDG_CACHE_HOME` or `~/.cache`), never inside the repository.
 */
export function templateDir() {
  if (process.env.BENCH_TEMPLATE_DIR) return process.env.BENCH_TEMPLATE_DIR;
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(
    cache,
    'backstage-github-guide-bench',
    `docusaurus-classic-ts-${docusaurusVersion()}`,
  );
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
}

/**
 * Scaffolds, installs and builds the template if its build is not cached yet.
 * The pins this site keeps in package.json (overrides, `@swc/*`, `@docusaurus/faster`)
 * are applied so both sites run the same toolchain.
 * @returns the template's site folder (its `build/` is ready)
 */
export function ensureTemplate() {
  const root = templateDir();
  const site = join(root, 'site');
  if (existsSync(join(site, 'build', 'index.html'))) return site;
  mkdirSync(root, { recursive: true });
  if (!existsSync(join(site, 'package.json'))) {
    run(
      'npx',
      [
        '--yes',
        `create-docusaurus@${docusaurusVersion()}`,
        'site',
        'classic',
        '--typescript',
        '--skip-install',
        '--package-manager',
        'npm',
      ],
      root,
    );
  }
  const ours = sitePackage();
  const manifest = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8'));
  manifest.overrides = { ...manifest.overrides, ...ours.overrides };
  // The same toolchain as this site: Docusaurus's fast bundler and the pinned SWC builds.
  for (const name of ['@docusaurus/faster', '@swc/core', '@swc/html']) {
    const version = ours.dependencies?.[name] ?? ours.devDependencies?.[name];
    if (version) manifest.dependencies[name] = version;
  }
  writeFileSync(join(site, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  run('npm', ['install', '--no-audit', '--no-fund'], site);
  run('npm', ['run', 'build'], site);
  return site;
}
