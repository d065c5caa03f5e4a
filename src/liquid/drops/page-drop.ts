/** `page` for pages: Jekyll's Page#to_liquid hash (front matter plus content, dir, excerpt, name, path, url). */
import { Drop } from 'liquidjs'
import type { Page } from '../../site/types.js'
import type { DropContext } from './drop-context.js'

export class PageDrop extends Drop {
  constructor(
    readonly page: Page,
    private readonly ctx: DropContext,
  ) {
    super()
  }

  get content(): string { return this.page.content }
  get url(): string { return this.page.url }
  get name(): string { return this.page.name }
  get path(): unknown { return this.page.data.path ?? this.page.relativePath }
  /** The URL's directory (the URL itself when it ends in `/`). */
  get dir(): string {
    const url = this.page.url
    if (url.endsWith('/')) return url
    const dir = url.slice(0, url.lastIndexOf('/') + 1)
    return dir || '/'
  }
  get excerpt(): unknown {
    const own = this.page.data.excerpt
    if (own !== undefined && own !== null) return String(own)
    return this.ctx.renderPageExcerpt(this.page)
  }

  override liquidMethodMissing(key: string): unknown {
    return this.page.data[key]
  }

  override valueOf(): unknown {
    return this
  }

  toJSON(): Record<string, unknown> {
    return { ...this.page.data, content: this.content, dir: this.dir, excerpt: this.excerpt ?? null, name: this.name, path: this.path, url: this.url }
  }
}
