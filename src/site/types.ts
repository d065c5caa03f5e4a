/**
 * The site model: plain data. Readers create it, generators add to it, the renderer fills `output`,
 * the writer puts it on disk. No I/O and no Liquid here.
 */
import type { SiteConfig } from '../config/load.js'

/** What pages and collection documents share: a file with front matter that is rendered. */
interface RenderableBase {
  /** Absolute path of the source file. */
  path: string
  /** Path relative to the site source, with `/` separators (Jekyll's `relative_path`). */
  relativePath: string
  /** Front matter merged over front-matter defaults. */
  data: Record<string, unknown>
  /** Body after front matter; after conversion it holds the converted HTML (as Jekyll's `content`). */
  content: string
  /** Lines before the body in the file (front matter), added to error line numbers. */
  bodyLineOffset: number
  /** Extension of the source file, with the dot. */
  ext: string
  /** Extension of the output file, with the dot (`.html` for Markdown). */
  outputExt: string
  /** Public URL, percent-encoded as Jekyll prints it. */
  url: string
  /** Final output, set by the render stage. */
  output?: string
  /** Raw text of the source file (for code frames in errors). */
  sourceText: string
}

export interface Page extends RenderableBase {
  kind: 'page'
  /** Directory relative to the source, with a leading and trailing `/` as Jekyll's `@dir` (e.g. `/` or `/about/`). */
  dir: string
  /** File name with extension. */
  name: string
  /** File name without extension and trailing dots. */
  basename: string
}

export interface Document extends RenderableBase {
  kind: 'document'
  /** Collection label (`posts` for posts and drafts). */
  collection: string
  date: Date
  /** File name without the extension. */
  basenameWithoutExt: string
  draft: boolean
  /** Raw excerpt source (before rendering), when an excerpt is generated. */
  excerptSource?: string
  /** Rendered excerpt HTML, filled lazily by the renderer. */
  excerptOutput?: string
}

export type Renderable = Page | Document

export interface StaticFile {
  kind: 'static'
  path: string
  relativePath: string
  /** File name with extension. */
  name: string
  basename: string
  extname: string
  /** Collection label for collection files without front matter. */
  collection?: string
  mtime: Date
  /** Front-matter defaults that apply to the file (Jekyll exposes them on static files). */
  data: Record<string, unknown>
  /** URL path of the output (leading `/`). */
  url: string
}

export interface Layout {
  /** Name used in `layout:` (relative path inside `_layouts` without extension). */
  name: string
  path: string
  relativePath: string
  data: Record<string, unknown>
  content: string
  bodyLineOffset: number
  sourceText: string
}

export interface Collection {
  label: string
  /** Collection metadata from `collections:` (output, permalink, sort_by, order, …). */
  metadata: Record<string, unknown>
  /** `_label` under `collections_dir`. */
  relativeDirectory: string
  output: boolean
  docs: Document[]
  files: StaticFile[]
}

export interface Site {
  config: SiteConfig
  source: string
  dest: string
  /** Build start time (`site.time`), from SOURCE_DATE_EPOCH when set. */
  time: Date
  layouts: Map<string, Layout>
  pages: Page[]
  staticFiles: StaticFile[]
  /** Collections in Jekyll's order: posts first, then the configured ones. */
  collections: Map<string, Collection>
  data: Record<string, unknown>
  /** Directories searched for `{% include %}`, in order. */
  includesDirs: string[]
}
