/**
 * jemoji 0.13: after rendering, `:name:` emoji codes in the text of HTML pages and written documents
 * become GitHub's emoji images (`emoji: { src }` sets the image host; `ASSET_HOST_URL` too). Text in
 * pre, code and tt is left alone. jemoji has no Debian package: this follows its documented output
 * (html-pipeline's EmojiFilter). The emoji names come from the npm package `gemoji` (GitHub's list),
 * loaded when the site or Utterson has it installed; without it emoji codes stay text, with a warning.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { isHash } from '../../../config/yaml.js'
import type { Document, Page } from '../../../site/types.js'
import { log } from '../../../util/log.js'
import { rewriteTextNodes } from '../../html-text-nodes.js'
import { resolvePackage } from '../../load.js'
import { definePlugin, type PluginSite } from '../../types.js'

const IGNORED_ANCESTORS = new Set(['pre', 'code', 'tt'])
const BODY_START = /<body(.*?)>\s*/s
const DEFAULT_ASSET_ROOT = 'https://github.githubassets.com/images/icons/'

/** Emoji code → its image file under `emoji/` (`+1` → `unicode/1f44d.png`). */
export type EmojiTable = ReadonlyMap<string, string>

export default definePlugin({
  name: 'jemoji',
  async setup(api) {
    const table = await loadGemoji(String(api.config.source))
    if (!table) {
      log.warn('jemoji:', 'the emoji list comes from the npm package "gemoji", which is not installed; :emoji: codes are left as text.')
      return
    }
    let site: PluginSite | undefined
    api.on('site:post_read', (s) => {
      site = s
    })
    const emojify = (item: Page | Document) => {
      if (site && emojiable(site, item)) item.output = emojifyHtml(item.output ?? '', table, emojiSource(site.config, process.env))
    }
    api.on('pages:post_render', emojify)
    api.on('documents:post_render', emojify)
  },
})

/** GitHub's emoji names from the `gemoji` package (`[{ emoji, names }]`), looked up from the site, then from Utterson. */
async function loadGemoji(source: string): Promise<EmojiTable | undefined> {
  const entry = resolvePackage('gemoji', source) ?? resolvePackage('gemoji', path.dirname(new URL(import.meta.url).pathname))
  if (!entry) return undefined
  const mod = (await import(pathToFileURL(entry).href)) as { gemoji?: Array<{ emoji: string; names: string[] }> }
  if (!Array.isArray(mod.gemoji)) return undefined
  const table = new Map<string, string>()
  for (const { emoji, names } of mod.gemoji) for (const name of names) table.set(name, emojiFilename(emoji))
  return table
}

function emojiable(site: PluginSite, item: Page | Document): boolean {
  if (item.kind === 'document' && !site.site.collections.get(item.collection)?.output) return false
  const permalink = item.data.permalink
  return item.outputExt === '.html' || (typeof permalink === 'string' && permalink.endsWith('/'))
}

/** `emoji.src` in the configuration, else `ASSET_HOST_URL` + /images/icons/, else GitHub's asset host. */
export function emojiSource(config: Record<string, unknown>, env: NodeJS.ProcessEnv): string {
  if (isHash(config.emoji) && 'src' in config.emoji) return String(config.emoji.src)
  if (env.ASSET_HOST_URL) return `${env.ASSET_HOST_URL.replace(/\/$/, '')}/images/icons/`
  return DEFAULT_ASSET_ROOT
}

/** The image file of an emoji: `unicode/<code points in hex, without fe0f and 200d>.png`. */
export function emojiFilename(emoji: string): string {
  const hex = Array.from(emoji).map((ch) => ch.codePointAt(0)!.toString(16).padStart(4, '0')).join('-')
  return `unicode/${hex.replace(/-(fe0f|200d)\b/g, '')}.png`
}

/** Replaces `:code:` with emoji images in the text of an HTML document (inside `<body>` when there is one). */
export function emojifyHtml(html: string, table: EmojiTable, assetRoot: string): string {
  const pattern = emojiPattern(table)
  if (!pattern.test(html)) return html
  const replace = (fragment: string) =>
    rewriteTextNodes(fragment, IGNORED_ANCESTORS, (text) =>
      text.replace(new RegExp(pattern.source, 'g'), (_m, name: string) => {
        const src = joinPath(assetRoot, 'emoji', table.get(name)!)
        return `<img class="emoji" title=":${name}:" alt=":${name}:" src="${src}" height="20" width="20">`
      }),
    )
  const body = BODY_START.exec(html)
  if (!body) return replace(html)
  const start = body.index + body[0].length
  const end = html.indexOf('</body>', start)
  return html.slice(0, start) + replace(end < 0 ? html.slice(start) : html.slice(start, end)) + (end < 0 ? '' : html.slice(end))
}

const patterns = new WeakMap<EmojiTable, RegExp>()
function emojiPattern(table: EmojiTable): RegExp {
  let pattern = patterns.get(table)
  if (!pattern) {
    const names = [...table.keys()].sort().map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    pattern = new RegExp(`:(${names.join('|')}):`)
    patterns.set(table, pattern)
  }
  return pattern
}

/** Ruby's File.join: one `/` between parts. */
function joinPath(...parts: string[]): string {
  return parts.reduce((a, b) => `${a.replace(/\/+$/, '')}/${b.replace(/^\/+/, '')}`)
}
