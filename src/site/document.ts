/**
 * Collection documents (posts, drafts, other collections): Jekyll's Document#read and its URL.
 */
import path from 'node:path'
import { parseYaml } from '../config/yaml.js'
import { isHash } from '../config/yaml.js'
import { parseFrontMatterDate } from '../util/dates.js'
import { BuildError } from '../util/errors.js'
import { deepMerge } from '../util/deep-merge.js'
import { log } from '../util/log.js'
import { readFrontMatter } from '../read/front-matter.js'
import { copyString } from '../util/copy-string.js'
import { withSourceText } from './source-text.js'
import { mergeCategories, populateCategories, populateTags, titleizeSlug } from './categories.js'
import { excerptSeparator, extractExcerpt } from './excerpt.js'
import type { Collection, Document } from './types.js'
import { documentUrl } from './document-url.js'
import type { SiteContext } from './site-context.js'

export const DATE_FILENAME = /^(?:.+\/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$/
export const DATELESS_FILENAME = /^(?:.+\/)*(.*)(\.[^.]+)$/
const YAML_EXTS = new Set(['.yaml', '.yml'])

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
  /** The encoding `text` was read with from `path`: then the text is not kept (see withSourceText). */
  encoding?: string
}

/** Ruby truthiness: everything but nil and false. */
const truthy = (value: unknown): boolean => value !== undefined && value !== null && value !== false

/**
 * Reads a document the way Jekyll does: `draft`, categories from the path, defaults, front matter, then
 * title/slug/ext/date from the file name, categories, tags, excerpt. Keys keep Jekyll's order in `data`.
 * A YAML document (`.yml`/`.yaml`) is all data and has no content (`content` is then `null`-like '').
 */
export function createDocument(input: DocumentInput, ctx: SiteContext): Document {
  const { collection, relativePath } = input
  const ext = path.extname(input.path)
  const draft = input.draft ?? false
  const isYaml = YAML_EXTS.has(ext)
  const data: Record<string, unknown> = { draft }
  /** Document#merge_data!, in place (Jekyll's data hash is one object). */
  const mergeData = (other: Record<string, unknown>, source: string): void => {
    const incoming = { ...other }
    if ('categories' in incoming) incoming.categories = mergeCategories(data.categories, incoming.categories)
    deepMergeInto(data, incoming)
    // merge_date!: a `date` key is always re-parsed; an empty one is an invalid date, as in Jekyll.
    if ('date' in data) {
      data.date = toDate(data.date, `Document '${relativePath}' does not have a valid date in the ${source}.`, relativePath)
    }
  }

  mergeData({ categories: categoriesFromPath(relativePath, draft ? '_drafts' : collection.relativeDirectory, input.path) }, 'file path')
  let body = ''
  let bodyLineOffset = 0
  let hasContent = true
  if (isYaml) {
    // Document#read: a YAML file's data is the whole file; it has no content.
    hasContent = false
    const yaml = parseYaml(input.text, { file: relativePath, fileText: input.text })
    replaceContents(data, isHash(yaml) ? yaml : {})
  } else {
    const defaults = ctx.defaults.all(relativePath, collection.label)
    if (Object.keys(defaults).length > 0) mergeData(defaults, 'front matter defaults')
    const fm = readFrontMatter(input.text, relativePath)
    body = fm.body
    bodyLineOffset = fm.bodyLineOffset
    if (fm.error) {
      log.error('Error:', `YAML Exception reading ${input.path}: ${fm.error.message}`)
      if (ctx.config.strict_front_matter) throw fm.error
    } else if (fm.notAHash) {
      log.error('Error:', `could not read file ${input.path}: the front matter is not a set of 'key: value' pairs`)
      if (ctx.config.strict_front_matter) {
        throw new BuildError({ topic: 'Error', message: `Invalid YAML front matter in ${relativePath}`, file: relativePath, line: 2, source: input.text })
      }
    } else mergeData(fm.data, 'YAML front matter')
    populateTitle(data, relativePath, input.path, ext, ctx, mergeData)
    data.categories = populateCategories(data)
    data.tags = populateTags(data)
  }

  const separator = excerptSeparator(data, ctx.config)
  const generateExcerpt = !isYaml && separator !== '' && !truthy(data.excerpt)
  // Document#date: posts and drafts get theirs while being read (the Publisher asks for it); other
  // documents keep no `date` key until rendered, which matters for sorting (see compareDocuments).
  const date = data.date instanceof Date ? data.date : draft ? input.mtime : ctx.time
  if (collection.label === 'posts') data.date = date

  const doc: Document = withSourceText({
    kind: 'document',
    path: input.path,
    relativePath,
    data,
    content: body,
    bodyLineOffset,
    ext,
    outputExt: '',
    url: '',
    collection: collection.label,
    date,
    basenameWithoutExt: path.basename(input.path, ext),
    draft,
    hasContent,
  }, input.text, body, isYaml ? undefined : input.encoding)
  doc.outputExt = ctx.outputExtFor(ext, data.permalink)
  doc.url = documentUrl(doc, collection, ctx.config)
  if (generateExcerpt) doc.excerptSource = copyString(extractExcerpt(doc.content, separator, relativePath))
  return doc
}

/** Document#populate_title: title, slug, ext (and the date) from the file name when the front matter lacks them. */
function populateTitle(
  data: Record<string, unknown>,
  relativePath: string,
  absolutePath: string,
  ext: string,
  ctx: SiteContext,
  mergeData: (other: Record<string, unknown>, source: string) => void,
): void {
  let slug: string | undefined
  let fileExt: string | undefined
  const dated = DATE_FILENAME.exec(relativePath)
  if (dated) {
    slug = dated[2] as string
    fileExt = dated[3]
    // modify_date: the file name's date unless the front matter gave one (other than site.time).
    const current = data.date
    if (!truthy(current) || (current instanceof Date && Math.floor(current.getTime() / 1000) === Math.floor(ctx.time.getTime() / 1000))) {
      mergeData({ date: dated[1] }, 'filename')
    }
  } else {
    const dateless = DATELESS_FILENAME.exec(relativePath)
    if (dateless) {
      slug = dateless[1] as string
      fileExt = dateless[2]
    }
  }
  slug ??= path.basename(absolutePath, ext)
  slug = slug.replace(/\.*$/, '')
  if (!truthy(data.title)) data.title = titleizeSlug(slug)
  if (!truthy(data.slug)) data.slug = slug
  if (!truthy(data.ext)) data.ext = fileExt
}

function replaceContents(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const key of Object.keys(target)) delete target[key]
  Object.assign(target, source)
}

/**
 * `replaceContents(target, deepMerge(target, overwrite))` without emptying `target` first: the same keys,
 * values and key order (keys already there keep their place, new ones come last), but no `delete`, which
 * would turn the object into a slow dictionary (larger, and slower for every Liquid lookup).
 */
function deepMergeInto(target: Record<string, unknown>, overwrite: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(overwrite)) {
    if (key === '__proto__') continue // deepMerge set it on its copy, which replaceContents did not carry over
    if (value === null || value === undefined) {
      if (!(key in target)) target[key] = value
      continue
    }
    const old = target[key]
    target[key] = isHash(old) && isHash(value) ? deepMerge(old, value) : value
  }
}

function toDate(value: unknown, message: string, file: string): Date {
  try {
    return parseFrontMatterDate(value)
  } catch (error) {
    throw new BuildError({
      topic: 'Error',
      message: `Invalid date '${value instanceof Date ? value.toISOString() : String(value)}': ${message}`,
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
