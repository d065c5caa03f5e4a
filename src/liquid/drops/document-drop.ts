/** `page`/`post` for collection documents (Jekyll's DocumentDrop): document attributes first, then front matter. */
import path from 'node:path'
import { Drop } from 'liquidjs'
import type { Document } from '../../site/types.js'
import { formatRubyTime } from '../../util/dates.js'
import type { DropContext } from './drop-context.js'

const truthy = (v: unknown): boolean => v !== undefined && v !== null && v !== false

/** Ruby's `to_s` for a front-matter value. */
function rubyToS(value: unknown): string {
  if (value instanceof Date) return formatRubyTime(value)
  if (Array.isArray(value) || (typeof value === 'object' && value !== null && value.constructor === Object)) return JSON.stringify(value)
  return String(value)
}

export class DocumentDrop extends Drop {
  constructor(
    readonly doc: Document,
    protected readonly ctx: DropContext,
  ) {
    super()
  }

  get content(): string { return this.doc.content }
  get output(): string | undefined { return this.doc.output }
  get url(): string { return this.doc.url }
  get date(): Date { return this.doc.date }
  get relative_path(): string { return this.doc.relativePath }
  get path(): string { return this.doc.relativePath }
  get id(): string {
    // Ruby: File.join(File.dirname(url), (slug || basename_without_ext).to_s)
    const dir = path.posix.dirname(this.doc.url)
    const slug = truthy(this.doc.data.slug) ? rubyToS(this.doc.data.slug) : this.doc.basenameWithoutExt
    return `${dir.replace(/\/+$/, '')}/${slug.replace(/^\/+/, '')}`
  }
  get collection(): string { return this.doc.collection }
  /** `data["name"] || basename`. */
  get name(): unknown { return truthy(this.doc.data.name) ? this.doc.data.name : `${this.doc.basenameWithoutExt}${this.doc.ext}` }
  get title(): unknown { return this.doc.data.title }
  get categories(): unknown { return this.doc.data.categories }
  get tags(): unknown { return this.doc.data.tags }
  /** `data["excerpt"].to_s`: the front matter's excerpt as written, else the rendered one (or ''). */
  get excerpt(): unknown {
    const own = this.doc.data.excerpt
    if (truthy(own)) return rubyToS(own)
    return this.doc.excerptSource === undefined ? '' : this.ctx.renderExcerpt(this.doc)
  }
  get next(): DocumentDrop | undefined {
    const next = this.ctx.neighbours(this.doc).next
    return next && this.ctx.dropFor(next)
  }
  get previous(): DocumentDrop | undefined {
    const previous = this.ctx.neighbours(this.doc).previous
    return previous && this.ctx.dropFor(previous)
  }

  override liquidMethodMissing(key: string): unknown {
    return this.doc.data[key]
  }

  override valueOf(): unknown {
    return this
  }

  /** Ruby's Document#to_s, what `{{ post }}` prints: the output, else the content. */
  to_s(): string {
    return this.doc.output ?? this.doc.content
  }

  /** Ruby's Document#inspect, what a list of documents shows when printed as text. */
  inspect(): string {
    return `#<Jekyll::Document ${this.doc.relativePath} collection=${this.doc.collection}>`
  }

  /**
   * `jsonify` (DocumentDrop#hash_for_json): the drop's keys in Jekyll's order, then the front matter's. At JSON
   * depth 2 and deeper the neighbours are collapsed (no content, output, excerpt or further neighbours).
   */
  toJSON(depth = 0): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const key of ATTRIBUTES) {
      const value = this[key]
      out[key] = value instanceof DocumentDrop && depth >= 2 ? collapsed(value) : (value ?? null)
    }
    return withData(out, this.doc.data)
  }

}

/** DocumentDrop#keys in the order a Jekyll build lists them (jsonify), then the front matter's own keys. */
const ATTRIBUTES = ['name', 'id', 'relative_path', 'excerpt', 'title', 'categories', 'collection', 'next', 'tags', 'previous', 'content', 'output', 'path', 'url', 'date'] as const
const NESTED_BLACKLIST = new Set(['content', 'output', 'excerpt', 'next', 'previous'])

function withData(out: Record<string, unknown>, data: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(data)) if (!(key in out)) out[key] = value
  return out
}

/** DocumentDrop#collapse_document. */
function collapsed(drop: DocumentDrop): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of ATTRIBUTES) if (!NESTED_BLACKLIST.has(key)) out[key] = drop[key] ?? null
  for (const [key, value] of Object.entries(drop.doc.data)) if (!(key in out) && !NESTED_BLACKLIST.has(key)) out[key] = value
  return out
}
