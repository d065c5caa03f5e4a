/**
 * Renders pages and documents in Jekyll's order: Liquid → converter → layouts (innermost first).
 * Owns the drops (one per object, reused by every template) and lazy excerpt rendering.
 */
import type { Template } from 'liquidjs'
import { ConverterChain } from '../markup/converter.js'
import { LiquidEngine } from '../liquid/engine.js'
import type { TemplateSource } from '../liquid/errors.js'
import { DocumentDrop } from '../liquid/drops/document-drop.js'
import type { DropContext } from '../liquid/drops/drop-context.js'
import { ExcerptDrop } from '../liquid/drops/excerpt-drop.js'
import { PageDrop } from '../liquid/drops/page-drop.js'
import { JekyllDrop, SiteDrop } from '../liquid/drops/site-drop.js'
import { StaticFileDrop } from '../liquid/drops/static-file-drop.js'
import type { Document, Layout, Page, Renderable, Site, StaticFile } from '../site/types.js'
import { deepMerge } from '../util/deep-merge.js'
import { log } from '../util/log.js'
import { extractExcerpt } from '../site/excerpt.js'

const ASSET_EXTS = new Set(['.sass', '.scss', '.coffee'])
const YAML_EXTS = new Set(['.yaml', '.yml'])

export interface RendererOptions {
  site: Site
  converters: ConverterChain
  environment: string
}

export class Renderer implements DropContext {
  readonly site: Site
  readonly engine: LiquidEngine
  readonly siteDrop: SiteDrop
  private readonly jekyllDrop: JekyllDrop
  private readonly converters: ConverterChain
  private readonly drops = new Map<object, DocumentDrop | PageDrop | StaticFileDrop>()
  private readonly neighbourIndex = new Map<Document, { previous?: Document; next?: Document }>()
  private readonly excerptOutputs = new Map<Renderable, string>()
  private readonly markdownExt: string

  constructor(opts: RendererOptions) {
    this.site = opts.site
    this.converters = opts.converters
    this.markdownExt = String(opts.site.config.markdown_ext ?? 'md').split(',')[0]?.trim() || 'md'
    this.engine = new LiquidEngine({
      site: opts.site,
      markdownify: (input) => this.converters.convert(input, `.${this.markdownExt}`),
    })
    this.siteDrop = new SiteDrop(opts.site, this)
    this.jekyllDrop = new JekyllDrop(opts.environment)
  }

  // ---- DropContext -------------------------------------------------------------------------

  dropFor(obj: Document): DocumentDrop
  dropFor(obj: Page): PageDrop
  dropFor(obj: StaticFile): StaticFileDrop
  dropFor(obj: Document | Page | StaticFile): DocumentDrop | PageDrop | StaticFileDrop {
    let drop = this.drops.get(obj)
    if (!drop) {
      drop = obj.kind === 'document' ? new DocumentDrop(obj, this) : obj.kind === 'page' ? new PageDrop(obj, this) : new StaticFileDrop(obj)
      this.drops.set(obj, drop)
    }
    return drop
  }

  neighbours(doc: Document): { previous?: Document; next?: Document } {
    if (this.neighbourIndex.size === 0) {
      for (const collection of this.site.collections.values()) {
        collection.docs.forEach((d, i) => this.neighbourIndex.set(d, { previous: collection.docs[i - 1], next: collection.docs[i + 1] }))
      }
    }
    return this.neighbourIndex.get(doc) ?? {}
  }

  renderExcerpt(doc: Document): string {
    let output = this.excerptOutputs.get(doc)
    if (output === undefined) {
      const source = doc.excerptSource ?? ''
      output = this.renderFragment(doc, source, new ExcerptDrop(doc, this, source), `${doc.path}#excerpt`)
      this.excerptOutputs.set(doc, output)
    }
    return output
  }

  renderPageExcerpt(page: Page): string | undefined {
    if (!this.site.config.page_excerpts || !['.html', '.htm', '.xhtml'].includes(page.outputExt)) return undefined
    const separator = String(page.data.excerpt_separator ?? this.site.config.excerpt_separator ?? '')
    if (separator === '') return undefined
    let output = this.excerptOutputs.get(page)
    if (output === undefined) {
      const source = extractExcerpt(page.content, separator, page.relativePath)
      output = this.renderFragment(page, source, this.dropFor(page), `${page.path}#excerpt`)
      this.excerptOutputs.set(page, output)
    }
    return output
  }

