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
