/** `page` for pages: Jekyll's Page#to_liquid hash (defaults, front matter, then content, dir, excerpt, name, path, url). */
import { Drop } from 'liquidjs'
import { inspectString, rubyInspect } from '../filters/ruby-inspect.js'
import { isHash } from '../../config/yaml.js'
import type { Page } from '../../site/types.js'
import { deepMerge } from '../../util/deep-merge.js'
import type { DropContext } from './drop-context.js'

export interface PageDropOptions {
  /** False for the page seen while its own excerpt renders (PageExcerpt#to_liquid has no `excerpt`). */
  excerpt?: boolean
}

export class PageDrop extends Drop {
  constructor(
    readonly page: Page,
    private readonly ctx: DropContext,
    private readonly options: PageDropOptions = {},
  ) {
    super()
  }

  get content(): string { return this.page.content }
  get url(): string { return this.page.url }
  get name(): string { return this.page.name }
  /** `data.fetch("path") { relative_path }`. */
  get path(): unknown { return 'path' in this.page.data ? this.page.data.path : this.page.relativePath }
  /** The URL's directory (the URL itself when it ends in `/`). */
  get dir(): string {
    const url = this.page.url
    if (url.endsWith('/')) return url
    const dir = url.slice(0, url.lastIndexOf('/') + 1)
    return dir || '/'
  }
  /** The front matter's `excerpt` as written; with `page_excerpts: true`, the rendered first paragraph. */
  get excerpt(): unknown {
    if (this.options.excerpt === false) return this.liquidMethodMissing('excerpt')
    const own = this.page.data.excerpt
    if (own !== undefined && own !== null && own !== false) return own instanceof Date ? own : String(own)
    return this.ctx.renderPageExcerpt(this.page)
  }

  /** Front matter over defaults, deep-merged (a `null` in the front matter shows the default). */
  override liquidMethodMissing(key: string): unknown {
    const value = this.page.data[key]
    const defaults = this.page.defaults ?? {}
    const fallback = defaults[key]
    if (isHash(value) && isHash(fallback)) return deepMerge(fallback, value)
    if ((value === null || value === undefined) && key in defaults) return fallback
    return value
  }

  override valueOf(): unknown {
    return this
  }

  /** `{{ page }}` prints the page's Liquid hash, as Ruby's Hash#to_s does. */
  to_s(): string {
    return rubyInspect(this.toJSON())
  }

  /** Ruby's Page#inspect, what a list of pages shows when printed as text. */
  inspect(): string {
    return `#<Jekyll::Page @relative_path=${inspectString(this.page.relativePath)}>`
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(this.page.data)) out[key] = this.liquidMethodMissing(key)
    Object.assign(out, { content: this.content, dir: this.dir })
    if (this.options.excerpt !== false) out.excerpt = this.excerpt ?? null
    Object.assign(out, { name: this.name, path: this.path, url: this.url })
    return out
  }
}
