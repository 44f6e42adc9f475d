import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from '@docusaurus/types';
import type { Module } from 'webpack';

/**
 * Keeps Mermaid's code out of the chunk every page loads.
 *
 * Docusaurus (3.10, `@docusaurus/core` lib/webpack/client.js) has one
 * `splitChunks` cache group, `common`, that hoists any module used by more than
 * half as many async chunks as the site has pages. Mermaid splits each diagram
 * type into its own async chunk and they all import Mermaid's parser
 * (`@mermaid-js/parser`, `langium`, `chevrotain`…), so on a small site the
 * parser (~670 KB) lands in `common` and every page pays for it, diagram or
 * not. This plugin narrows `common` to modules outside Mermaid's dependency
 * closure; Mermaid's modules then stay in async chunks that load only where a
 * diagram is drawn. `npm run bench` and e2e/budget.spec.ts measure the effect.
 */

/** Finds `<name>/package.json` in the node_modules folders above `fromDir`. */
function findPackageDir(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The names of `root` and every package it depends on, transitively
 * (`dependencies` and installed `optionalDependencies`).
 *
 * @param root package name, e.g. `mermaid`
 * @param fromDir folder to resolve from (the site directory)
 * @returns package names; empty if `root` is not installed
 */
export function dependencyClosure(root: string, fromDir: string): Set<string> {
  const seen = new Set<string>();
  const queue: Array<[string, string]> = [[root, fromDir]];
  while (queue.length > 0) {
    const [name, from] = queue.pop()!;
    if (seen.has(name)) continue;
    const dir = findPackageDir(name, from);
    if (!dir) continue;
    seen.add(name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      queue.push([dep, dir]);
    }
  }
  return seen;
}

/**
 * The package a module file belongs to: the name after its last `node_modules/`.
 * @returns e.g. `@mermaid-js/parser`, or `undefined` for the site's own files.
 */
export function packageOf(resource: string): string | undefined {
  const parts = resource.split(/[\\/]node_modules[\\/]/);
  if (parts.length < 2) return undefined;
  const rest = parts[parts.length - 1]!.split(/[\\/]/);
  return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

/** The Docusaurus plugin. */
export default function mermaidChunksPlugin(context: { siteDir: string }): Plugin {
  const mermaidPackages = dependencyClosure('mermaid', context.siteDir);
  return {
    name: 'mermaid-chunks',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              common: {
                test: (module: Module) => {
                  const resource = module.nameForCondition();
                  const pkg = resource ? packageOf(resource) : undefined;
                  return pkg === undefined || !mermaidPackages.has(pkg);
                },
              },
            },
          },
        },
      };
    },
  };
}
