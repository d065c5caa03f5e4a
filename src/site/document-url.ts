/** URLs of collection documents: the collection's permalink template filled from Jekyll's UrlDrop placeholders. */
import type { SiteConfig } from '../config/load.js'
import { strftime } from '../util/strftime.js'
import { slugify } from '../util/slugify.js'
import { addPermalinkSuffix, generateUrl } from './url.js'
import type { Collection, Document } from './types.js'

/** The collection's URL template (`permalink` metadata, or `/:collection/:path` with the style's suffix). */
export function collectionUrlTemplate(collection: Collection, config: SiteConfig): string {
  const permalink = collection.metadata.permalink
  if (typeof permalink === 'string' && permalink !== '') return permalink
  return addPermalinkSuffix('/:collection/:path', String(config.permalink ?? 'date'))
}

/** Jekyll's UrlDrop: the values of every permalink placeholder for a document. */
export function documentPlaceholders(doc: Document, collection: Collection): Record<string, string> {
  const d = doc.date
  const slugValue = doc.data.slug
  const categories = Array.isArray(doc.data.categories) ? (doc.data.categories as unknown[]) : []
  const hasSlug = slugValue !== undefined && slugValue !== null
  return {
    collection: collection.label,
    path: cleanedRelativePath(doc, collection),
    name: slugify(doc.basenameWithoutExt),
    title: hasSlug ? slugify(String(slugValue), 'pretty', true) : slugify(doc.basenameWithoutExt, 'pretty', true),
    slug: hasSlug ? slugify(String(slugValue)) : slugify(doc.basenameWithoutExt),
    categories: [...new Set(categories.map((c) => String(c).toLowerCase()))].join('/'),
    slugified_categories: [...new Set(categories.map((c) => slugify(String(c))))].join('/'),
    year: strftime(d, '%Y'),
    month: strftime(d, '%m'),
    day: strftime(d, '%d'),
    hour: strftime(d, '%H'),
    minute: strftime(d, '%M'),
    second: strftime(d, '%S'),
    i_day: strftime(d, '%-d'),
    i_month: strftime(d, '%-m'),
    short_month: strftime(d, '%b'),
    long_month: strftime(d, '%B'),
    short_year: strftime(d, '%y'),
    w_year: strftime(d, '%G'),
    week: strftime(d, '%V'),
    w_day: strftime(d, '%u'),
    short_day: strftime(d, '%a'),
    long_day: strftime(d, '%A'),
    y_day: strftime(d, '%j'),
    output_ext: doc.outputExt,
  }
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
    placeholders: documentPlaceholders(doc, collection),
    permalink: typeof permalink === 'string' ? permalink : null,
  })
}
