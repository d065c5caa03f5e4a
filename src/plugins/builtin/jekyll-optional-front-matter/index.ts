/**
 * jekyll-optional-front-matter 0.3: Markdown files without front matter become pages (besides being
 * copied, unless `optional_front_matter: { remove_originals: true }`). README, LICENSE, CONTRIBUTING and
 * the like stay out unless listed in `include:`. Off with `enabled: false` or `require_front_matter: true`.
 */
import { isHash } from '../../../config/yaml.js'
import { EntryFilter } from '../../../read/entry-filter.js'
import type { StaticFile } from '../../../site/types.js'
import { definePlugin, type PluginSite } from '../../types.js'

const FILENAME_BLOCKLIST = new Set([
  'README', 'LICENSE', 'LICENCE', 'COPYING', 'CODE_OF_CONDUCT', 'CONTRIBUTING', 'ISSUE_TEMPLATE', 'PULL_REQUEST_TEMPLATE',
])

export default definePlugin({
  name: 'jekyll-optional-front-matter',
  setup(api) {
    api.addGenerator(addPages, { name: 'JekyllOptionalFrontMatter::Generator' })
  },
})

function option(site: PluginSite, key: string): unknown {
  const settings = site.config.optional_front_matter
  return isHash(settings) ? settings[key] : undefined
}

function addPages(site: PluginSite): void {
  const requireFrontMatter = Boolean(site.config.require_front_matter)
  if (option(site, 'enabled') === false || requireFrontMatter) return
  const include = Array.isArray(site.config.include) ? site.config.include.map(String) : undefined
  const filter = include ? new EntryFilter({ source: site.site.source, include, exclude: [] }) : undefined
  const allowed = (file: StaticFile) => {
    if (filter?.isIncluded(file.relativePath)) return true
    return !FILENAME_BLOCKLIST.has(file.basename.toUpperCase())
  }
  const files = site.site.staticFiles.filter((f) => f.collection === undefined && site.isMarkdown(f.extname) && allowed(f))
  for (const file of files) site.site.pages.push(site.readPage(file.relativePath.replace(/^\//, '')))
  if (option(site, 'remove_originals') === true) {
    const removed = new Set(files)
    site.site.staticFiles = site.site.staticFiles.filter((f) => !removed.has(f))
  }
}
