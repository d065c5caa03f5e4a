/**
 * Jekyll's URL filters: relative_url, absolute_url, strip_index, plus the escaping
 * filters uri_escape, cgi_escape and xml_escape. Site settings come from the render
 * context (`site.url`, `site.baseurl`).
 */
import type { Liquid } from 'liquidjs'
import type { FilterContext } from './filter-context.js'
import { cgiEscape, xmlEscape } from './escape.js'
import { readKey } from './jekyll-property.js'
import { rubyToS } from './ruby-inspect.js'
import { isAbsoluteUrl, normalizeComponent, normalizeUrl } from './uri-normalize.js'

/** `site.config[key]` as Jekyll's filters read it (registers[:site], so strict_variables never applies). */
function siteSetting (ctx: FilterContext, key: string): unknown {
  const environments = (ctx.context as { environments?: Record<string, unknown> }).environments
  if (!environments) return ctx.context.getSync(['site', key]) // a context without a render (src/plugins/urls.ts)
  const site = environments.site
  return site === undefined || site === null ? undefined : readKey(site, key)
}

function urlOf (input: unknown): string {
  if (input && typeof input === 'object' && 'url' in input) return rubyToS((input as { url: unknown }).url)
  return rubyToS(input)
}

function ensureLeadingSlash (s: string): string {
  return s === '' || s.startsWith('/') ? s : `/${s}`
}

/** Jekyll `relative_url`: baseurl + input, normalized; absolute URLs and nil pass through. */
export function relativeUrl (this: FilterContext, input: unknown): unknown {
  if (input === null || input === undefined) return input
  const url = urlOf(input)
  if (isAbsoluteUrl(url)) return url
  const baseurl = siteSetting(this, 'baseurl')
  const base = baseurl === null || baseurl === undefined ? '' : rubyToS(baseurl).replace(/\/$/, '')
  return normalizeUrl(ensureLeadingSlash(base) + ensureLeadingSlash(url))
}

/** Jekyll `absolute_url`: site.url + relative_url(input); without site.url same as relative_url. */
export function absoluteUrl (this: FilterContext, input: unknown): unknown {
  if (input === null || input === undefined) return input
  const url = urlOf(input)
  if (isAbsoluteUrl(url)) return url
  const siteUrl = siteSetting(this, 'url')
  const relative = relativeUrl.call(this, url) as string
  if (siteUrl === null || siteUrl === undefined || siteUrl === '') return relative
  return normalizeUrl(rubyToS(siteUrl) + relative)
}

/** Jekyll `strip_index`: a trailing `/index.html` or `/index.htm` becomes `/`. */
export function stripIndex (input: unknown): unknown {
  if (input === null || input === undefined || rubyToS(input) === '') return undefined
  return rubyToS(input).replace(/\/index\.html?$/m, '/')
}

/** Registers relative_url, absolute_url, strip_index, uri_escape, cgi_escape, xml_escape. */
export function registerUrlFilters (liquid: Liquid): void {
  liquid.registerFilter('relative_url', relativeUrl)
  liquid.registerFilter('absolute_url', absoluteUrl)
  liquid.registerFilter('strip_index', stripIndex)
  liquid.registerFilter('uri_escape', (input: unknown) =>
    input === null || input === undefined ? input : normalizeComponent(rubyToS(input)))
  liquid.registerFilter('cgi_escape', (input: unknown) => cgiEscape(rubyToS(input)))
  liquid.registerFilter('xml_escape', (input: unknown) => xmlEscape(rubyToS(input)))
}
