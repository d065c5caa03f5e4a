/**
 * Walks the source tree like Jekyll's Reader#read_directories: in each directory, `_posts` (and `_drafts`),
 * then sub-directories, then pages (files with front matter) and static files (everything else).
 */
import path from 'node:path'
import { createDocument, DATE_FILENAME, DATELESS_FILENAME } from '../site/document.js'
import { createPage } from '../site/page.js'
import { createStaticFile } from '../site/static-file.js'
import type { SiteContext } from '../site/site-context.js'
import type { Collection, Document, Page, StaticFile } from '../site/types.js'
import type { EntryFilter } from './entry-filter.js'
import { listDir, listFilesRecursive, readHead, readText, statOrNull } from './files.js'
import { hasFrontMatter } from './front-matter.js'

export interface TreeContents {
  pages: Page[]
  staticFiles: StaticFile[]
  /** Posts and drafts, before publishing rules are applied. */
  posts: Document[]
}

export interface TreeReaderOptions {
  source: string
  dest: string
  filter: EntryFilter
  ctx: SiteContext
  posts: Collection
  showDrafts: boolean
  /** `collections_dir`, relative to the source ('' when unset). */
  collectionsDir: string
}

export function readTree(opts: TreeReaderOptions): TreeContents {
  const out: TreeContents = { pages: [], staticFiles: [], posts: [] }
  readDirectory('', opts, out)
  readIncludedFiles(opts, out)
  return out
}

function readDirectory(dir: string, opts: TreeReaderOptions, out: TreeContents): void {
  const base = path.join(opts.source, dir)
  const dirs: string[] = []
  const pages: string[] = []
  const statics: string[] = []
  for (const entry of opts.filter.filter(listDir(base), dir)) {
    const stat = statOrNull(path.join(base, entry))
    if (!stat) continue
    if (stat.isDirectory()) dirs.push(entry)
    else if (hasFrontMatter(readHead(path.join(base, entry)))) pages.push(entry)
    else statics.push(entry)
  }
  if (!opts.collectionsDir || `/${dir}`.startsWith(`/${opts.collectionsDir}`)) {
    out.posts.push(...readPublishable(dir, '_posts', opts, false))
    if (opts.showDrafts) out.posts.push(...readPublishable(dir, '_drafts', opts, true))
  }
  for (const sub of dirs) {
    const rel = dir ? `${dir}/${sub}` : sub
    if (path.join(opts.source, rel) === opts.dest.replace(/\/+$/, '')) continue
    readDirectory(rel, opts, out)
  }
  for (const name of pages) out.pages.push(readPage(dir, name, opts))
  for (const name of statics) out.staticFiles.push(readStatic(dir, name, opts))
}

function readPage(dir: string, name: string, opts: TreeReaderOptions): Page {
  const file = path.join(opts.source, dir, name)
  return createPage({ path: file, dir, name, text: readText(file) }, opts.ctx)
}

function readStatic(dir: string, name: string, opts: TreeReaderOptions): StaticFile {
  const file = path.join(opts.source, dir, name)
  const relativePath = dir ? `${dir}/${name}` : name
  return createStaticFile({
    path: file,
    relativePath,
    mtime: statOrNull(file)?.mtime ?? new Date(0),
    data: opts.ctx.defaults.all(relativePath, undefined),
  })
}

/** Posts (dated file names) or drafts (any file name) in `dir/_posts` or `dir/_drafts`. */
function readPublishable(dir: string, magicDir: '_posts' | '_drafts', opts: TreeReaderOptions, draft: boolean): Document[] {
  const base = path.join(opts.source, dir, magicDir)
  const matcher = draft ? DATELESS_FILENAME : DATE_FILENAME
  const docs: Document[] = []
  const collectionsRoot = path.join(opts.source, opts.collectionsDir)
  for (const entry of opts.filter.filter(listFilesRecursive(base), path.relative(opts.source, base))) {
    if (!matcher.test(entry)) continue
    const file = path.join(base, entry)
    const relativePath = path.relative(collectionsRoot, file).split(path.sep).join('/')
    const stat = statOrNull(file)
    docs.push(
      createDocument(
        { path: file, relativePath, text: readText(file), collection: opts.posts, mtime: stat?.mtime ?? new Date(0), draft },
        opts.ctx,
      ),
    )
  }
  return docs
}

/** Jekyll's read_included_excludes: files named in `include` that the walk skipped. */
function readIncludedFiles(opts: TreeReaderOptions, out: TreeContents): void {
  for (const entry of opts.ctx.config.include) {
    const file = path.join(opts.source, entry)
    const stat = statOrNull(file)
    if (!stat?.isFile()) continue
    const relativePath = path.relative(opts.source, file).split(path.sep).join('/')
    const dir = path.posix.dirname(relativePath) === '.' ? '' : path.posix.dirname(relativePath)
    const name = path.posix.basename(relativePath)
    if (hasFrontMatter(readHead(file))) {
      if (!out.pages.some((p) => p.relativePath === relativePath)) out.pages.push(readPage(dir, name, opts))
    } else if (!out.staticFiles.some((s) => s.relativePath === relativePath)) {
      out.staticFiles.push(readStatic(dir, name, opts))
    }
  }
}
