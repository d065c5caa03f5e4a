/** The `PluginSite` that generators and site hooks receive: the site model plus helpers to add pages. */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { markdownExtensions } from '../markup/markdown-converter.js'
import type { BuildContext } from '../pipeline/context.js'
import { FrontMatterDefaults } from '../site/front-matter-defaults.js'
import { createPage, pageUrl } from '../site/page.js'
import type { SiteContext } from '../site/site-context.js'
import type { Document, Page } from '../site/types.js'
import { LiquidList } from './liquid-list.js'
import { siteAbsoluteUrl, siteRelativeUrl } from './urls.js'
import type { NewPage, PluginSite } from './types.js'

export function createPluginSite(ctx: BuildContext): PluginSite {
  const { config } = ctx
  const markdown = markdownExtensions(config)
  const siteContext = (): SiteContext => ({
    config,
    defaults: new FrontMatterDefaults(config.defaults, String(config.collections_dir ?? '')),
    time: ctx.site.time,
    outputExtFor: (ext, permalink) => ctx.converters.outputExt(ext, permalink),
  })
  const permalinkStyle = () => String(config.permalink ?? 'date')
  const usedPaths = new Map<string, string>()

  const refreshUrl = (page: Page): void => {
    page.outputExt = ctx.converters.outputExt(page.ext, page.data.permalink)
    page.url = pageUrl(page, permalinkStyle())
  }

  const createVirtualPage = (options: NewPage): Page => {
    const dir = (options.dir ?? '').replace(/^\/+|\/+$/g, '')
    const relativePath = path.posix.join(dir, options.name).replace(/^\/+/, '')
    // Templates are parsed once per source path: two pages at one path with different content need two keys.
    const content = options.content ?? ''
    let file = path.join(ctx.site.source, relativePath)
    for (let n = 2; usedPaths.has(file) && usedPaths.get(file) !== content; n++) file = `${path.join(ctx.site.source, relativePath)}#${n}`
    usedPaths.set(file, content)
    const page = createPage({ path: file, dir, name: options.name, text: '' }, siteContext())
    page.relativePath = relativePath
    Object.assign(page.data, options.data ?? {})
    page.content = options.content ?? ''
    page.sourceText = page.content
    refreshUrl(page)
    return page
  }

  const site: PluginSite = {
    site: ctx.site,
    config,
    environment: ctx.environment,
    get posts(): Document[] {
      return ctx.site.collections.get('posts')?.docs ?? []
    },
    documentsToWrite() {
      return [...ctx.site.collections.values()].filter((c) => c.output).flatMap((c) => c.docs)
    },
    postsBy(attribute) {
      const hash = new Map<string, Document[]>()
      for (const doc of site.posts) {
        const values = doc.data[attribute]
        if (!Array.isArray(values)) continue
        for (const value of values) {
          const key = String(value)
          const list = hash.get(key) ?? []
          list.push(doc)
          hash.set(key, list)
        }
      }
      for (const [key, docs] of hash) hash.set(key, [...docs].reverse())
      return hash
    },
    createPage: createVirtualPage,
    addPage(options) {
      const page = createVirtualPage(options)
      ctx.site.pages.push(page)
      ctx.plugins?.hooks.triggerSync('pages:post_init', page)
      return page
    },
    readPage(relativePath) {
      const file = path.join(ctx.site.source, relativePath)
      const dir = path.posix.dirname(relativePath)
      const page = createPage(
        { path: file, dir: dir === '.' ? '' : dir, name: path.posix.basename(relativePath), text: readFileSync(file, 'utf8') },
        siteContext(),
      )
      ctx.plugins?.hooks.triggerSync('pages:post_init', page)
      return page
    },
    sourceExists(relativePath) {
      return existsSync(path.join(ctx.site.source, relativePath.replace(/^\/+/, '')))
    },
    isMarkdown: (ext) => markdown.has(ext.toLowerCase()),
    markdownify: (text) => ctx.converters.convert(text, `.${String(config.markdown_ext ?? 'md').split(',')[0]?.trim() || 'md'}`),
    relativeUrl: (url) => siteRelativeUrl(config, url),
    absoluteUrl: (url) => siteAbsoluteUrl(config, url),
    refreshUrl,
    liquidList: (items) => new LiquidList(items, () => ctx.renderer),
  }
  return site
}
