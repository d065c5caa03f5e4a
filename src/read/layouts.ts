/** Reads `_layouts` (Jekyll's LayoutReader): every file, keyed by its path without the last extension. */
import path from 'node:path'
import type { Layout } from '../site/types.js'
import type { EntryFilter } from './entry-filter.js'
import { listFilesRecursive, readText } from './files.js'
import { readFrontMatter } from './front-matter.js'
import { log } from '../util/log.js'
import { catalogError, ErrorCatalog } from '../errors/index.js'

/** Reads the layouts of one directory into `into`, not replacing names already present (the site's win over a theme's). */
export function readLayouts(layoutsDir: string, source: string, filter: EntryFilter, into: Map<string, Layout>): void {
  const entries = filter.filter(listFilesRecursive(layoutsDir), path.relative(source, layoutsDir))
  for (const entry of entries) {
    if (!path.posix.basename(entry).includes('.')) continue
    const name = entry.split('.').slice(0, -1).join('.')
    if (into.has(name)) continue
    const file = path.join(layoutsDir, entry)
    const text = readText(file)
    const relativePath = path.relative(source, file).split(path.sep).join('/')
    const fm = readFrontMatter(text, relativePath)
    if (fm.error) log.warn('YAML Exception', `reading ${file}: ${fm.error.message}`)
    // Jekyll's validate_data!: a layout's front matter that is a list or a plain value stops the build
    if (fm.notAHash) throw catalogError(ErrorCatalog.FrontMatterNotAMap, { file: relativePath }, { file: relativePath, line: 2, source: text })
    into.set(name, {
      name,
      path: file,
      relativePath,
      data: fm.data,
      content: fm.body,
      bodyLineOffset: fm.bodyLineOffset,
      sourceText: text,
    })
  }
}
