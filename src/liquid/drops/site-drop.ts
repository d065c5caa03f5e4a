/**
 * `site` (Jekyll's SiteDrop): every configuration key, plus posts (newest first), pages, static files,
 * categories, tags, data, time, collections and each collection's documents by label.
 * Lists are built once per build and shared by every render: no per-page copies.
 */
import { Drop } from 'liquidjs'
import { isHtmlPage } from '../../site/page.js'
import type { Collection, Document, Page, Site, StaticFile } from '../../site/types.js'
import type { DocumentDrop } from './document-drop.js'
import type { DropContext } from './drop-context.js'
import { orderedHash, type OrderedHash } from './ordered-hash.js'
import { LiquidFloat } from '../filters/ruby-float.js'
import type { PageDrop } from './page-drop.js'
import type { StaticFileDrop } from './static-file-drop.js'

export class SiteDrop extends Drop {
  private memo = new Map<string, unknown>()
  /** The document being rendered, for `site.related_posts`. */
  currentDocument: Document | undefined

  constructor(
    private readonly site: Site,
    private readonly ctx: DropContext,
  ) {
    super()
  }

  private once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make())
    return this.memo.get(key) as T
  }

  /** Forget the lists (after generators added pages or documents). */
  reset(): void {
    this.memo.clear()
  }

  get posts(): DocumentDrop[] {
    return this.once('posts', () => [...this.postDocs()].reverse().map((d) => this.ctx.dropFor(d)))
  }
  get pages(): PageDrop[] {
    return this.once('pages', () => this.site.pages.map((p) => this.ctx.dropFor(p)))
  }
  get html_pages(): PageDrop[] {
    return this.once('html_pages', () =>
      this.site.pages.filter((p) => isHtmlPage(p) || p.url.endsWith('/')).map((p) => this.ctx.dropFor(p)),
    )
  }
  get static_files(): StaticFileDrop[] {
    return this.once('static_files', () => this.site.staticFiles.map((f) => this.ctx.dropFor(f)))
  }
  get html_files(): StaticFileDrop[] {
    return this.once('html_files', () =>
      this.site.staticFiles.filter((f) => f.extname === '.html').map((f) => this.ctx.dropFor(f)),
    )
  }
  get categories(): OrderedHash<DocumentDrop[]> {
    return this.once('categories', () => this.postAttrHash('categories'))
  }
  get tags(): OrderedHash<DocumentDrop[]> {
    return this.once('tags', () => this.postAttrHash('tags'))
  }
  get data(): unknown {
    return this.site.config.data ?? this.site.data
  }
  get time(): Date {
    return this.site.time
  }
  /** Site#documents: each collection's documents, then its static files (posts first). */
  get documents(): Array<DocumentDrop | StaticFileDrop> {
    return this.once('documents', () =>
      [...this.site.collections.values()].flatMap((c) => [
        ...c.docs.map((d) => this.ctx.dropFor(d)),
        ...c.files.map((f) => this.ctx.dropFor(f)),
      ]),
    )
  }
  get collections(): CollectionDrop[] {
    return this.once('collections', () =>
      [...this.site.collections.values()]
        .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
        .map((c) => new CollectionDrop(c, this.ctx)),
    )
  }
  /** The ten most recent posts other than the current one (Jekyll without LSI). */
  get related_posts(): DocumentDrop[] | undefined {
    const current = this.currentDocument
    if (!current) return undefined
    if (this.postDocs().length <= 1) return []
    const recent = this.postDocs().slice(-11).reverse()
    return recent.filter((d) => d !== current).slice(0, 10).map((d) => this.ctx.dropFor(d))
  }

  override liquidMethodMissing(key: string): unknown {
    if (key !== 'posts') {
      // Site#collections is keyed by the names in `collections:` (before the label is cleaned).
      const collection = [...this.site.collections.values()].find((c) => (c.name ?? c.label) === key)
      // one list per collection and build (like `posts`), not a new one at every `site.<label>`
      if (collection) return this.once(`collection:${key}`, () => collection.docs.map((d) => this.ctx.dropFor(d)))
    }
    return this.site.config[key]
  }

  override valueOf(): unknown {
    return this
  }

  /**
   * `site | jsonify` in the order a Jekyll build lists the keys, then every configuration key. Documents and
   * pages are not drops there: they print as their output (Ruby's `to_s`).
   */
  toJSON(): Record<string, unknown> {
    const text = (item: Document | Page): string => item.output ?? item.content ?? ''
    const out: Record<string, unknown> = {
      posts: [...this.postDocs()].reverse().map(text),
      time: this.time,
      html_pages: this.site.pages.filter((p) => isHtmlPage(p) || p.url.endsWith('/')).map(text),
      config: null,
      documents: [...this.site.collections.values()].flatMap((c) => [...c.docs.map(text), ...c.files.map((f) => this.ctx.dropFor(f))]),
      pages: this.site.pages.map(text),
      data: this.data,
      categories: this.categories,
      related_posts: this.related_posts ?? null,
      tags: this.tags,
      static_files: this.static_files,
      collections: this.collections,
    }
    for (const [key, value] of Object.entries(this.site.config)) if (!(key in out)) out[key] = value
    return out
  }

  private postDocs(): Document[] {
    return this.site.collections.get('posts')?.docs ?? []
  }

  /** Jekyll's post_attr_hash: value → posts (newest first), keys as written (`2023` and `"2023"` apart), in the order first seen. */
  private postAttrHash(attr: 'categories' | 'tags'): OrderedHash<DocumentDrop[]> {
    const hash = new Map<unknown, { value: unknown; docs: Document[] }>()
    for (const doc of this.postDocs()) {
      const values = doc.data[attr]
      if (!Array.isArray(values)) continue
      for (const value of values) {
        // Ruby compares hash keys by value; a float is a boxed value here.
        const key = value instanceof LiquidFloat ? `float:${value.value}` : value
        let entry = hash.get(key)
        if (!entry) hash.set(key, (entry = { value, docs: [] }))
        entry.docs.push(doc)
      }
    }
    return orderedHash([...hash.values()].map(({ value, docs }): [unknown, DocumentDrop[]] => [value, [...docs].reverse().map((d) => this.ctx.dropFor(d))]))
  }


}

