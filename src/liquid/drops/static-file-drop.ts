/** Entries of `site.static_files` (Jekyll's StaticFileDrop). */
import { Drop } from 'liquidjs'
import type { StaticFile } from '../../site/types.js'
import { inspectString } from '../filters/ruby-inspect.js'

export class StaticFileDrop extends Drop {
  constructor(readonly file: StaticFile) {
    super()
  }
  get name(): string { return this.file.name }
  get extname(): string { return this.file.extname }
  get basename(): string { return this.file.basename }
  get modified_time(): Date { return this.file.mtime }
  /** Jekyll's `relative_path`: `/dir/name` for the site's files, `_label/dir/name` in a collection. */
  get path(): string { return this.file.liquidPath }
  get collection(): string | undefined { return this.file.collection }
  override liquidMethodMissing(key: string): unknown {
    return this.file.data[key]
  }
  /** Ruby's StaticFile#inspect. */
  inspect(): string {
    return `#<Jekyll::StaticFile @relative_path=${inspectString(this.file.relativePath)}>`
  }
  /** Jekyll's key order (as a build lists it): the drop's methods, then the front-matter defaults. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {
      name: this.name,
      basename: this.basename,
      extname: this.extname,
      path: this.path,
      collection: this.collection ?? null,
      modified_time: this.modified_time,
    }
    for (const [key, value] of Object.entries(this.file.data)) if (!(key in out)) out[key] = value
    return out
  }
}
