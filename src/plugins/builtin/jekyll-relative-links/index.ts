/**
 * jekyll-relative-links 0.7: in Markdown pages (and documents with `relative_links: { collections: true }`),
 * inline and reference links to a source file (`[x](other.md)`, `[x]: docs/a.md#part "Title"`) become links
 * to that file's URL with the baseurl. `relative_links: { enabled: false, exclude: [globs] }`.
 */
import path from 'node:path'
import { isHash } from '../../../config/yaml.js'
import { EntryFilter } from '../../../read/entry-filter.js'
import { excerptSeparator, extractExcerpt } from '../../../site/excerpt.js'
import type { Document, Page } from '../../../site/types.js'
import { definePlugin, type PluginSite } from '../../types.js'
import { isAbsoluteUrl } from '../../values.js'

const TEXT = '(.*?)'
const FRAGMENT = '(#.+?|)?'
const TITLE = String.raw`(\s+"(?:\\"|[^"])*(?<!\\)"|\s+"(?:\\'|[^'])*(?<!\\)')?`
const INLINE = String.raw`\[${TEXT}\]\(([^)]+?)${FRAGMENT}${TITLE}\)`
const REFERENCE = String.raw`^\s*?\[${TEXT}\]: (.+?)${FRAGMENT}${TITLE}\s*?$`
const LINK = new RegExp(`(${INLINE}|${REFERENCE})`, 'gm')

interface Link {
  inline: boolean
  text: string
  path: string
  fragment: string | undefined
  title: string | undefined
}

export default definePlugin({
  name: 'jekyll-relative-links',
  setup(api) {
    api.addGenerator(replaceRelativeLinks, { priority: 'lowest', name: 'JekyllRelativeLinks::Generator' })
  },
})

function option(site: PluginSite, key: string): unknown {
  const settings = site.config.relative_links
  return isHash(settings) ? settings[key] : undefined
}

function replaceRelativeLinks(site: PluginSite): void {
  if (option(site, 'enabled') === false) return
  const items: Array<Page | Document> = [...site.site.pages]
  if (option(site, 'collections') === true) items.push(...site.documentsToWrite())
  const targets = [...site.site.pages, ...site.site.staticFiles, ...site.documentsToWrite()]
  const urlFor = (relativePath: string): string | undefined => {
    const wanted = cgiUnescape(relativePath)
    const target = targets.find((t) => t.relativePath.replace(/^\//, '') === wanted)
    return target?.url ? site.relativeUrl(target.url) : undefined
  }
  const exclude = option(site, 'exclude')
  const filter = exclude ? new EntryFilter({ source: site.site.source, include: [], exclude: (Array.isArray(exclude) ? exclude : [exclude]).map(String) }) : undefined
  for (const item of items) {
    if (!site.isMarkdown(item.ext)) continue
    if (filter?.isExcluded(item.relativePath)) continue
    const base = path.posix.dirname(item.relativePath)
    item.content = item.content.replace(LINK, (original, ...groups: Array<string | undefined>) => {
      const link = linkParts(groups)
      if (link.path.startsWith('#') || isAbsoluteUrl(link.path)) return original
      const url = urlFor(pathFromRoot(link.path, base))
      if (url === undefined) return original
      const target = url + (link.fragment ?? '')
      return link.inline ? `[${link.text}](${target}${link.title ?? ''})` : `\n[${link.text}]: ${target}${link.title ?? ''}`
    })
    if (item.kind === 'document') regenerateExcerpt(site, item)
  }
}

function linkParts(groups: Array<string | undefined>): Link {
  const inline = groups[1] !== undefined
  const at = inline ? 1 : 5
  return { inline, text: groups[at] ?? '', path: groups[at + 1] ?? '', fragment: groups[at + 2], title: groups[at + 3] }
}

/** The link's path from the source root: `/x.md` from the root, `x.md` from the page's folder. */
function pathFromRoot(link: string, base: string): string {
  const absolute = link.startsWith('/')
  const resolved = path.posix.resolve('/@root', absolute ? '' : base, link.replace(/^\//, ''))
  return resolved.startsWith('/@root/') ? resolved.slice('/@root/'.length) : resolved
}

/** Ruby's CGI.unescape: `+` is a space, `%XX` a byte. */
function cgiUnescape(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}

/** A document's excerpt is made again from the new content, as the plugin does. */
function regenerateExcerpt(site: PluginSite, doc: Document): void {
  if (doc.excerptSource === undefined && (doc.data.excerpt === undefined || doc.data.excerpt === null)) return
  delete doc.data.excerpt
  doc.excerptSource = extractExcerpt(doc.content, excerptSeparator(doc.data, site.config), doc.relativePath)
  doc.excerptOutput = undefined
}
