/** Entries of `site.static_files` (Jekyll's StaticFileDrop). */
import { Drop } from 'liquidjs'
import type { StaticFile } from '../../site/types.js'

export class StaticFileDrop extends Drop {
  constructor(readonly file: StaticFile) {
    super()
  }
  get name(): string { return this.file.name }
  get extname(): string { return this.file.extname }
  get basename(): string { return this.file.basename }
  get modified_time(): Date { return this.file.mtime }
  get path(): string { return `/${this.file.relativePath}` }
  get collection(): string | undefined { return this.file.collection }
  override liquidMethodMissing(key: string): unknown {
    return this.file.data[key]
  }
  toJSON(): Record<string, unknown> {
    return { ...this.file.data, name: this.name, extname: this.extname, basename: this.basename, modified_time: this.modified_time, path: this.path, collection: this.collection ?? null }
  }
}
