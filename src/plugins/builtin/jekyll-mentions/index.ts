/**
 * jekyll-mentions 1.6: after rendering, `@name` in the text of HTML pages and written documents becomes
 * a link to `https://github.com/name` (or `jekyll-mentions: { base_url }` / a string, site-wide or per
 * page; `jekyll-mentions: false` turns a page off). Text in pre, code, a, style and script is left alone.
 * Only the `<body>` is rewritten when there is one.
 */
import { isHash } from '../../../config/yaml.js'
import type { Document, Page } from '../../../site/types.js'
import { BuildError } from '../../../util/errors.js'
import { rewriteTextNodes } from '../../html-text-nodes.js'
import { definePlugin, type PluginSite } from '../../types.js'

const IGNORE_PARENTS = new Set(['pre', 'code', 'a', 'style', 'script'])
/** html-pipeline's mention pattern with jekyll-mentions' usernames (`[\w][\w-]*`); group 1 is the name. */
const MENTION = /(?:^|\W)@(?=(\w[\w-]*))\1(?!\/)(?=\.+[ \t\W]|\.+$|[^0-9a-zA-Z_.]|$)/gim
/** Names that link to GitHub's help on mentions (not linked here: html-pipeline has no info URL). */
const MENTION_LOGINS = new Set(['mention', 'mentions', 'mentioned', 'mentioning'])
const BODY_START = /<body(.*?)>\s*/s

export default definePlugin({
  name: 'jekyll-mentions',
  setup(api) {
    const env = process.env
    let site: PluginSite | undefined
    api.on('site:post_read', (s) => {
      site = s
    })
    const mentionify = (item: Page | Document) => {
      if (site && mentionable(site, item)) item.output = mentionifyHtml(item.output ?? '', mentionBase(site.config, item, env))
    }
    api.on('pages:post_render', mentionify)
    api.on('documents:post_render', mentionify)
  },
})

function mentionable(site: PluginSite, item: Page | Document): boolean {
  if (item.kind === 'document' && !site.site.collections.get(item.collection)?.output) return false
  const permalink = item.data.permalink
  const html = item.outputExt === '.html' || (typeof permalink === 'string' && permalink.endsWith('/'))
  return html && item.data['jekyll-mentions'] !== false
}

/** The base URL: `jekyll-mentions` of the page (when set) or the site, else GitHub (or GITHUB_HOSTNAME). */
export function mentionBase(config: Record<string, unknown>, item: Page | Document, env: NodeJS.ProcessEnv): string {
  const setting = 'jekyll-mentions' in item.data ? item.data['jekyll-mentions'] : config['jekyll-mentions']
  const fallback = env.SSL && env.GITHUB_HOSTNAME ? `${env.SSL === 'true' ? 'https://' : 'http://'}${env.GITHUB_HOSTNAME.replace(/\/$/, '')}` : 'https://github.com'
  if (setting === undefined || setting === null) return fallback
  if (typeof setting === 'string') return setting
  if (isHash(setting)) return setting.base_url === undefined ? fallback : String(setting.base_url)
  throw new BuildError({
    topic: 'Fatal',
    message: `Your jekyll-mentions config has to either be a string or a hash. It's a ${typeof setting} right now.`,
    file: item.relativePath,
  })
}

/** Links the mentions of an HTML document (only inside `<body>` when it has one). */
export function mentionifyHtml(html: string, base: string): string {
  if (!html.includes('@')) return html
  const body = BODY_START.exec(html)
  if (!body) return hasMention(html) ? linkMentions(html, base) : html
  const start = body.index + body[0].length
  const end = html.indexOf('</body>', start)
  const content = end < 0 ? html.slice(start) : html.slice(start, end)
  if (!hasMention(content)) return html
  return html.slice(0, start) + linkMentions(content, base) + (end < 0 ? '' : html.slice(end))
}

function hasMention(text: string): boolean {
  MENTION.lastIndex = 0
  return MENTION.test(text)
}

function linkMentions(html: string, base: string): string {
  const prefix = /[/~]$/.test(base) ? base : `${base}/`
  return rewriteTextNodes(html, IGNORE_PARENTS, (text) =>
    text.replace(MENTION, (match, login: string) =>
      MENTION_LOGINS.has(login.toLowerCase())
        ? match
        : match.replace(`@${login}`, `<a href="${prefix.replace(/&/g, '&amp;')}${login}" class="user-mention">@${login}</a>`),
    ),
  )
}
