/**
 * jekyll-redirect-from 0.16: `redirect_from:` (a path or a list) writes a redirect page at each old URL;
 * `redirect_to:` turns the page itself into a redirect. All of them are listed in `redirects.json`
 * (unless `redirect_from: { json: false }`). A site layout named `redirect` replaces the built-in page.
 */
import path from 'node:path'
import { isHash } from '../../../config/yaml.js'
import type { Document, Layout, Page } from '../../../site/types.js'
import { definePlugin, type PluginSite } from '../../types.js'

/** The redirect page (rendered as the `redirect` layout with `page.redirect.to`). */
export const REDIRECT_LAYOUT = `<!DOCTYPE html>
<html lang="en-US">
  <meta charset="utf-8">
  <title>Redirecting&hellip;</title>
  <link rel="canonical" href="{{ page.redirect.to }}">
  <script>location="{{ page.redirect.to }}"</script>
  <meta http-equiv="refresh" content="0; url={{ page.redirect.to }}">
  <meta name="robots" content="noindex">
  <h1>Redirecting&hellip;</h1>
  <a href="{{ page.redirect.to }}">Click here if you are not redirected.</a>
</html>
`

export default definePlugin({
  name: 'jekyll-redirect-from',
  setup(api) {
    api.addGenerator(generateRedirects, { name: 'JekyllRedirectFrom::Generator' })
  },
})

function generateRedirects(site: PluginSite): void {
  if (!site.site.layouts.has('redirect')) site.site.layouts.set('redirect', builtinLayout(site))
  const redirects = new Map<string, string>()
  const redirectData = (from: string, to: string): Record<string, unknown> => {
    const fromPath = from.startsWith('/') || from === '' ? from : `/${from}`
    return {
      sitemap: false,
      layout: 'redirect',
      permalink: fromPath,
      redirect: { from: fromPath, to: /^https?:\/\//.test(to) ? to : site.absoluteUrl(to) },
    }
  }
  for (const item of [...site.documentsToWrite(), ...site.site.pages]) {
    for (const from of redirectFrom(item)) {
      const data = redirectData(from, item.url)
      site.addPage({ name: 'redirect.html', data })
      const redirect = data.redirect as { from: string; to: string }
      redirects.set(redirect.from, redirect.to)
    }
    const to = redirectTo(item)
    if (to !== undefined) {
      const data = redirectData(item.url, to)
      Object.assign(item.data, data)
      item.content = ''
      item.output = ''
      const redirect = data.redirect as { from: string; to: string }
      redirects.set(redirect.from, redirect.to)
    }
  }
  const settings = site.config.redirect_from
  const json = isHash(settings) ? settings.json : undefined
  if (json !== false && !site.sourceExists('redirects.json')) {
    site.addPage({ name: 'redirects.json', content: JSON.stringify(Object.fromEntries(redirects)), data: { layout: null } })
  }
}

/** `redirect_from` as a list of paths (nil entries dropped). */
function redirectFrom(item: Page | Document): string[] {
  const value = item.data.redirect_from
  const list = Array.isArray(value) ? value : [value]
  return list.filter((v) => v !== undefined && v !== null).map(String)
}

/** `redirect_to`, or the first non-nil entry of a list. */
function redirectTo(item: Page | Document): string | undefined {
  const value = item.data.redirect_to
  const first = Array.isArray(value) ? value.find((v) => v !== undefined && v !== null) : value
  return first === undefined || first === null || first === false ? undefined : String(first)
}

function builtinLayout(site: PluginSite): Layout {
  return {
    name: 'redirect',
    path: path.join(site.site.source, '_layouts', 'redirect.html'),
    relativePath: '_layouts/redirect.html',
    data: {},
    content: REDIRECT_LAYOUT,
    bodyLineOffset: 0,
    sourceText: REDIRECT_LAYOUT,
  }
}
