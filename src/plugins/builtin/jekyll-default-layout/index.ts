/**
 * jekyll-default-layout 0.1: Markdown pages and posts without a `layout` (front matter or defaults) get
 * `home` (the page at `/`), `page` (pages), `post` (posts) or `default`, the first that exists.
 */
import type { Document, Page } from '../../../site/types.js'
import { definePlugin, type PluginSite } from '../../types.js'

export default definePlugin({
  name: 'jekyll-default-layout',
  setup(api) {
    api.addGenerator(setLayouts, { priority: 'lowest', name: 'JekyllDefaultLayout::Generator' })
  },
})

function setLayouts(site: PluginSite): void {
  const exists = (name: string) => site.site.layouts.has(name)
  const layoutFor = (item: Page | Document): string | null => {
    if (item.url === '/' && exists('home')) return 'home'
    if (item.kind === 'page' && exists('page')) return 'page'
    if (item.kind === 'document' && item.collection === 'posts' && exists('post')) return 'post'
    return exists('default') ? 'default' : null
  }
  for (const item of [...site.site.pages, ...site.posts]) {
    if (!site.isMarkdown(item.ext) || 'layout' in item.data) continue
    item.data.layout = layoutFor(item)
  }
}
