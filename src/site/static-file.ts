/** Static files: copied to the destination as they are (Jekyll's StaticFile). */
import path from 'node:path'
import type { StaticFile } from './types.js'

export interface StaticFileInput {
  path: string
  /** Path relative to the source, with `/` and no leading slash. */
  relativePath: string
  mtime: Date
  /** Front-matter defaults that apply to the file. */
  data: Record<string, unknown>
  collection?: string
  /** URL when the file belongs to a collection (from the collection's template); otherwise from the path. */
  url?: string
  /** Jekyll's `relative_path` (`path` in Liquid); default `/` + relativePath. */
  liquidPath?: string
  /** False when front-matter defaults for the file's URL say `published: false`. */
  published?: boolean
}

export function createStaticFile(input: StaticFileInput): StaticFile {
  const name = path.posix.basename(input.relativePath)
  const extname = path.posix.extname(name)
  return {
    kind: 'static',
    path: input.path,
    relativePath: input.relativePath,
    name,
    basename: staticBasename(name),
    extname,
    collection: input.collection,
    mtime: input.mtime,
    data: input.data,
    url: input.url ?? staticFileUrl(input.relativePath),
    liquidPath: input.liquidPath ?? `/${input.relativePath}`,
    published: input.published ?? true,
  }
}

/** StaticFile#basename: the name without its extension and trailing dots. */
export function staticBasename(name: string): string {
  const ext = path.posix.extname(name)
  return name.slice(0, name.length - ext.length).replace(/\.*$/, '')
}

/** StaticFile#url outside collections: the relative path without trailing dots before the extension. */
export function staticFileUrl(relativePath: string): string {
  const ext = path.posix.extname(relativePath)
  const cleaned = relativePath.slice(0, relativePath.length - ext.length).replace(/\.*$/, '')
  return `/${cleaned}${ext}`
}
