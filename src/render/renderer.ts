/**
 * Renders pages and documents in Jekyll's order: Liquid → converter → layouts (innermost first).
 * Owns the drops (one per object, reused by every template) and lazy excerpt rendering.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Template } from 'liquidjs'
import { ConverterChain } from '../markup/converter.js'
import { MARKDOWN_CONVERTER } from '../markup/markdown-converter.js'
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
import { catalogError, catalogWarning, ErrorCatalog } from '../errors/index.js'
import { frontMatterKeyLine } from '../errors/locate.js'
import { BuildError } from '../util/errors.js'
import { instrumentIncludes } from '../profile/include-timing.js'
import type { RenderStats } from '../profile/render-stats.js'
import { triggerPreRender, triggerRendered } from '../plugins/lifecycle.js'
import type { PluginRegistry } from '../plugins/registry.js'

const ASSET_EXTS = new Set(['.sass', '.scss', '.coffee'])
const YAML_EXTS = new Set(['.yaml', '.yml'])

export interface RendererOptions {
  site: Site
  converters: ConverterChain
  environment: string
  /** Per-template timings for `--profile`; absent, nothing is measured. */
  stats?: RenderStats
  /** Sees what each render reads (`utterson serve` records dependencies with it); absent, nothing is observed. */
  observer?: RenderObserver
  /** The build's plugins: their filters and tags, and the pre_render/post_convert/post_render hooks. */
  plugins?: PluginRegistry
}

/** Hooks through which a render's reads can be observed: drops and the engine's site are wrapped, layouts reported. */
export interface RenderObserver {
  /** Returns the drop to hand to templates (e.g. a recording proxy); `subject` is what it exposes (none for `site`). */
  wrapDrop<T extends object>(drop: T, subject?: Document | Page | StaticFile): T
  /** Returns the site that the Liquid engine and its tags see. */
  wrapSite(site: Site): Site
  /** A layout looked up by name (undefined when there is none). */
  layout(name: string, layout: Layout | undefined): void
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
  private readonly stats?: RenderStats
  private readonly observer?: RenderObserver
  private readonly plugins?: PluginRegistry

  constructor(opts: RendererOptions) {
    this.site = opts.site
    this.converters = opts.converters
    this.markdownExt = String(opts.site.config.markdown_ext ?? 'md').split(',')[0]?.trim() || 'md'
    this.observer = opts.observer
    this.plugins = opts.plugins
    this.engine = new LiquidEngine({
      site: opts.observer ? opts.observer.wrapSite(opts.site) : opts.site,
      markdownify: (input) => this.converters.convert(input, `.${this.markdownExt}`),
      plugins: opts.plugins,
    })
    const siteDrop = new SiteDrop(opts.site, this)
    this.siteDrop = opts.observer ? opts.observer.wrapDrop(siteDrop) : siteDrop
    this.jekyllDrop = new JekyllDrop(opts.environment)
    this.stats = opts.stats
    if (opts.stats) instrumentIncludes(this.engine.liquid, opts.stats, (file) => this.includeName(file))
  }

  // ---- DropContext -------------------------------------------------------------------------

