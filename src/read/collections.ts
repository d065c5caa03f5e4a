/**
 * Reads the configured collections other than posts (Jekyll's Collection#read): files with front matter
 * become documents, the others static files of the collection; then the documents are sorted.
 */
import path from 'node:path'
import { withDocumentLocation } from '../errors/locate.js'
import { isHash } from '../config/yaml.js'
import type { SiteConfig } from '../config/load.js'
import { createDocument } from '../site/document.js'
import { collectionUrlTemplate } from '../site/document-url.js'
import { createStaticFile, staticBasename } from '../site/static-file.js'
import { collectionsDir, siteEncoding, type SiteContext } from '../site/site-context.js'
import { generateUrl } from '../site/url.js'
import type { Collection, Document, StaticFile } from '../site/types.js'
import { log } from '../util/log.js'
import { rubyCompare, rubySort } from '../util/ruby-sort.js'
import type { EntryFilter } from './entry-filter.js'
import { decodeText, listFilesRecursive, readIfPage, statOrNull } from './files.js'
import { hasFrontMatter } from './front-matter.js'

/** Jekyll's Collection#sanitize_label. */
export function sanitizeLabel(label: string): string {
  return label.replace(/[^a-z0-9_\-.]/gi, '')
}

/** Creates the (empty) collections from the configuration, posts first. */
export function createCollections(config: SiteConfig): Map<string, Collection> {
  const collections = new Map<string, Collection>()
  for (const rawLabel of Object.keys(config.collections)) {
    const label = sanitizeLabel(rawLabel)
    // Collection#extract_metadata looks the sanitized label up, so a label that needed cleaning has none.
    const meta = config.collections[label]
    const metadata = isHash(meta) ? meta : {}
    collections.set(label, {
      label,
      name: rawLabel,
      metadata,
      relativeDirectory: `_${label}`,
      output: metadata.output !== undefined && metadata.output !== null && metadata.output !== false,
      docs: [],
      files: [],
    })
  }
  return collections
}

/** Reads one collection (not posts) from `collections_dir/_label`. */
export function readCollection(collection: Collection, source: string, filter: EntryFilter, ctx: SiteContext): void {
  const root = path.join(source, collectionsDir(ctx.config))
  const dir = path.join(root, collection.relativeDirectory)
  if (!statOrNull(dir)?.isDirectory()) return
  const encoding = siteEncoding(ctx.config)
  // Collection#entries globs with FNM_DOTMATCH; the entry filter then sees paths inside the collection.
  for (const entry of filter.filter(listFilesRecursive(dir, true), collection.relativeDirectory)) {
    const file = path.join(dir, entry)
    const stat = statOrNull(file)
    if (!stat?.isFile()) continue
    const relativePath = `${collection.relativeDirectory}/${entry}`
    const bytes = readIfPage(file, hasFrontMatter)
    if (bytes) {
      const text = decodeText(bytes, encoding, path.relative(source, file).split(path.sep).join('/'))
      const doc = withDocumentLocation(text, relativePath, () => createDocument({ path: file, relativePath, text, collection, mtime: stat.mtime, encoding }, ctx))
      if (ctx.config.unpublished || doc.data.published !== false) collection.docs.push(doc)
    } else {
      collection.files.push(collectionStaticFile(collection, file, relativePath, stat.mtime, ctx))
    }
  }
  sortDocuments(collection)
}

/** A file without front matter in a collection: Jekyll's StaticFile with its collection. */
function collectionStaticFile(collection: Collection, file: string, relativePath: string, mtime: Date, ctx: SiteContext): StaticFile {
  const name = path.posix.basename(relativePath)
  const extname = path.posix.extname(name)
  const cleaned = relativePath
    .slice(0, relativePath.length - extname.length)
    .replace(/\.*$/, '')
    .replace(collection.relativeDirectory, '')
  const url =
    generateUrl({
      template: collectionUrlTemplate(collection, ctx.config),
      placeholders: { collection: collection.label, path: cleaned, output_ext: '', name: staticBasename(name), title: '' },
      placeholderStyle: 'hash',
    }).replace(/\/$/, '') + extname
  const published = ctx.defaults.all(url, collection.label).published
  const dir = collectionsDir(ctx.config)
  return createStaticFile({
    path: file,
    relativePath: dir ? `${dir}/${relativePath}` : relativePath,
    liquidPath: relativePath,
    mtime,
    data: ctx.defaults.all(relativePath, collection.label),
    collection: collection.label,
    url,
    published: published === undefined || published === null ? true : published !== false,
  })
}

/** Collection#sort_docs!: the `order` list, else `sort_by` a front-matter key, else by date and path. */
export function sortDocuments(collection: Collection): void {
  const { metadata } = collection
  if (Array.isArray(metadata.order)) collection.docs = orderedDocuments(collection, metadata.order)
  else if (typeof metadata.sort_by === 'string') sortByKey(collection, metadata.sort_by)
  else rubySort(collection.docs, compareDocuments)
}

/** Collection#rearrange_docs!: the listed files first, in the listed order, then the others by date and path. */
function orderedDocuments(collection: Collection, order: unknown[]): Document[] {
  const sorted = rubySort([...collection.docs], compareDocuments)
  const table = new Map<string, Document | null>()
  for (const entry of order) table.set(path.posix.join(collection.relativeDirectory, String(entry)), null)
  for (const doc of sorted) table.set(doc.relativePath, doc)
  return [...table.values()].filter((d): d is Document => d !== null)
}

/** Collection#sort_docs_by_key!: documents without the key go last, with a warning. */
function sortByKey(collection: Collection, key: string): void {
  rubySort(collection.docs, (a, b) => {
    const x = a.data[key]
    const y = b.data[key]
    const xNil = x === undefined || x === null
    const yNil = y === undefined || y === null
    let order: number | null
    if (xNil && !yNil) {
      log.warn('Sort warning:', `'${key}' not defined in ${a.relativePath}`)
      order = 1
    } else if (!xNil && yNil) {
      log.warn('Sort warning:', `'${key}' not defined in ${b.relativePath}`)
      order = -1
    } else order = rubyCompare(x, y)
    return order === null || order === 0 ? compareDocuments(a, b) : order
  })
}

/**
 * Document#<=>: by the `date` in the data, then by path. Documents outside posts that have no date yet compare
 * equal on dates with each other and by path with dated ones, exactly as in Jekyll.
 */
export function compareDocuments(a: Document, b: Document): number {
  const cmp = rubyCompare(a.data.date, b.data.date)
  if (cmp !== null && cmp !== 0) return cmp
  return rubyCompare(a.path, b.path) ?? 0
}
