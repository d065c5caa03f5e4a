/**
 * The site model: plain data. Readers create it, generators add to it, the renderer fills `output`,
 * the writer puts it on disk. No I/O and no Liquid here.
 */
import type { SiteConfig } from '../config/load.js'
import type { Theme } from '../theme/types.js'

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
  /** Directory relative to the source, without slashes around it ('' for the root, `about/team`). */
  dir: string
  /** File name with extension. */
  name: string
  /** File name without extension and trailing dots. */
  basename: string
  /** Front-matter defaults for the page: Liquid sees them deep-merged under `data` (Page#to_liquid). */
  defaults: Record<string, unknown>
  /** Raw excerpt source, cut when the page is read, only with `page_excerpts: true` for HTML pages. */
  excerptSource?: string
  /** The front matter alone (Jekyll's `Hash#fetch` on page data, e.g. `published`, ignores defaults). */
  frontMatter?: Record<string, unknown>
  /** Set by pagination: the page's `paginator` in Liquid. */
  pager?: Pager
}

/** jekyll-paginate's Pager: one page of posts (`paginator` in Liquid, posts as drops). */
export interface Pager {
  page: number
  per_page: number
  posts: Document[]
  total_posts: number
  total_pages: number
  previous_page: number | null
  previous_page_path: string | null
  next_page: number | null
  next_page_path: string | null
}

export interface Document extends RenderableBase {
  kind: 'document'
  /** Collection label (`posts` for posts and drafts). */
  collection: string
  date: Date
  /** File name without the extension. */
  basenameWithoutExt: string
  draft: boolean
  /** False for YAML documents (`.yml`/`.yaml`): all data, no content (Jekyll leaves posts like that out). */
  hasContent: boolean
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
  /** Jekyll's `relative_path` (`path` in Liquid): `/dir/name` for site files, `_label/name` in collections. */
  liquidPath: string
  /** False when defaults scoped to the file's URL set `published: false` (then it is not written). */
  published: boolean
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
  /** The key in `collections:` before the label was cleaned (what `site.<name>` looks up, as in Jekyll). */
  name?: string
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
  /** Build start time (`site.time`): `time` in _config.yml, else SOURCE_DATE_EPOCH when set, else now. */
  time: Date
  layouts: Map<string, Layout>
  pages: Page[]
  staticFiles: StaticFile[]
  /** Collections in Jekyll's order: posts first, then the configured ones. */
  collections: Map<string, Collection>
  data: Record<string, unknown>
  /** Directories searched for `{% include %}`, in order. */
  includesDirs: string[]
  /** The theme (`theme:` in the configuration), when there is one. */
  theme?: Theme
}
