/**
 * The plugin API: what a plugin (built in, in `_plugins/`, or an npm package named in `plugins:`) can add.
 *
 *   export default definePlugin({
 *     name: 'my-plugin',
 *     setup(api) {
 *       api.addFilter('shout', (input) => String(input).toUpperCase())
 *       api.addGenerator((site) => { site.addPage({ name: 'hello.txt', content: 'Hi' }) })
 *       api.on('posts:post_render', (post) => { post.output = post.output?.replace('foo', 'bar') })
 *     },
 *   })
 *
 * Hooks carry Jekyll's owner and event names; generators and hooks take Jekyll's priorities.
 */
import type { Context, Liquid } from 'liquidjs'
import type { SiteConfig } from '../config/load.js'
import type { Document, Page, Renderable, Site, StaticFile } from '../site/types.js'
import type { Logger } from '../util/log.js'

/** Jekyll's priority names (`highest` 100, `high` 10, `normal` 0, `low` -10, `lowest` -100), or a number. */
export type Priority = 'highest' | 'high' | 'normal' | 'low' | 'lowest' | number

export interface UttersonPlugin {
  /** The name used in `plugins:` and in messages. */
  name: string
  /** Registers the plugin's generators, converters, filters, tags and hooks. */
  setup(api: PluginApi): void | Promise<void>
}

/** Identity helper that gives a plugin object its type. */
export function definePlugin<T extends UttersonPlugin>(plugin: T): T {
  return plugin
}

export interface PluginApi {
  /** Name of the plugin being set up. */
  readonly name: string
  /** The site configuration (read-only by convention; plugins read their own keys from it). */
  readonly config: SiteConfig
  /** Jekyll-style logger. */
  readonly log: Logger
  /** A generator runs after reading, before rendering, highest priority first (default `normal`). */
  addGenerator(generate: GeneratorFunction, options?: { priority?: Priority; name?: string }): void
  /** A converter turns file content into output (see src/markup/converter.ts); priority as Jekyll's. */
  addConverter(converter: PluginConverter): void
  /** A Liquid filter: `this` is liquidjs's filter context (`this.context` is the render context). */
  addFilter(name: string, filter: FilterFunction): void
  /** A Liquid tag without a body: `{% name markup %}` → the string `render` returns. */
  addTag(name: string, tag: SimpleTag): void
  /** A liquidjs tag (a class extending `Tag`, or `{ parse, render }`), for block tags and more. */
  addLiquidTag(name: string, tag: LiquidTag | TagClassFactory): void
  /** Registers a hook by Jekyll's `owner:event` name (e.g. `site:post_read`, `posts:post_render`). */
  on<H extends HookName>(hook: H, fn: HookFunction<H>, options?: { priority?: Priority }): void
}

/** A converter; `priority` may be one of Jekyll's names. `outputExt` defaults to keeping the extension. */
export interface PluginConverter {
  name?: string
  priority?: Priority
  matches(ext: string): boolean
  outputExt?(ext: string): string
  convert(content: string, item?: Renderable): string
}

export type FilterFunction = (this: { context: Context; liquid: Liquid }, input: unknown, ...args: unknown[]) => unknown

/** A tag without a body: `render` gets the text after the tag name and returns the output. Synchronous. */
export interface SimpleTag {
  render(markup: string, context: TagContext): string
}

/** A liquidjs tag: a class extending `Tag`, or `{ parse, render }` options. */
export type LiquidTag = Parameters<Liquid['registerTag']>[1]

/** Builds a liquidjs tag once the engine exists (for tags that extend the engine's own, like `include`). */
export interface TagClassFactory {
  liquidTag(liquid: Liquid, site: Site): LiquidTag
}

/** What a simple tag sees while rendering. */
export interface TagContext {
  readonly site: Site
  readonly config: SiteConfig
  /** The liquidjs render context (variables, registers). */
  readonly liquid: Context
  /** Looks up a variable path such as `page.title`, `include.user` or `page.authors[0]` (undefined when missing or not a path). */
  get(path: string): unknown
  /** Applies a registered Liquid filter (`absolute_url`, `markdownify`, ...) with this render's context. */
  filter(name: string, input: unknown, ...args: unknown[]): unknown
  /** Renders a Liquid template string in the current scope. */
  renderLiquid(template: string): string
}

