/**
 * Collection documents (posts, drafts, other collections): Jekyll's Document#read and its URL.
 */
import path from 'node:path'
import { parseFrontMatterDate } from '../util/dates.js'
import { BuildError } from '../util/errors.js'
import { deepMerge } from '../util/deep-merge.js'
import { log } from '../util/log.js'
import { readFrontMatter } from '../read/front-matter.js'
import { mergeCategories, populateCategories, populateTags, titleizeSlug } from './categories.js'
import { extractExcerpt } from './excerpt.js'
import type { Collection, Document } from './types.js'
import { documentUrl } from './document-url.js'
import type { SiteContext } from './site-context.js'

export const DATE_FILENAME = /^(?:.+\/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$/
export const DATELESS_FILENAME = /^(?:.+\/)*(.*)(\.[^.]+)$/

export interface DocumentInput {
  /** Absolute path. */
  path: string
  /** Path relative to the collections directory (Jekyll's Document#relative_path). */
  relativePath: string
  text: string
  collection: Collection
  /** File modification time (used as the date of drafts). */
  mtime: Date
  draft?: boolean
}

/** Reads a document the way Jekyll does: defaults, front matter, then title/slug/date from the file name, categories, tags, excerpt. */
export function createDocument(input: DocumentInput, ctx: SiteContext): Document {
  const { collection, relativePath } = input
  const ext = path.extname(input.path)
  const draft = input.draft ?? false
  let data: Record<string, unknown> = {}
  const mergeData = (other: Record<string, unknown>, source: string): void => {
    const incoming = { ...other }
    if ('categories' in incoming) incoming.categories = mergeCategories(data.categories, incoming.categories)
    data = deepMerge(data, incoming)
    if ('date' in other && other.date !== undefined && other.date !== null) {
      data.date = toDate(other.date, `Document '${relativePath}' does not have a valid date in the ${source}.`, relativePath)
    }
  }

  mergeData({ categories: categoriesFromPath(relativePath, draft ? '_drafts' : collection.relativeDirectory, input.path) }, 'file path')
  const defaults = ctx.defaults.all(relativePath, collection.label)
  if (Object.keys(defaults).length > 0) mergeData(defaults, 'front matter defaults')

  const fm = readFrontMatter(input.text, relativePath)
  if (fm.error) {
    log.error('Error:', `YAML Exception reading ${input.path}: ${fm.error.message}`)
    if (ctx.config.strict_front_matter) throw fm.error
  } else mergeData(fm.data, 'YAML front matter')

  // populate_title
  let slug: string
  let fileExt: string | undefined
  const dated = DATE_FILENAME.exec(relativePath)
  if (dated) {
    slug = dated[2] as string
    fileExt = dated[3]
    const fileDate = toDate(dated[1] as string, `Document '${relativePath}' does not have a valid date in the filename.`, relativePath)
    if (!(data.date instanceof Date) || Math.floor(data.date.getTime() / 1000) === Math.floor(ctx.time.getTime() / 1000)) {
      data.date = fileDate
    }
  } else {
    const dateless = DATELESS_FILENAME.exec(relativePath)
    slug = dateless ? (dateless[1] as string) : path.basename(input.path, ext)
    fileExt = dateless?.[2]
  }
  slug = slug.replace(/\.*$/, '')
  if (data.title === undefined || data.title === null) data.title = titleizeSlug(slug)
  if (data.slug === undefined || data.slug === null) data.slug = slug
  if (data.ext === undefined || data.ext === null) data.ext = fileExt
  data.categories = populateCategories(data)
  data.tags = populateTags(data)
  if (draft) data.draft = true
  if (!(data.date instanceof Date)) data.date = draft ? input.mtime : ctx.time

  const doc: Document = {
    kind: 'document',
    path: input.path,
    relativePath,
    data,
    content: fm.body,
    bodyLineOffset: fm.bodyLineOffset,
    ext,
    outputExt: '',
    url: '',
    sourceText: input.text,
    collection: collection.label,
    date: data.date as Date,
    basenameWithoutExt: path.basename(input.path, ext),
    draft,
  }
  doc.outputExt = ctx.outputExtFor(ext, data.permalink)
  doc.url = documentUrl(doc, collection, ctx.config)

  const separator = String(data.excerpt_separator ?? ctx.config.excerpt_separator ?? '')
  if (separator !== '' && (data.excerpt === undefined || data.excerpt === null)) {
    doc.excerptSource = extractExcerpt(doc.content, separator, relativePath)
  }
  return doc
}

function toDate(value: unknown, message: string, file: string): Date {
  try {
    return parseFrontMatterDate(value)
  } catch (error) {
    throw new BuildError({
      topic: 'Error',
      message: `Invalid date '${String(value)}': ${message}`,
      file,
      hint: 'Use the form YYYY-MM-DD, optionally followed by HH:MM:SS and a time zone offset (+0100).',
      cause: error,
    })
  }
}

/** Jekyll's `categories_from_path`: folders above the special directory become categories. */
function categoriesFromPath(relativePath: string, specialDir: string, absolutePath: string): string[] {
  if (relativePath.startsWith(specialDir)) return []
  const at = relativePath.indexOf(specialDir)
  const superdirs = at === -1 ? relativePath : relativePath.slice(0, at)
  const basename = path.basename(absolutePath)
  return superdirs.split('/').filter((c) => c !== '' && c !== specialDir && c !== basename)
}