  /** Forget per-build caches that depend on the lists of documents (after generators ran). */
  resetLists(): void {
    this.siteDrop.reset()
    this.neighbourIndex.clear()
  }

  // ---- Rendering -----------------------------------------------------------------------------

  /** Renders one page or document: sets `content` (converted) and `output` (in its layouts). */
  render(item: Renderable): void {
    const pageDrop = item.kind === 'document' ? this.dropFor(item) : this.dropFor(item)
    this.siteDrop.currentDocument = item.kind === 'document' ? item : undefined
    const layout = this.layoutOf(item)
    const scope = this.scope(pageDrop, item, layout?.data)
    let content = item.content
    if (renderWithLiquid(item, content)) {
      const source = templateSource(item)
      content = this.engine.render(this.engine.parse(content, source), scope, source)
    }
    item.content = this.converters.convert(content, item.ext)
    item.output = placeInLayout(item) ? this.placeInLayouts(item, scope) : item.content
  }

  private scope(page: DocumentDrop | PageDrop, item: Renderable, layoutData: unknown): Record<string, unknown> {
    const markdown = this.converters.for(item.ext).some((c) => c.name === 'Markdown')
    return {
      site: this.siteDrop,
      jekyll: this.jekyllDrop,
      page,
      layout: layoutData,
      content: undefined,
      paginator: (item as Page & { pager?: unknown }).pager,
      highlighter_prefix: markdown ? '\n' : '',
      highlighter_suffix: markdown ? '\n' : '',
    }
  }

  private layoutOf(item: Renderable): Layout | undefined {
    const name = item.data.layout
    if (name === undefined || name === null) return undefined
    return this.site.layouts.get(String(name))
  }

  private placeInLayouts(item: Renderable, scope: Record<string, unknown>): string {
    let layout = this.layoutOf(item)
    if (!layout && item.data.layout !== undefined && item.data.layout !== null && item.data.layout !== 'none') {
      log.warn('Build Warning:', `Layout '${String(item.data.layout)}' requested in ${item.relativePath} does not exist.`)
    }
    let output = item.content
    const used = new Set<Layout>()
    let layoutData: Record<string, unknown> = {}
    while (layout) {
      used.add(layout)
      layoutData = deepMerge(layout.data, layoutData) // the child layout's values win
      scope.content = output
      scope.layout = layoutData
      const source: TemplateSource = {
        file: layout.relativePath,
        sourceText: layout.sourceText,
        lineOffset: layout.bodyLineOffset,
        parsedAs: layout.path,
      }
      output = this.engine.render(this.engine.parse(layout.content, source), scope, source)
      const parentName = layout.data.layout
      const parent = parentName === undefined || parentName === null ? undefined : this.site.layouts.get(String(parentName))
      if (!parent || used.has(parent)) break
      layout = parent
    }
    return output
  }

  /** Liquid + converter without layout (excerpts). */
  private renderFragment(item: Renderable, text: string, page: DocumentDrop | PageDrop, key: string): string {
    let content = text
    if (item.data.render_with_liquid !== false && hasLiquid(content) && !YAML_EXTS.has(item.ext)) {
      const source = { ...templateSource(item), parsedAs: key }
      const templates: Template[] = this.engine.parse(content, source, key)
      content = this.engine.render(templates, this.scope(page, item, undefined), source)
    }
    return this.converters.convert(content, item.ext)
  }
}

function templateSource(item: Renderable): TemplateSource {
  return { file: item.relativePath, sourceText: item.sourceText, lineOffset: item.bodyLineOffset, parsedAs: item.path }
}

function hasLiquid(content: string): boolean {
  return content.includes('{%') || content.includes('{{')
}

function renderWithLiquid(item: Renderable, content: string): boolean {
  if (item.data.render_with_liquid === false) return false
  if (item.ext === '.coffee' || (item.kind === 'document' && YAML_EXTS.has(item.ext))) return false
  return hasLiquid(content)
}

function placeInLayout(item: Renderable): boolean {
  if (ASSET_EXTS.has(item.ext)) return false
  if (item.kind === 'document' && YAML_EXTS.has(item.ext)) return false
  return item.data.layout !== 'none'
}