export type GeneratorFunction = (site: PluginSite) => void | Promise<void>

/** What generators and site hooks get: the site model plus helpers to add to it. */
export interface PluginSite {
  readonly site: Site
  readonly config: SiteConfig
  /** `jekyll.environment`. */
  readonly environment: string
  /** Posts in site order (oldest first). */
  readonly posts: Document[]
  /** Documents of collections that are written (Jekyll's `docs_to_write`), collection by collection. */
  documentsToWrite(): Document[]
  /** Jekyll's `post_attr_hash`: tag or category name → posts, newest first, names in order first seen. */
  postsBy(attribute: 'tags' | 'categories'): Map<string, Document[]>
  /**
   * Adds a page that has no source file (Jekyll's PageWithoutAFile): `name` may contain folders
   * (`feed/news.xml`); front-matter defaults apply to keys `data` does not set.
   */
  addPage(options: NewPage): Page
  /** Makes such a page without adding it to `site.pages`. */
  createPage(options: NewPage): Page
  /** Reads a source file as a new page (Jekyll's `Page.new(site, source, dir, name)`), not added to the site. */
  readPage(relativePath: string): Page
  /** True when `relativePath` exists in the source folder. */
  sourceExists(relativePath: string): boolean
  /** True when `ext` (with the dot) is one of the site's Markdown extensions. */
  isMarkdown(ext: string): boolean
  /** Converts Markdown to HTML with the site's converter (Jekyll's `markdownify`). */
  markdownify(text: string): string
  /** `relative_url` / `absolute_url` with the site's `baseurl` and `url`. */
  relativeUrl(url: string): string
  absoluteUrl(url: string): string
  /** Recomputes a page's URL and output extension after its `data.permalink` changed. */
  refreshUrl(page: Page): void
  /** Pages or documents to put in `data` or the config: Liquid sees the list of their drops. */
  liquidList(items: ReadonlyArray<Page | Document>): unknown
}

export interface NewPage {
  /** Folder relative to the source ('' for the root). */
  dir?: string
  /** File name (may contain folders); its extension picks the converter and output extension. */
  name: string
  content?: string
  data?: Record<string, unknown>
}

/** Hook owners and their events (Jekyll's names). */
export interface HookPayloads {
  'site:after_init': [site: PluginSite]
  'site:after_reset': [site: PluginSite]
  'site:post_read': [site: PluginSite]
  'site:pre_render': [site: PluginSite, payload: Record<string, unknown>]
  'site:post_render': [site: PluginSite, payload: Record<string, unknown>]
  'site:post_write': [site: PluginSite]
  'pages:post_init': [page: Page]
  'pages:pre_render': [page: Page, payload: Record<string, unknown>]
  'pages:post_convert': [page: Page]
  'pages:post_render': [page: Page]
  'pages:post_write': [page: Page]
  'posts:post_init': [post: Document]
  'posts:pre_render': [post: Document, payload: Record<string, unknown>]
  'posts:post_convert': [post: Document]
  'posts:post_render': [post: Document]
  'posts:post_write': [post: Document]
  'documents:post_init': [doc: Document]
  'documents:pre_render': [doc: Document, payload: Record<string, unknown>]
  'documents:post_convert': [doc: Document]
  'documents:post_render': [doc: Document]
  'documents:post_write': [doc: Document]
  'clean:on_obsolete': [paths: string[]]
}

export type HookName = keyof HookPayloads

/**
 * Site hooks may be async. Page and document hooks run inside the (synchronous) render loop, so they
 * must be synchronous; a returned promise is an error.
 */
export type HookFunction<H extends HookName> = (...args: HookPayloads[H]) => H extends `site:${string}` ? void | Promise<void> : void

export type { Renderable, StaticFile }