  dropFor(obj: Document): DocumentDrop
  dropFor(obj: Page): PageDrop
  dropFor(obj: StaticFile): StaticFileDrop
  dropFor(obj: Document | Page | StaticFile): DocumentDrop | PageDrop | StaticFileDrop {
    let drop = this.drops.get(obj)
    if (!drop) {
      drop = obj.kind === 'document' ? new DocumentDrop(obj, this) : obj.kind === 'page' ? new PageDrop(obj, this) : new StaticFileDrop(obj)
      if (this.observer) drop = this.observer.wrapDrop(drop, obj)
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
    // The excerpt source was cut from the page's body when it was read (only with `page_excerpts: true`).
    const source = page.excerptSource
    if (source === undefined) return undefined
    let output = this.excerptOutputs.get(page)
    if (output === undefined) {
      output = this.renderFragment(page, source, new PageDrop(page, this, { excerpt: false }), `${page.path}#excerpt`)
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
    if (this.plugins) triggerPreRender(this.plugins, item, scope)
    let content = item.content
    if (renderWithLiquid(item, content)) content = this.liquid(content, templateSource(item), scope, { once: true })
    item.content = flat(convertNamingFile(this.converters, content, item))
    if (this.plugins) triggerRendered(this.plugins, item, 'post_convert')
    // output stays as built: the layouts around `content`, which it shares rather than copies
    item.output = placeInLayout(item) ? this.placeInLayouts(item, scope) : item.content
    if (this.plugins) triggerRendered(this.plugins, item, 'post_render')
  }

  /**
   * What `render` would hand the converter if `item` were rendered now: its body after Liquid. Changes
   * nothing in the model and runs no hooks, so it is a guess (hooks, or pages read while rendering, can
   * change the real input); the render stage uses it to convert Markdown ahead in worker threads.
   */
  conversionInput(item: Renderable): string {
    const content = item.content
    if (!renderWithLiquid(item, content)) return content
    const pageDrop = item.kind === 'document' ? this.dropFor(item) : this.dropFor(item)
    this.siteDrop.currentDocument = item.kind === 'document' ? item : undefined
    return this.liquid(content, templateSource(item), this.scope(pageDrop, item, this.layoutOf(item)?.data), { once: true })
  }

  private scope(page: DocumentDrop | PageDrop, item: Renderable, layoutData: unknown): Record<string, unknown> {
    const markdown = this.converters.for(item.ext).some((c) => c.name === MARKDOWN_CONVERTER)
    return {
      site: this.siteDrop,
      jekyll: this.jekyllDrop,
      page,
      layout: layoutData,
      content: undefined,
      paginator: item.kind === 'page' && item.pager ? { ...item.pager, posts: item.pager.posts.map((d) => this.dropFor(d)) } : undefined,
      highlighter_prefix: markdown ? '\n' : '',
      highlighter_suffix: markdown ? '\n' : '',
    }
  }

  private findLayout(name: string): Layout | undefined {
    const layout = this.site.layouts.get(name)
    this.observer?.layout(name, layout)
    return layout
  }

  private layoutOf(item: Renderable): Layout | undefined {
    const name = item.data.layout
    if (name === undefined || name === null) return undefined
    return this.findLayout(String(name))
  }

  private placeInLayouts(item: Renderable, scope: Record<string, unknown>): string {
    let layout = this.layoutOf(item)
    if (!layout && item.data.layout !== undefined && item.data.layout !== null && item.data.layout !== 'none') {
      const where = { file: item.relativePath, line: frontMatterKeyLine(item.sourceText, 'layout') }
      catalogWarning(ErrorCatalog.LayoutMissing, { layout: String(item.data.layout), file: item.relativePath }, where)
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
      output = this.liquid(layout.content, source, scope)
      const parentName = layout.data.layout
      const parent = parentName === undefined || parentName === null ? undefined : this.findLayout(String(parentName))
      if (!parent || used.has(parent)) break
      layout = parent
    }
    return output
  }

  /**
   * Parses (once) and renders one template; with `stats`, timed under its file name like Jekyll's profiler.
   * `once`: a page's or document's own body, rendered once a build, so its parse is not kept (at 100,000
   * posts the kept parses would hold every post's text).
   */
  private liquid(text: string, source: TemplateSource, scope: Record<string, unknown>, opts: { name?: string; once?: boolean } = {}): string {
    const name = opts.name ?? source.file
    const start = this.stats ? performance.now() : 0
    const templates: Template[] = opts.once ? this.engine.parseOnce(text, source) : this.engine.parse(text, source)
    const output = this.engine.render(templates, scope, source)
    this.stats?.record(name, output, performance.now() - start)
    return output
  }

  /** An include's name in the profile: its path from the source (or from the theme's folder). */
  private includeName(file: string): string {
    for (const dir of this.site.includesDirs) {
      const full = path.join(dir, file)
      if (!existsSync(full)) continue
      const rel = path.relative(this.site.source, full)
      return rel.startsWith('..') ? path.join(path.basename(path.dirname(dir)), path.basename(dir), file) : rel.split(path.sep).join('/')
    }
    return file
  }

  /** Liquid + converter without layout (excerpts). */
  private renderFragment(item: Renderable, text: string, page: DocumentDrop | PageDrop, key: string): string {
    let content = text
    if (item.data.render_with_liquid !== false && hasLiquid(content) && !YAML_EXTS.has(item.ext)) {
      const source = Object.assign(templateSource(item), { parsedAs: key })
      content = this.liquid(content, source, this.scope(page, item, undefined), { name: `${item.relativePath}/#excerpt`, once: true })
    }
    return this.converters.convert(content, item.ext)
  }
}

/** Where a page's or document's body came from, for error messages; its text is only read when an error needs it. */
function templateSource(item: Renderable): TemplateSource {
  return {
    file: item.relativePath,
    get sourceText() {
      return item.sourceText
    },
    lineOffset: item.bodyLineOffset,
    parsedAs: item.path,
  }
}

/**
 * The same string, flattened: text built by concatenation is a tree of pieces in V8 (about twice the size of
 * the text); every item's converted content is kept until the build ends, so it is stored flat.
 */
function flat(text: string): string {
  flattened = Number(text) // converting to a number flattens the string in place (the number is not used)
  return text
}
let flattened = 0

function hasLiquid(content: string): boolean {
  return content.includes('{%') || content.includes('{{')
}

/** Whether a page's or document's body goes through Liquid before its converter (Jekyll's render_with_liquid?). */
export function renderWithLiquid(item: Renderable, content: string): boolean {
  if (item.data.render_with_liquid === false) return false
  // Document#render_with_liquid? skips CoffeeScript and YAML documents; a page (Convertible) skips neither.
  if (item.kind === 'document' && (item.ext === '.coffee' || YAML_EXTS.has(item.ext))) return false
  return hasLiquid(content)
}

function placeInLayout(item: Renderable): boolean {
  if (ASSET_EXTS.has(item.ext)) return false
  if (item.kind === 'document' && YAML_EXTS.has(item.ext)) return false
  return item.data.layout !== 'none'
}

/** Runs the converters; an unexpected failure (not a BuildError) is reported with the file being converted. */
function convertNamingFile(converters: ConverterChain, content: string, item: Renderable): string {
  try {
    return converters.convert(content, item.ext, item)
  } catch (error) {
    if (error instanceof BuildError) throw error
    const converter = converters.for(item.ext).map((c) => c.name).join(', ')
    const reason = error instanceof Error ? error.message : String(error)
    throw catalogError(ErrorCatalog.ConversionError, { file: item.relativePath, converter, reason }, { file: item.relativePath }, error)
  }
}
