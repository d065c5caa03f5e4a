/**
 * jekyll-archives 2.2: archive pages of posts by tag, category, year, month and day (`jekyll-archives:`
 * enabled, layout, layouts, permalinks). Each page has `page.type`, `page.title` (tags and categories),
 * `page.date` (dates) and `page.posts`; `site.archives` lists them.
 */
import { isHash } from '../../../config/yaml.js'
import { generateUrl, unescapePath } from '../../../site/url.js'
import type { Document, Page } from '../../../site/types.js'
import { deepMerge } from '../../../util/deep-merge.js'
import { slugify } from '../../../util/slugify.js'
import { definePlugin, type PluginSite } from '../../types.js'

type ArchiveType = 'year' | 'month' | 'day' | 'tag' | 'category'

const DEFAULTS = {
  layout: 'archive',
  enabled: [] as unknown,
  permalinks: {
    year: '/:year/',
    month: '/:year/:month/',
    day: '/:year/:month/:day/',
    tag: '/tag/:name/',
    category: '/category/:name/',
  },
}

export default definePlugin({
  name: 'jekyll-archives',
  setup(api) {
    api.addGenerator(generateArchives, { name: 'Jekyll::Archives::Archives' })
  },
})

function generateArchives(site: PluginSite): void {
  const own = site.config['jekyll-archives']
  const config = deepMerge(DEFAULTS, isHash(own) ? own : {}) as Record<string, unknown>
  site.config['jekyll-archives'] = config
  const enabled = (kind: string) => {
    const setting = config.enabled
    return setting === true || setting === 'all' || (Array.isArray(setting) && setting.includes(kind))
  }
  const archives: Page[] = []
  const add = (title: string | Record<string, string>, type: ArchiveType, posts: Document[]) => {
    archives.push(makeArchive(site, config, title, type, posts))
  }
  if (enabled('tags')) for (const [tag, posts] of site.postsBy('tags')) add(tag, 'tag', posts)
  if (enabled('categories')) for (const [category, posts] of site.postsBy('categories')) add(category, 'category', posts)
  for (const [year, yearPosts] of groupBy(site.posts, (p) => p.date.getFullYear().toString().padStart(4, '0'))) {
    if (enabled('year')) add({ year }, 'year', yearPosts)
    for (const [month, monthPosts] of groupBy(yearPosts, (p) => two(p.date.getMonth() + 1))) {
      if (enabled('month')) add({ year, month }, 'month', monthPosts)
      for (const [day, dayPosts] of groupBy(monthPosts, (p) => two(p.date.getDate()))) {
        if (enabled('day')) add({ year, month, day }, 'day', dayPosts)
      }
    }
  }
  site.site.pages.push(...archives)
  site.config.archives = site.liquidList(archives)
}

/** An archive page: URL from the type's permalink, no source file, rendered in the type's layout. */
function makeArchive(site: PluginSite, config: Record<string, unknown>, title: string | Record<string, string>, type: ArchiveType, posts: Document[]) {
  const permalinks = config.permalinks as Record<string, unknown>
  const template = String(permalinks[type])
  const placeholders = typeof title === 'string' ? { name: slugify(title), type } : { ...title, type }
  const url = generateUrl({ template, placeholders, permalink: null, placeholderStyle: 'hash' })
  let relativePath = unescapePath(url).replace(/^\//, '')
  if (url.endsWith('/')) relativePath = `${relativePath}index.html`
  const layouts = config.layouts
  const layout = isHash(layouts) && layouts[type] !== undefined && layouts[type] !== null ? layouts[type] : config.layout
  const slash = relativePath.lastIndexOf('/')
  const page = site.createPage({
    dir: slash < 0 ? '' : relativePath.slice(0, slash),
    name: relativePath.slice(slash + 1),
    data: {
      layout,
      type,
      title: typeof title === 'string' ? title : null,
      date: typeof title === 'string' ? null : rubyDate(title),
      posts: site.liquidList(posts),
    },
  })
  page.url = url
  page.name = page.name.replace(/\.[^.]*$/, '')
  return page
}

/** Ruby's `Date.new(year, month, day)` as Jekyll prints it (YYYY-MM-DD). */
function rubyDate(parts: Record<string, string>): string {
  return `${parts.year}-${parts.month ?? '01'}-${parts.day ?? '01'}`
}

/** Groups posts by key in order of first appearance; each group newest first. */
function groupBy(posts: Document[], key: (post: Document) => string): Map<string, Document[]> {
  const groups = new Map<string, Document[]>()
  for (const post of posts) {
    const k = key(post)
    const list = groups.get(k) ?? []
    list.push(post)
    groups.set(k, list)
  }
  for (const [k, list] of groups) groups.set(k, [...list].sort(compareNewestFirst))
  return groups
}

function compareNewestFirst(a: Document, b: Document): number {
  const diff = b.date.getTime() - a.date.getTime()
  if (diff !== 0) return diff
  return a.path < b.path ? 1 : a.path > b.path ? -1 : 0
}

function two(n: number): string {
  return String(n).padStart(2, '0')
}
