/**
 * Stage 2: read the source (Jekyll's Reader#read): layouts, the directory tree (posts, pages, static files),
 * data, the other collections; then publishing rules, sorting and `limit_posts`.
 */
import path from 'node:path'
import { compareDocuments, readCollection } from '../read/collections.js'
import { readData } from '../read/data.js'
import { readTree } from '../read/directories.js'
import { EntryFilter } from '../read/entry-filter.js'
import { compareBytes } from '../read/files.js'
import { readLayouts } from '../read/layouts.js'
import { FrontMatterDefaults } from '../site/front-matter-defaults.js'
import { hiddenByPublished, hiddenInTheFuture } from '../site/publisher.js'
import { collectionsDir, siteEncoding, type SiteContext } from '../site/site-context.js'
import type { Document } from '../site/types.js'
import { readThemeAssets } from '../theme/assets.js'
import { deepMerge } from '../util/deep-merge.js'
import { rubySort } from '../util/ruby-sort.js'
import { log } from '../util/log.js'
import type { BuildContext } from './context.js'

export function read(ctx: BuildContext): void {
  const { config, site } = ctx
  const filter = new EntryFilter({ source: site.source, include: config.include, exclude: config.exclude })
  const siteContext: SiteContext = {
    config,
    defaults: new FrontMatterDefaults(config.defaults, collectionsDir(config), site.source),
    time: site.time,
    outputExtFor: (ext, permalink) => ctx.converters.outputExt(ext, permalink),
  }

  readLayouts(path.join(site.source, String(config.layouts_dir ?? '_layouts')), site.source, filter, site.layouts)
  if (site.theme?.layoutsPath) readLayouts(site.theme.layoutsPath, site.theme.root, filter, site.layouts)

  const posts = site.collections.get('posts')
  if (!posts) throw new Error('the posts collection is always configured')
  const tree = readTree({
    source: site.source,
    dest: site.dest,
    filter,
    ctx: siteContext,
    posts,
    showDrafts: Boolean(config.show_drafts),
    collectionsDir: collectionsDir(config),
  })
  posts.docs = tree.posts.filter((doc) => publishable(doc, ctx))
  // PageReader: `published` comes from the front matter only (Hash#fetch does not see defaults).
  site.pages = tree.pages.filter((page) => !hiddenByPublished(page.frontMatter ?? page.data, config))
  site.staticFiles = tree.staticFiles

  // Reader#sort_files!, then the other collections: their static files come after the sorted ones.
  rubySort(posts.docs, compareDocuments)
  rubySort(site.pages, (a, b) => compareStrings(a.name, b.name))
  rubySort(site.staticFiles, (a, b) => compareStrings(a.relativePath, b.relativePath))
  for (const collection of site.collections.values()) {
    if (collection.label === 'posts') continue
    readCollection(collection, site.source, filter, siteContext)
    site.staticFiles.push(...collection.files)
  }
  // Theme assets come after the sort, as Jekyll's ThemeAssetsReader appends them.
  const themeAssets = readThemeAssets(site.theme, siteContext, { pages: site.pages, staticFiles: site.staticFiles })
  site.pages.push(...themeAssets.pages)
  site.staticFiles.push(...themeAssets.staticFiles)

  const dataOptions = { encoding: siteEncoding(config), config, safe: config.safe === true }
  site.data = readData(path.join(site.source, String(config.data_dir ?? '_data')), site.source, filter, dataOptions)
  if (site.theme?.dataPath) site.data = deepMerge(readData(site.theme.dataPath, site.theme.root, filter, dataOptions), site.data)

  const limit = Number(config.limit_posts ?? 0)
  if (limit > 0) posts.docs = posts.docs.slice(-limit)
}

/** Jekyll's Publisher: unpublished and future posts are left out unless asked for. */
function publishable(doc: Document, ctx: BuildContext): boolean {
  if (hiddenByPublished(doc.data, ctx.config)) return false
  if (hiddenInTheFuture(doc, ctx.config, ctx.site.time)) {
    log.warn('Skipping:', `${doc.relativePath} has a future date`)
    return false
  }
  return true
}

/** Ruby String#<=>: byte order. */
export function compareStrings(a: string, b: string): number {
  return compareBytes(a, b)
}
