/**
 * The GitHub Pages plugins built into Utterson, by the name used in `plugins:`. Each is imported the first
 * time a site asks for it, so a build pays only for the plugins it enables.
 */
import type { UttersonPlugin } from '../types.js'

type PluginModule = Promise<{ default: UttersonPlugin }>

export const BUILTIN_PLUGINS: Readonly<Record<string, () => PluginModule>> = {
  'jekyll-archives': () => import('./jekyll-archives/index.js'),
  'jekyll-avatar': () => import('./jekyll-avatar/index.js'),
  'jekyll-default-layout': () => import('./jekyll-default-layout/index.js'),
  'jekyll-feed': () => import('./jekyll-feed/index.js'),
  'jekyll-gist': () => import('./jekyll-gist/index.js'),
  'jekyll-include-cache': () => import('./jekyll-include-cache/index.js'),
  'jekyll-mentions': () => import('./jekyll-mentions/index.js'),
  'jekyll-optional-front-matter': () => import('./jekyll-optional-front-matter/index.js'),
  'jekyll-paginate': () => import('./jekyll-paginate/index.js'),
  'jekyll-redirect-from': () => import('./jekyll-redirect-from/index.js'),
  'jekyll-relative-links': () => import('./jekyll-relative-links/index.js'),
  'jekyll-seo-tag': () => import('./jekyll-seo-tag/index.js'),
  'jekyll-sitemap': () => import('./jekyll-sitemap/index.js'),
  'jekyll-titles-from-headings': () => import('./jekyll-titles-from-headings/index.js'),
  jemoji: () => import('./jemoji/index.js'),
}

/** The built-in plugin called `name` (loaded on first use), or undefined when Utterson has none of that name. */
export async function loadBuiltinPlugin(name: string): Promise<UttersonPlugin | undefined> {
  if (!Object.hasOwn(BUILTIN_PLUGINS, name)) return undefined
  return (await BUILTIN_PLUGINS[name]()).default
}

/** Gem names whose features are part of Utterson itself: listing them loads nothing and warns about nothing. */
export const CORE_FEATURES: ReadonlySet<string> = new Set(['jekyll', 'jekyll-sass-converter', 'jekyll-watch', 'kramdown', 'kramdown-parser-gfm'])
