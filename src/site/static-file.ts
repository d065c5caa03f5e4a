/** Static files: copied to the destination as they are. */
import path from 'node:path'
import type { StaticFile } from './types.js'

export interface StaticFileInput {
  path: string
  /** Path relative to the source, with `/`. */
  relativePath: string
  mtime: Date
  data: Record<string, unknown>
  collection?: string
  /** URL when the file belongs to a collection (from the collection's template); otherwise `/relativePath`. */
  url?: string
}

export function createStaticFile(input: StaticFileInput): StaticFile {
  const name = path.posix.basename(input.relativePath)
  const extname = path.posix.extname(name)
  return {
    kind: 'static',
    path: input.path,
    relativePath: input.relativePath,
    name,
    basename: name.slice(0, name.length - extname.length),
    extname,
    collection: input.collection,
    mtime: input.mtime,
    data: input.data,
    url: input.url ?? `/${input.relativePath}`,
  }
}
