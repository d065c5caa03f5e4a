/**
 * Walks the source tree like Jekyll's Reader#read_directories: in each directory, `_posts` (and `_drafts`),
 * then sub-directories, then pages (files with front matter) and static files (everything else).
 */
import path from 'node:path'
import { withDocumentLocation } from '../errors/locate.js'
import { createDocument, DATE_FILENAME, DATELESS_FILENAME } from '../site/document.js'
import { createPage } from '../site/page.js'
import { createStaticFile, staticFileUrl } from '../site/static-file.js'
import { siteEncoding, type SiteContext } from '../site/site-context.js'
import type { Collection, Document, Page, StaticFile } from '../site/types.js'
import { log } from '../util/log.js'
import type { EntryFilter } from './entry-filter.js'
import { decodeText, InvalidEncodingError, listDirents, listFilesRecursive, readIfPage, readText, statOrNull } from './files.js'
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
  const pages: Array<{ name: string; bytes: Buffer }> = []
  const statics: string[] = []
  const entries = new Map(listDirents(base).map((entry) => [entry.name, entry]))
  for (const entry of opts.filter.filter([...entries.keys()], dir)) {
    const dirent = entries.get(entry)
    // The listing tells folders from files; a symbolic link (or an unknown type) is followed with a stat.
    let isDirectory = dirent?.isDirectory() ?? false
    if (!dirent?.isDirectory() && !dirent?.isFile()) {
      const stat = statOrNull(path.join(base, entry))
      if (!stat) {
        log.warn('Skipping:', `${dir ? `${dir}/` : ''}${entry} cannot be read (a broken symbolic link?)`)
        continue
      }
      isDirectory = stat.isDirectory()
    }
    if (isDirectory) {
      dirs.push(entry)
      continue
    }
    const bytes = readIfPage(path.join(base, entry), hasFrontMatter)
    if (bytes) pages.push({ name: entry, bytes })
    else statics.push(entry)
  }
  // Reader#outside_configured_directory?: posts and drafts only inside `collections_dir` (a prefix test, as in Jekyll).
  if (!opts.collectionsDir || `/${dir}`.startsWith(`/${opts.collectionsDir}`)) {
    out.posts.push(...readPublishable(dir, '_posts', opts, false))
    if (opts.showDrafts) out.posts.push(...readPublishable(dir, '_drafts', opts, true))
  }
  for (const sub of dirs) {
    const rel = dir ? `${dir}/${sub}` : sub
    if (path.join(opts.source, rel) === opts.dest.replace(/\/+$/, '')) continue
    readDirectory(rel, opts, out)
  }
  for (const { name, bytes } of pages) out.pages.push(readPage(dir, name, opts, bytes))
  for (const name of statics) out.staticFiles.push(readStatic(dir, name, opts))
}

/** A page; `bytes` is the file when it was read already (while telling pages from static files). */
function readPage(dir: string, name: string, opts: TreeReaderOptions, bytes?: Buffer): Page {
  const file = path.join(opts.source, dir, name)
  const relativePath = dir ? `${dir}/${name}` : name
  const encoding = siteEncoding(opts.ctx.config)
  const text = bytes ? decodeText(bytes, encoding, relativePath) : readText(file, encoding, relativePath)
  return createPage({ path: file, dir, name, text, encoding }, opts.ctx)
}

function readStatic(dir: string, name: string, opts: TreeReaderOptions): StaticFile {
  const file = path.join(opts.source, dir, name)
  const relativePath = dir ? `${dir}/${name}` : name
  // StaticFile#write? looks `published` up in the defaults for the file's URL.
  const published = opts.ctx.defaults.all(staticFileUrl(relativePath), undefined).published
  return createStaticFile({
    path: file,
    relativePath,
    mtime: statOrNull(file)?.mtime ?? new Date(0),
    data: opts.ctx.defaults.all(relativePath, undefined),
    published: published === undefined || published === null ? true : published !== false,
  })
}

/**
 * Posts (dated file names) or drafts (any file name) in `dir/_posts` or `dir/_drafts` (PostReader#read_publishable).
 * A post that is not valid text or has no content (a YAML file) is left out, as Jekyll does.
 */
function readPublishable(dir: string, magicDir: '_posts' | '_drafts', opts: TreeReaderOptions, draft: boolean): Document[] {
  const base = path.join(opts.source, dir, magicDir)
  const matcher = draft ? DATELESS_FILENAME : DATE_FILENAME
  const docs: Document[] = []
  const collectionsRoot = path.join(opts.source, opts.collectionsDir)
  const encoding = siteEncoding(opts.ctx.config)
  for (const entry of opts.filter.filter(listFilesRecursive(base), path.relative(opts.source, base))) {
    if (!matcher.test(entry)) continue
    const file = path.join(base, entry)
    // Document#relative_path: `path.sub("#{collections_path}/", "")`, so a post in a folder that only starts
    // like `collections_dir` (read by Jekyll's prefix test) keeps its absolute path.
    const relativePath = file.replace(`${collectionsRoot.replace(/\/+$/, '')}/`, '').split(path.sep).join('/')
    // The modification time is only a draft's date.
    const stat = draft ? statOrNull(file) : null
    let text: string
    try {
      text = readText(file, encoding, relativePath)
    } catch (error) {
      if (!(error instanceof InvalidEncodingError)) throw error
      log.error('Error:', `could not read file ${file}: ${error.message}`)
      continue
    }
    const doc = withDocumentLocation(text, relativePath, () =>
      createDocument({ path: file, relativePath, text, collection: opts.posts, mtime: stat?.mtime ?? new Date(0), draft, encoding }, opts.ctx),
    )
    if (!doc.hasContent) {
      log.debug('Skipping:', `Content in ${relativePath} is nil`)
      continue
    }
    docs.push(doc)
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
    const bytes = readIfPage(file, hasFrontMatter)
    if (bytes) {
      if (!out.pages.some((p) => p.relativePath === relativePath)) out.pages.push(readPage(dir, name, opts, bytes))
    } else if (!out.staticFiles.some((s) => s.relativePath === relativePath)) {
      out.staticFiles.push(readStatic(dir, name, opts))
    }
  }
}
