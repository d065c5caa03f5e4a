/** `page`/`post` for collection documents (Jekyll's DocumentDrop): document attributes first, then front matter. */
import path from 'node:path'
import { Drop } from 'liquidjs'
import type { Document } from '../../site/types.js'
import type { DropContext } from './drop-context.js'

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
    // Ruby: File.join(File.dirname(url), slug || basename)
    const dir = path.posix.dirname(this.doc.url)
    const slug = this.doc.data.slug ?? this.doc.basenameWithoutExt
    return path.posix.join(dir, String(slug))
  }
  get collection(): string { return this.doc.collection }
  get name(): unknown { return this.doc.data.name ?? `${this.doc.basenameWithoutExt}${this.doc.ext}` }
  get title(): unknown { return this.doc.data.title }
  get categories(): unknown { return this.doc.data.categories }
  get tags(): unknown { return this.doc.data.tags }
  get excerpt(): unknown {
    const own = this.doc.data.excerpt
    if (own !== undefined && own !== null) return String(own)
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

  /** `jsonify`: front matter and attributes; nested documents leave out content-like fields, as Jekyll does. */
  toJSON(): Record<string, unknown> {
    return documentHash(this, true)
  }
}

const ATTRIBUTES = ['content', 'output', 'url', 'date', 'relative_path', 'path', 'id', 'collection', 'name', 'excerpt', 'next', 'previous'] as const
const NESTED_BLACKLIST = new Set(['content', 'output', 'excerpt', 'next', 'previous'])

function documentHash(drop: DocumentDrop, top: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { ...drop.doc.data }
  for (const key of ATTRIBUTES) {
    if (!top && NESTED_BLACKLIST.has(key)) continue
    const value = drop[key]
    out[key] = value instanceof DocumentDrop ? documentHash(value, false) : value
  }
  return out
}
