/**
 * What `{% seo %}` knows about the page being rendered (jekyll-seo-tag's Drop, AuthorDrop and ImageDrop):
 * titles, description, author, image, dates, type, links, logo, locale and canonical URL.
 */
import { isHash } from '../../../config/yaml.js'
import { rubyToS } from '../../../liquid/filters/ruby-inspect.js'
import type { TagContext } from '../../types.js'
import { isAbsoluteUrl, lookup, present } from '../../values.js'

const HOMEPAGE_OR_ABOUT = /^\/(about\/)?(index.html?)?$/

export interface SeoImage {
  /** The escaped absolute URL. */
  path: string
  /** The image hash (`path` replaced): height, width, alt, ... */
  fields: Record<string, unknown>
}

export interface SeoAuthor {
  fields: Record<string, unknown>
  name: unknown
  twitter: string | undefined
}

export class SeoMetadata {
  private readonly memo = new Map<string, unknown>()
  readonly page: unknown
  readonly site: unknown

  constructor(
    private readonly markup: string,
    private readonly context: TagContext,
  ) {
    this.page = context.get('page')
    this.site = context.get('site')
  }

  private once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make())
    return this.memo.get(key) as T
  }

  pageValue(key: string): unknown {
    return lookup(this.page, key)
  }

  siteValue(key: string): unknown {
    return lookup(this.site, key)
  }

  /** markdownify → strip_html → normalize_whitespace → escape_once; undefined when empty. */
  format(value: unknown): string | undefined {
    let text: unknown = present(value) ? rubyToS(value) : ''
    for (const filter of ['markdownify', 'strip_html', 'normalize_whitespace', 'escape_once']) text = this.context.filter(filter, text)
    const out = rubyToS(text)
    return out === '' ? undefined : out
  }

  filter(name: string, input: unknown): unknown {
    return this.context.filter(name, input)
  }

  get showTitle(): boolean {
    return this.title !== undefined && !/title=false/i.test(this.markup)
  }

  get siteTitle(): string | undefined {
    return this.once('siteTitle', () => this.format(present(this.siteValue('title')) ? this.siteValue('title') : this.siteValue('name')))
  }

  get siteTagline(): string | undefined {
    return this.once('siteTagline', () => this.format(this.siteValue('tagline')))
  }

  get siteDescription(): string | undefined {
    return this.once('siteDescription', () => this.format(this.siteValue('description')))
  }

  get pageTitle(): string | undefined {
    return this.once('pageTitle', () => this.format(this.pageValue('title')) ?? this.siteTitle)
  }

  get title(): string | undefined {
    const base = this.once('title', () => {
      const { siteTitle, pageTitle, siteDescription } = this
      if (siteTitle && pageTitle !== siteTitle) return `${pageTitle} | ${siteTitle}`
      if (siteDescription && siteTitle) return `${siteTitle} | ${this.siteTagline ?? siteDescription}`
      return pageTitle ?? siteTitle
    })
    const number = this.pageNumber
    return number !== undefined && base !== undefined ? number + base : base
  }

  get name(): string | undefined {
    return this.once('name', () => {
      const seoName = lookup(this.pageSeo, 'name')
      if (present(seoName)) return this.format(seoName)
      if (!this.homepageOrAbout) return undefined
      const socialName = lookup(this.siteSocial, 'name')
      if (present(socialName)) return this.format(socialName)
      return this.siteTitle
    })
  }

  get description(): string | undefined {
    return this.once('description', () => {
      const own = this.pageValue('description')
      return this.format(present(own) ? own : this.pageValue('excerpt')) ?? this.siteDescription
    })
  }

  /** The page author: `author`, the first of `authors`, or the site's; names are looked up in site.data.authors. */
  get author(): SeoAuthor {
    return this.once('author', () => {
      const authors = this.pageValue('authors')
      const sources = [this.pageValue('author'), Array.isArray(authors) ? authors[0] : undefined, this.siteValue('author')]
      const resolved = sources.find((s) => present(s) && rubyToS(s) !== '')
      let fields: Record<string, unknown> = {}
      if (isHash(resolved)) fields = resolved
      else if (typeof resolved === 'string') {
        const data = lookup(this.siteValue('data'), 'authors')
        const extra = isHash(data) && isHash(data[resolved]) ? data[resolved] : {}
        fields = { name: resolved, ...extra }
      }
      const twitter = present(fields.twitter) ? fields.twitter : fields.name
      return { fields, name: fields.name, twitter: typeof twitter === 'string' ? twitter.replace(/^@/, '') : undefined }
    })
  }

  get image(): SeoImage | undefined {
    return this.once('image', () => {
      const meta = this.pageValue('image')
      const fields: Record<string, unknown> = isHash(meta) ? { path: null, ...meta } : { path: typeof meta === 'string' ? meta : null }
      const raw = [fields.path, fields.facebook, fields.twitter].find(present)
      if (!present(raw)) return undefined
      const url = typeof raw === 'string' && !isAbsoluteUrl(raw) ? this.filter('absolute_url', raw) : raw
      if (!present(url)) return undefined
      return { path: rubyToS(this.filter('uri_escape', url)), fields }
    })
  }

  get dateModified(): string | undefined {
    return this.once('dateModified', () => {
      const own = lookup(this.pageSeo, 'date_modified')
      const lastModified = this.pageValue('last_modified_at')
      const date = [own, lastModified, this.pageValue('date')].find(present)
      return present(date) ? rubyToS(this.filter('date_to_xmlschema', date)) : undefined
    })
  }

  get datePublished(): string | undefined {
    const date = this.pageValue('date')
    return present(date) ? rubyToS(this.filter('date_to_xmlschema', date)) : undefined
  }

  get type(): unknown {
    const own = lookup(this.pageSeo, 'type')
    if (present(own)) return own
    if (this.homepageOrAbout) return 'WebSite'
    return present(this.pageValue('date')) ? 'BlogPosting' : 'WebPage'
  }

  get links(): unknown {
    const own = lookup(this.pageSeo, 'links')
    if (present(own)) return own
    if (this.homepageOrAbout) {
      const social = lookup(this.siteSocial, 'links')
      if (present(social)) return social
    }
    return undefined
  }

  get logo(): string | undefined {
    const logo = this.siteValue('logo')
    if (!present(logo)) return undefined
    const url = typeof logo === 'string' && isAbsoluteUrl(logo) ? logo : this.filter('absolute_url', logo)
    return rubyToS(this.filter('uri_escape', url))
  }

  get pageLocale(): string {
    const lang = [this.pageValue('lang'), this.siteValue('lang')].find(present) ?? 'en_US'
    const locale = [this.pageValue('locale'), this.siteValue('locale')].find(present) ?? lang
    return rubyToS(locale).replace(/-/g, '_')
  }

  get canonicalUrl(): string {
    return this.once('canonicalUrl', () => {
      const own = this.pageValue('canonical_url')
      if (rubyToS(own) !== '') return rubyToS(own)
      return rubyToS(this.filter('absolute_url', this.pageValue('url'))).replace(/\/index\.html$/, '/')
    })
  }

  /** "Page 2 of 3 for " on paginated pages after the first (`seo_paginator_message`). */
  get pageNumber(): string | undefined {
    const paginator = this.context.get('paginator')
    const current = lookup(paginator, 'page')
    if (!present(current) || typeof current !== 'number' || current <= 1) return undefined
    const total = lookup(paginator, 'total_pages')
    const message = present(this.siteValue('seo_paginator_message')) ? rubyToS(this.siteValue('seo_paginator_message')) : 'Page %<current>s of %<total>s for '
    return message.replace(/%<current>s/g, String(current)).replace(/%<total>s/g, rubyToS(total))
  }

  private get homepageOrAbout(): boolean {
    return HOMEPAGE_OR_ABOUT.test(rubyToS(this.pageValue('url')))
  }

  private get pageSeo(): Record<string, unknown> {
    const seo = this.pageValue('seo')
    return isHash(seo) ? seo : {}
  }

  private get siteSocial(): Record<string, unknown> {
    const social = this.siteValue('social')
    return isHash(social) ? social : {}
  }
}
