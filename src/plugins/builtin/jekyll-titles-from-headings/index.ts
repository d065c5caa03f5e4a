/**
 * jekyll-titles-from-headings 0.5: a Markdown page without `title` takes the text of its first heading
 * (`#`–`###` or a setext heading). `titles_from_headings: { enabled, strip_title, collections }`;
 * `strip_title` removes the heading from the content. Documents always take the heading, as in the plugin.
 */
import { isHash } from '../../../config/yaml.js'
import { normalizeWhitespace } from '../../../liquid/filters/strings.js'
import { stripHtml } from '../../../liquid/filters/standard-strings.js'
import { excerptSeparator, extractExcerpt } from '../../../site/excerpt.js'
import type { Document, Page } from '../../../site/types.js'
import { definePlugin, type PluginSite } from '../../types.js'

/** The first heading at the very start: an atx heading (1–3 `#`) or a setext one; Ruby's `$` is a line end. */
const TITLE = /^\s*(?:#{1,3}\s+(.*)(?:\s+#{1,3})?|(.*)\r?\n[-=]+\s*)(?=\n|(?![\s\S]))/
const FOOTNOTE_REFERENCE = /\[\^[^\]]*\]/g

export default definePlugin({
  name: 'jekyll-titles-from-headings',
  setup(api) {
    api.addGenerator(addTitles, { priority: 'lowest', name: 'JekyllTitlesFromHeadings::Generator' })
  },
})

function option(site: PluginSite, key: string): unknown {
  const settings = site.config.titles_from_headings
  return isHash(settings) ? settings[key] : undefined
}

function addTitles(site: PluginSite): void {
  if (option(site, 'enabled') === false) return
  const items: Array<Page | Document> = [...site.site.pages]
  if (option(site, 'collections') === true) items.push(...site.documentsToWrite())
  for (const item of items) {
    if (!site.isMarkdown(item.ext)) continue
    const hasTitle = item.kind === 'page' && item.data.title !== undefined && item.data.title !== null
    if (hasTitle) continue
    const match = TITLE.exec(item.content)
    if (match) {
      const heading = match[1] ?? match[2] ?? ''
      item.data.title = normalizeWhitespace(stripHtml(site.markdownify(heading))).replace(FOOTNOTE_REFERENCE, '')
    }
    if (stripTitle(site, item)) {
      item.content = item.content.replace(TITLE, '').trim()
      if (item.kind === 'document' && item.collection === 'posts' && item.excerptSource !== undefined) {
        item.excerptSource = extractExcerpt(item.content, excerptSeparator(item.data, site.config), item.relativePath)
      }
    }
  }
}

function stripTitle(site: PluginSite, item: Page | Document): boolean {
  if ('strip_title' in item.data) return item.data.strip_title === true
  return option(site, 'strip_title') === true
}
