/** The JSON-LD object of `{% seo %}`: schema.org data about the page, keys sorted, empty values left out. */
import { rubyJson } from '../../../liquid/filters/ruby-inspect.js'
import { present } from '../../values.js'
import type { SeoMetadata } from './metadata.js'

const ENTITY_TYPES = new Set(['BlogPosting', 'CreativeWork'])
const AUTHOR_TYPES = new Set(['Organization', 'Person'])

export function jsonLd(seo: SeoMetadata): string {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': seo.type,
    author: author(seo),
    dateModified: seo.dateModified,
    datePublished: seo.datePublished,
    description: seo.description,
    headline: seo.pageTitle,
    image: image(seo),
    mainEntityOfPage: ENTITY_TYPES.has(String(seo.type)) ? { '@type': 'WebPage', '@id': seo.canonicalUrl } : undefined,
    name: seo.name,
    publisher: publisher(seo),
    sameAs: seo.links,
    url: seo.canonicalUrl,
  }
  const sorted = Object.keys(data).sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))))
  const out: Record<string, unknown> = {}
  for (const key of sorted) if (present(data[key])) out[key] = data[key]
  return rubyJson(out)
}

function author(seo: SeoMetadata): Record<string, unknown> | undefined {
  const { fields } = seo.author
  if (!present(fields.name)) return undefined
  const type = fields.type
  if (present(type) && !AUTHOR_TYPES.has(String(type))) return undefined
  const out: Record<string, unknown> = { '@type': present(type) ? type : 'Person', name: fields.name }
  if (present(fields.url)) out.url = fields.url
  return out
}

/** The image URL alone, or the image hash with `url` and `@type` when it has more fields. */
function image(seo: SeoMetadata): unknown {
  const img = seo.image
  if (!img) return undefined
  const keys = new Set(['path', ...Object.keys(img.fields)])
  if (keys.size === 1) return img.path
  const out: Record<string, unknown> = {}
  for (const key of keys) if (key !== 'path') out[key] = img.fields[key]
  out.url = img.path
  out['@type'] = 'imageObject'
  return out
}

function publisher(seo: SeoMetadata): Record<string, unknown> | undefined {
  const logo = seo.logo
  if (!present(logo)) return undefined
  const out: Record<string, unknown> = { '@type': 'Organization', logo: { '@type': 'ImageObject', url: logo } }
  if (present(seo.author.name)) out.name = seo.author.name
  return out
}
