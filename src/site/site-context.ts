/** What readers need to know about the site being built, besides the files themselves. */
import type { SiteConfig } from '../config/load.js'
import type { FrontMatterDefaults } from './front-matter-defaults.js'

export interface SiteContext {
  config: SiteConfig
  defaults: FrontMatterDefaults
  /** `site.time`. */
  time: Date
  /** Output extension for a source extension, given the front-matter permalink (Jekyll's Renderer#output_ext). */
  outputExtFor(ext: string, permalink: unknown): string
}

/** The site's `encoding` setting (Jekyll reads every file with it; default UTF-8). */
export function siteEncoding(config: SiteConfig): string {
  const encoding = config.encoding
  return typeof encoding === 'string' && encoding.trim() !== '' ? encoding : 'utf-8'
}

/** `collections_dir`, relative to the source ('' when unset). */
export function collectionsDir(config: SiteConfig): string {
  const dir = config.collections_dir
  return typeof dir === 'string' ? dir.replace(/^\/+|\/+$/g, '') : ''
}
