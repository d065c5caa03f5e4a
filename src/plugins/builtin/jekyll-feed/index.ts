/**
 * jekyll-feed 0.17: an Atom feed of the posts (`feed.xml`), optional feeds per category, per collection
 * and per tag, and the `{% feed_meta %}` tag. Configured under `feed:` (path, posts_limit, excerpt_only,
 * categories, collections, tags, disable_in_development).
 */
import { isHash } from '../../../config/yaml.js'
import { log } from '../../../util/log.js'
import { definePlugin, type PluginSite, type TagContext } from '../../types.js'
import { FEED_TEMPLATE } from './feed-template.js'

interface CollectionMeta {
  categories: string[]
  path?: string
}

export default definePlugin({
  name: 'jekyll-feed',
  setup(api) {
    api.addTag('feed_meta', { render: (_markup, context) => feedMetaTag(context) })
    api.addGenerator(generateFeeds, { priority: 'lowest', name: 'JekyllFeed::Generator' })
  },
})

/** The plugin's settings: `feed:` when it is a hash (shared, as jekyll-feed writes `path` back into it). */
function feedConfig(config: Record<string, unknown>): Record<string, unknown> {
  return isHash(config.feed) ? config.feed : {}
}

function generateFeeds(site: PluginSite): void {
  const config = feedConfig(site.config)
  if (config.disable_in_development && site.environment === 'development') {
    log.info('Jekyll Feed:', 'Skipping feed generation in development')
    return
  }
  const collections = feedCollections(config)
  const feedPath = (collection: string, category: string | null): string => {
    const prefix = collection === 'posts' ? '/feed' : `/feed/${collection}`
    if (category !== null) return `${prefix}/${category}.xml`
    return collections.get(collection)?.path ?? `${prefix}.xml`
  }
  const xsl = site.sourceExists('feed.xslt.xml')
  const addFeed = (file: string, data: Record<string, unknown>) => {
    if (site.sourceExists(file)) return
    site.addPage({
      name: file,
      content: FEED_TEMPLATE,
      data: { layout: null, sitemap: false, xsl, collection: 'posts', category: null, tags: null, ...data },
    })
  }
  for (const [name, meta] of collections) {
    log.info('Jekyll Feed:', `Generating feed for ${name}`)
    for (const category of [...meta.categories, null]) addFeed(feedPath(name, category), { collection: name, category })
  }
  const tags = site.postsBy('tags')
  if (config.tags && tags.size > 0) generateTagFeeds(config.tags, [...tags.keys()], addFeed)
}

/** `feed.collections` (a list or a hash) with `posts` last unless configured, each with its categories. */
function feedCollections(config: Record<string, unknown>): Map<string, CollectionMeta> {
  const raw: Record<string, unknown> = Array.isArray(config.collections)
    ? Object.fromEntries(config.collections.map((c) => [String(c), {}]))
    : isHash(config.collections)
      ? { ...config.collections }
      : {}
  const posts = isHash(raw.posts) ? { ...raw.posts } : {}
  posts.path ??= config.path
  posts.categories ??= config.categories
  config.path ??= posts.path
  raw.posts = posts
  const out = new Map<string, CollectionMeta>()
  for (const [name, value] of Object.entries(raw)) {
    const meta = isHash(value) ? value : {}
    const categories = Array.isArray(meta.categories) ? [...new Set(meta.categories.map(String))] : []
    const path = meta.path === undefined || meta.path === null ? undefined : String(meta.path)
    out.set(name, { categories, path })
  }
  return out
}

/** `feed.tags`: one feed per tag (`only`/`except`, `path`), for tag names of letters, digits and `_`. */
function generateTagFeeds(setting: unknown, siteTags: string[], addFeed: (file: string, data: Record<string, unknown>) => void): void {
  const options = isHash(setting) ? setting : {}
  const except = new Set(Array.isArray(options.except) ? options.except.map(String) : [])
  const only = Array.isArray(options.only) ? options.only.map(String) : siteTags
  const dir = options.path === undefined || options.path === null ? '/feed/by_tag/' : String(options.path)
  for (const tag of only) {
    if (except.has(tag) || /[^a-zA-Z0-9_]/.test(tag)) continue
    log.info('Jekyll Feed:', `Generating feed for posts tagged ${tag}`)
    addFeed(`${dir}${tag}.xml`, { tags: tag })
  }
}

/** `{% feed_meta %}`: the `<link rel="alternate">` to the posts feed. */
function feedMetaTag(context: TagContext): string {
  const path = feedConfig(context.config).path ?? 'feed.xml'
  const title = context.config.title ?? context.config.name
  const attributes: Array<[string, unknown]> = [
    ['type', 'application/atom+xml'],
    ['rel', 'alternate'],
    ['href', context.filter('absolute_url', String(path))],
  ]
  if (title !== undefined && title !== null && title !== false) attributes.push(['title', title])
  return `<link ${attributes.map(([k, v]) => `${k}=${xmlAttribute(String(v))}`).join(' ')} />`
}

/** Ruby's `encode(xml: :attr)`: the value quoted, with `& < > " '` escaped. */
function xmlAttribute(value: string): string {
  const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
  return `"${escaped}"`
}
