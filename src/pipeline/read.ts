/**
 * Stage 2: read the source (Jekyll's Reader#read): layouts, the directory tree (posts, pages, static files),
 * data, the other collections; then publishing rules, sorting and `limit_posts`.
 */
import path from 'node:path'
import { readCollection } from '../read/collections.js'
import { readData } from '../read/data.js'
import { readTree } from '../read/directories.js'
import { EntryFilter } from '../read/entry-filter.js'
import { readLayouts } from '../read/layouts.js'
import { FrontMatterDefaults } from '../site/front-matter-defaults.js'
import type { SiteContext } from '../site/site-context.js'
import type { Document } from '../site/types.js'
import { log } from '../util/log.js'
import type { BuildContext } from './context.js'

export function read(ctx: BuildContext): void {
  const { config, site } = ctx
  const filter = new EntryFilter({ source: site.source, include: config.include, exclude: config.exclude })
  const siteContext: SiteContext = {
    config,
    defaults: new FrontMatterDefaults(config.defaults, String(config.collections_dir ?? '')),
    time: site.time,
    outputExtFor: (ext, permalink) => ctx.converters.outputExt(ext, permalink),
  }

  readLayouts(path.join(site.source, String(config.layouts_dir ?? '_layouts')), site.source, filter, site.layouts)

  const posts = site.collections.get('posts')
  if (!posts) throw new Error('the posts collection is always configured')
  const tree = readTree({
    source: site.source,
    dest: site.dest,
    filter,
    ctx: siteContext,
    posts,
    showDrafts: Boolean(config.show_drafts),
    collectionsDir: String(config.collections_dir ?? ''),
  })
  posts.docs = tree.posts.filter((doc) => publishable(doc, ctx))
  site.pages = tree.pages.filter((page) => config.unpublished || page.data.published !== false)
  site.staticFiles = tree.staticFiles

  site.data = readData(path.join(site.source, String(config.data_dir ?? '_data')), site.source, filter)

  for (const collection of site.collections.values()) {
    if (collection.label === 'posts') continue
    readCollection(collection, site.source, filter, siteContext)
    site.staticFiles.push(...collection.files)
  }

  for (const collection of site.collections.values()) collection.docs.sort(compareDocuments)
  site.pages.sort((a, b) => compareStrings(a.name, b.name))
  site.staticFiles.sort((a, b) => compareStrings(a.relativePath, b.relativePath))

  const limit = Number(config.limit_posts ?? 0)
  if (limit > 0) posts.docs = posts.docs.slice(-limit)
}

/** Jekyll's Publisher: unpublished and future posts are left out unless asked for. */
function publishable(doc: Document, ctx: BuildContext): boolean {
  if (doc.data.published === false && !ctx.config.unpublished) return false
  if (!ctx.config.future && Math.floor(doc.date.getTime() / 1000) > Math.floor(ctx.site.time.getTime() / 1000)) {
    log.warn('Skipping:', `${doc.relativePath} has a future date`)
    return false
  }
  return true
}

/** Document#<=>: by date, then by path. */
export function compareDocuments(a: Document, b: Document): number {
  const diff = a.date.getTime() - b.date.getTime()
  return diff !== 0 ? diff : compareStrings(a.path, b.path)
}

/** Ruby String#<=>: byte order. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0
  return Buffer.compare(Buffer.from(a), Buffer.from(b))
}
