/** URLs of collection documents: the collection's permalink template filled from Jekyll's UrlDrop placeholders. */
import type { SiteConfig } from '../config/load.js'
import { strftime } from '../util/strftime.js'
import { slugify } from '../util/slugify.js'
import { addPermalinkSuffix, generateUrl, LazyPlaceholders } from './url.js'
import type { Collection, Document } from './types.js'

/** The collection's URL template (`permalink` metadata, or `/:collection/:path` with the style's suffix). */
export function collectionUrlTemplate(collection: Collection, config: SiteConfig): string {
  const permalink = collection.metadata.permalink
  if (typeof permalink === 'string' && permalink !== '') return permalink
  return addPermalinkSuffix('/:collection/:path', String(config.permalink ?? 'date'))
}

interface Subject {
  doc: Document
  collection: Collection
}

const categoriesOf = (doc: Document): unknown[] => (Array.isArray(doc.data.categories) ? (doc.data.categories as unknown[]) : [])
const hasSlug = (doc: Document): boolean => doc.data.slug !== undefined && doc.data.slug !== null
const date = (format: string) => ({ doc }: Subject): string => strftime(doc.date, format)

/** Jekyll's UrlDrop: how each permalink placeholder of a document is computed, in the drop's order. */
const PLACEHOLDERS = new Map<string, (subject: Subject) => string>([
  ['collection', ({ collection }) => collection.label],
  ['path', ({ doc, collection }) => cleanedRelativePath(doc, collection)],
  ['name', ({ doc }) => slugify(doc.basenameWithoutExt)],
  ['title', ({ doc }) => (hasSlug(doc) ? slugify(String(doc.data.slug), 'pretty', true) : slugify(doc.basenameWithoutExt, 'pretty', true))],
  ['slug', ({ doc }) => (hasSlug(doc) ? slugify(String(doc.data.slug)) : slugify(doc.basenameWithoutExt))],
  ['categories', ({ doc }) => [...new Set(categoriesOf(doc).map((c) => String(c).toLowerCase()))].join('/')],
  ['slugified_categories', ({ doc }) => [...new Set(categoriesOf(doc).map((c) => slugify(String(c))))].join('/')],
  ['year', date('%Y')],
  ['month', date('%m')],
  ['day', date('%d')],
  ['hour', date('%H')],
  ['minute', date('%M')],
  ['second', date('%S')],
  ['i_day', date('%-d')],
  ['i_month', date('%-m')],
  ['short_month', date('%b')],
  ['long_month', date('%B')],
  ['short_year', date('%y')],
  ['w_year', date('%G')],
  ['week', date('%V')],
  ['w_day', date('%u')],
  ['short_day', date('%a')],
  ['long_day', date('%A')],
  ['y_day', date('%j')],
  ['output_ext', ({ doc }) => doc.outputExt],
])

/** Jekyll's UrlDrop: the values of every permalink placeholder for a document. */
export function documentPlaceholders(doc: Document, collection: Collection): Record<string, string> {
  return new LazyPlaceholders(PLACEHOLDERS, { doc, collection }).toRecord() as Record<string, string>
}

/** Jekyll's `cleaned_relative_path`: relative path without extension, collection folder and trailing dots. */
function cleanedRelativePath(doc: Document, collection: Collection): string {
  const withoutExt = doc.ext ? doc.relativePath.slice(0, -doc.ext.length) : doc.relativePath
  return withoutExt.replace(collection.relativeDirectory, '').replace(/\.*$/, '')
}

export function documentUrl(doc: Document, collection: Collection, config: SiteConfig): string {
  const permalink = doc.data.permalink
  return generateUrl({
    template: collectionUrlTemplate(collection, config),
    placeholders: new LazyPlaceholders(PLACEHOLDERS, { doc, collection }),
    permalink: typeof permalink === 'string' ? permalink : null,
  })
}
