/**
 * jekyll-sitemap 1.4: writes `sitemap.xml` and `robots.txt` unless the site already has a page or file
 * at those URLs. `sitemap: false` in front matter (or defaults) leaves a page, document or file out.
 */
import type { StaticFile } from '../../../site/types.js'
import { definePlugin, type PluginSite } from '../../types.js'
import { ROBOTS_TEMPLATE, SITEMAP_TEMPLATE } from './templates.js'

/** Static files listed in the sitemap, by extension. */
const INCLUDED_EXTENSIONS = new Set(['.htm', '.html', '.xhtml', '.pdf'])

export default definePlugin({
  name: 'jekyll-sitemap',
  setup(api) {
    api.addGenerator(generateSitemap, { priority: 'lowest', name: 'Jekyll::JekyllSitemap' })
  },
})

function generateSitemap(site: PluginSite): void {
  const urls = new Set([...site.site.pages.map((p) => p.url), ...site.site.staticFiles.map((f) => f.url)])
  const exists = (file: string) => urls.has(`/${file}`)
  const xsl = exists('sitemap.xsl')
  if (!exists('sitemap.xml')) {
    const staticFiles = site.site.staticFiles.filter((f) => INCLUDED_EXTENSIONS.has(f.extname)).map(staticFileData)
    site.addPage({ name: 'sitemap.xml', content: SITEMAP_TEMPLATE, data: { layout: null, static_files: staticFiles, xsl } })
  }
  if (!exists('robots.txt')) site.addPage({ name: 'robots.txt', content: ROBOTS_TEMPLATE, data: { layout: null } })
}

/** What the template reads of a static file (Jekyll's StaticFileDrop: its attributes over its front-matter defaults). */
function staticFileData(file: StaticFile): Record<string, unknown> {
  const liquidPath = (file as StaticFile & { liquidPath?: string }).liquidPath ?? `/${file.relativePath}`
  return {
    ...file.data,
    name: file.name,
    basename: file.basename,
    extname: file.extname,
    path: liquidPath,
    modified_time: file.mtime,
    collection: file.collection ?? null,
  }
}
