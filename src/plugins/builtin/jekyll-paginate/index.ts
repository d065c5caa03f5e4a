/**
 * jekyll-paginate 1.1: `paginate: N` splits the posts (newest first, `hidden: true` left out) over copies
 * of the `index.html` closest to `paginate_path` (default `/page:num`); each copy gets `paginator`.
 */
import path from 'node:path'
import { BuildError } from '../../../util/errors.js'
import { log } from '../../../util/log.js'
import type { Document, Page, Pager } from '../../../site/types.js'
import { definePlugin, type PluginSite } from '../../types.js'

export default definePlugin({
  name: 'jekyll-paginate',
  setup(api) {
    api.addGenerator(paginate, { priority: 'lowest', name: 'Jekyll::Paginate::Pagination' })
  },
})

function paginate(site: PluginSite): void {
  const { config } = site
  if (config.paginate === undefined || config.paginate === null || site.site.pages.length === 0) return
  const template = templatePage(site)
  if (!template) {
    log.warn('Pagination:', "Pagination is enabled, but I couldn't find an index.html page to use as the pagination template. Skipping pagination.")
    return
  }
  const perPage = Number.parseInt(String(config.paginate), 10)
  if (!(perPage > 0)) {
    throw new BuildError({ topic: 'Fatal', message: `'paginate' must be a positive number of posts per page, got ${JSON.stringify(config.paginate)}.` })
  }
  const posts = [...site.posts].reverse().filter((post) => !truthy(post.data.hidden))
  const totalPages = Math.ceil(posts.length / perPage)
  const pathOf = (num: number | null): string | null => {
    if (num === null) return null
    if (num <= 1) return template.url
    const format = String(config.paginate_path ?? '/page:num').replace(':num', String(num))
    return format.startsWith('/') ? format : `/${format}`
  }
  for (let num = 1; num <= totalPages; num++) {
    const pager = makePager(num, perPage, totalPages, posts, pathOf)
    if (num === 1) {
      template.pager = pager
      continue
    }
    const page = site.readPage(template.relativePath)
    page.pager = pager
    page.dir = pathOf(num) as string
    site.refreshUrl(page)
    site.site.pages.push(page)
  }
}

function makePager(num: number, perPage: number, totalPages: number, posts: Document[], pathOf: (n: number | null) => string | null): Pager {
  const first = (num - 1) * perPage
  const previous = num !== 1 ? num - 1 : null
  const next = num !== totalPages ? num + 1 : null
  return {
    page: num,
    per_page: perPage,
    posts: posts.slice(first, first + perPage),
    total_posts: posts.length,
    total_pages: totalPages,
    previous_page: previous,
    previous_page_path: pathOf(previous),
    next_page: next,
    next_page_path: pathOf(next),
  }
}

/** The `index.html` in the folder of `paginate_path` or the nearest folder above it (the deepest one wins). */
function templatePage(site: PluginSite): Page | undefined {
  const source = site.site.source
  const paginatePath = path.resolve(source, String(site.config.paginate_path ?? '/page:num').replace(/^\/+/, ''))
  const candidates = site.site.pages.filter((page) => {
    if (page.name !== 'index.html') return false
    const pageDir = path.dirname(path.resolve(source, String(page.data.path ?? page.relativePath).replace(/^\/+/, '')))
    for (let dir = path.dirname(paginatePath); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      if (dir === pageDir) return true
    }
    return false
  })
  const length = (p: Page) => String(p.data.path ?? p.relativePath).length
  return candidates.sort((a, b) => length(b) - length(a))[0]
}

function truthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false
}