/** Entries of `site.collections` (Jekyll's CollectionDrop). */
export class CollectionDrop extends Drop {
  constructor(
    private readonly collection: Collection,
    private readonly ctx: DropContext,
  ) {
    super()
  }
  private docDrops?: { from: Document[]; drops: DocumentDrop[] }
  private fileDrops?: { from: StaticFile[]; drops: StaticFileDrop[] }

  get label(): string { return this.collection.label }
  /** Made once per list of documents (a new list, e.g. after generators, makes a new one). */
  get docs(): DocumentDrop[] {
    const docs = this.collection.docs
    if (this.docDrops?.from !== docs || this.docDrops.drops.length !== docs.length) {
      this.docDrops = { from: docs, drops: docs.map((d) => this.ctx.dropFor(d)) }
    }
    return this.docDrops.drops
  }
  get files(): StaticFileDrop[] {
    const files = this.collection.files
    if (this.fileDrops?.from !== files || this.fileDrops.drops.length !== files.length) {
      this.fileDrops = { from: files, drops: files.map((f) => this.ctx.dropFor(f)) }
    }
    return this.fileDrops.drops
  }
  get output(): boolean { return this.collection.output }
  get relative_directory(): string { return this.collection.relativeDirectory }
  get directory(): string {
    const dir = String(this.ctx.site.config.collections_dir ?? '')
    return [this.ctx.site.source, dir, this.collection.relativeDirectory].filter(Boolean).join('/')
  }
  override liquidMethodMissing(key: string): unknown {
    return this.collection.metadata[key]
  }
  /** CollectionDrop#to_h in Jekyll's key order, then the collection's own settings. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { label: this.label, files: this.files, docs: this.docs, output: this.output, relative_directory: this.relative_directory, directory: this.directory }
    for (const [key, value] of Object.entries(this.collection.metadata)) if (!(key in out)) out[key] = value
    return out
  }
}

/** `jekyll`: version and environment. */
export class JekyllDrop extends Drop {
  readonly version = '4.3.1'
  constructor(readonly environment: string) {
    super()
  }
  toJSON(): Record<string, unknown> {
    return { version: this.version, environment: this.environment }
  }
}
