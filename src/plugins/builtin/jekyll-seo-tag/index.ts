/**
 * jekyll-seo-tag 2.8: `{% seo %}` prints the page's title, meta description, canonical URL, Open Graph
 * and Twitter tags, site verifications and a JSON-LD script; `{% seo title=false %}` leaves out `<title>`.
 */
import { rubyToS } from '../../../liquid/filters/ruby-inspect.js'
import { definePlugin, type TagContext } from '../../types.js'
import { jsonLd } from './json-ld.js'
import { lookup, present } from '../../values.js'
import { SeoMetadata } from './metadata.js'

const VERSION = '2.8.0'

const VERIFICATIONS: Array<[string, string]> = [
  ['google', 'google-site-verification'],
  ['bing', 'msvalidate.01'],
  ['alexa', 'alexaVerifyID'],
  ['yandex', 'yandex-verification'],
  ['baidu', 'baidu-site-verification'],
  ['facebook', 'facebook-domain-verification'],
]

export default definePlugin({
  name: 'jekyll-seo-tag',
  setup(api) {
    api.addTag('seo', { render: (markup, context) => seoTag(markup, context) })
  },
})

function seoTag(markup: string, context: TagContext): string {
  const seo = new SeoMetadata(markup, context)
  const lines: string[] = [`<!-- Begin Jekyll SEO tag v${VERSION} -->`]
  const meta = (attr: 'name' | 'property', key: string, value: unknown) => lines.push(`<meta ${attr}="${key}" content="${rubyToS(value)}" />`)
  const site = (key: string) => seo.siteValue(key)

  if (seo.showTitle) lines.push(`<title>${seo.title}</title>`)
  meta('name', 'generator', `Jekyll v${rubyToS(lookup(context.get('jekyll'), 'version') ?? '4.3.1')}`)
  if (seo.pageTitle) meta('property', 'og:title', seo.pageTitle)
  if (present(seo.author.name)) meta('name', 'author', seo.author.name)
  meta('property', 'og:locale', seo.pageLocale)
  if (seo.description) {
    meta('name', 'description', seo.description)
    meta('property', 'og:description', seo.description)
  }
  if (present(site('url'))) {
    lines.push(`<link rel="canonical" href="${seo.canonicalUrl}" />`)
    meta('property', 'og:url', seo.canonicalUrl)
  }
  if (seo.siteTitle) meta('property', 'og:site_name', seo.siteTitle)
  const image = seo.image
  if (image) {
    meta('property', 'og:image', image.path)
    for (const key of ['height', 'width', 'alt']) if (present(image.fields[key])) meta('property', `og:image:${key}`, image.fields[key])
  }
  const date = seo.pageValue('date')
  if (present(date)) {
    meta('property', 'og:type', 'article')
    meta('property', 'article:published_time', seo.filter('date_to_xmlschema', date))
  } else meta('property', 'og:type', 'website')
  paginationLinks(context, lines)
  if (image) {
    const card = [lookup(seo.pageValue('twitter'), 'card'), lookup(site('twitter'), 'card')].find((c) => present(c) && c !== '')
    meta('name', 'twitter:card', card ?? 'summary_large_image')
    meta('property', 'twitter:image', image.path)
  } else meta('name', 'twitter:card', 'summary')
  if (image && present(image.fields.alt)) meta('name', 'twitter:image:alt', image.fields.alt)
  if (seo.pageTitle) meta('property', 'twitter:title', seo.pageTitle)
  if (present(site('twitter'))) {
    meta('name', 'twitter:site', `@${rubyToS(lookup(site('twitter'), 'username')).replaceAll('@', '')}`)
    if (seo.author.twitter !== undefined) meta('name', 'twitter:creator', `@${seo.author.twitter.replaceAll('@', '')}`)
  }
  const facebook = site('facebook')
  if (present(facebook)) {
    if (present(lookup(facebook, 'admins'))) meta('property', 'fb:admins', lookup(facebook, 'admins'))
    if (present(lookup(facebook, 'publisher'))) meta('property', 'article:publisher', lookup(facebook, 'publisher'))
    if (present(lookup(facebook, 'app_id'))) meta('property', 'fb:app_id', lookup(facebook, 'app_id'))
  }
  const verifications = site('webmaster_verifications')
  if (present(verifications)) {
    for (const [key, name] of VERIFICATIONS) if (present(lookup(verifications, key))) meta('name', name, lookup(verifications, key))
  } else if (present(site('google_site_verification'))) meta('name', 'google-site-verification', site('google_site_verification'))
  lines.push(`<script type="application/ld+json">\n${jsonLd(seo)}</script>`)
  lines.push('<!-- End Jekyll SEO tag -->')
  return `${lines.join('\n')}\n`
}

/** rel="prev"/"next" links on paginated pages. */
function paginationLinks(context: TagContext, lines: string[]): void {
  const paginator = context.get('paginator')
  for (const [rel, key] of [['prev', 'previous'], ['next', 'next']] as const) {
    if (present(lookup(paginator, `${key}_page`))) {
      lines.push(`<link rel="${rel}" href="${rubyToS(context.filter('absolute_url', lookup(paginator, `${key}_page_path`)))}" />`)
    }
  }
}
