/**
 * Reads `_data` (Jekyll's DataReader): YAML, JSON, CSV and TSV files; folders become nested hashes.
 * Like Jekyll, the entry filter is not applied here (`_private.yml` is read), files are globbed per
 * extension (`*.yaml`, then `*.yml`, `*.json`, `*.csv`, `*.tsv`, each in name order), folders come last,
 * and a later file with the same base name replaces an earlier one in place.
 */
import path from 'node:path'
import { checkDelimitedQuoting } from '../errors/csv.js'
import { catalogError, ErrorCatalog } from '../errors/index.js'
import { isHash, parseYaml } from '../config/yaml.js'
import { parseDelimited } from '../util/csv.js'
import type { EntryFilter } from './entry-filter.js'
import { isSymlink, listDir, readText, statOrNull } from './files.js'

const DATA_EXTENSIONS = ['.yaml', '.yml', '.json', '.csv', '.tsv']

export interface DataReadOptions {
  /** The site's `encoding`. */
  encoding?: string
  /** `csv_reader` / `tsv_reader` settings from _config.yml. */
  config?: Record<string, unknown>
  /** Safe mode: symbolic links are not followed. */
  safe?: boolean
}

/** Reads the data directory into a (possibly nested) hash. Missing directory → `{}`. */
export function readData(dataDir: string, source: string, _filter?: EntryFilter, options: DataReadOptions = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  readInto(dataDir, source, out, options)
  return out
}

function readInto(dir: string, source: string, data: Record<string, unknown>, options: DataReadOptions): void {
  if (!statOrNull(dir)?.isDirectory() || (options.safe && isSymlink(dir))) return
  const names = listDir(dir).filter((name) => !name.startsWith('.'))
  const files = DATA_EXTENSIONS.flatMap((ext) => names.filter((name) => name.endsWith(ext) && name.length > 0))
  const dirs = names.filter((name) => statOrNull(path.join(dir, name))?.isDirectory())
  for (const entry of [...files, ...dirs]) {
    const file = path.join(dir, entry)
    if (options.safe && isSymlink(file)) continue
    if (statOrNull(file)?.isDirectory()) {
      const nested: Record<string, unknown> = {}
      data[sanitizeFilename(entry)] = nested
      readInto(file, source, nested, options)
    } else {
      const key = sanitizeFilename(path.basename(entry, path.extname(entry)))
      data[key] = readDataFile(file, path.relative(source, file).split(path.sep).join('/'), options)
    }
  }
}

/** Parses one data file by its extension; a malformed one stops the build with its name and line. */
export function readDataFile(file: string, relativePath: string, options: DataReadOptions = {}): unknown {
  const ext = path.extname(file).toLowerCase()
  const text = readText(file, options.encoding ?? 'utf-8', relativePath)
  if (ext === '.csv' || ext === '.tsv') {
    const reader = isHash(options.config?.[ext === '.csv' ? 'csv_reader' : 'tsv_reader'])
      ? (options.config?.[ext === '.csv' ? 'csv_reader' : 'tsv_reader'] as Record<string, unknown>)
      : {}
    checkDelimitedQuoting(text, ext === '.csv' ? ',' : '\t', relativePath) // Ruby CSV's quoting errors, with the line
    try {
      return parseDelimited(text, ext === '.csv' ? ',' : '\t', { headers: reader.headers !== false, converters: csvConverters(reader) })
    } catch (error) {
      const format = ext === '.csv' ? 'CSV' : 'TSV'
      throw catalogError(ErrorCatalog.DataFileSyntax, { file: relativePath, format, reason: (error as Error).message }, { file: relativePath }, error)
    }
  }
  // Jekyll reads JSON with its YAML parser too (JSON is YAML), so `1.0` stays a float.
  return parseYaml(text, { file: relativePath, fileText: text, kind: 'data' })
}

function csvConverters(reader: Record<string, unknown>): string[] {
  const list = reader.csv_converters
  return Array.isArray(list) ? list.map(String) : []
}

/** DataReader#sanitize_filename: only word characters, whitespace and `-`; inner whitespace becomes `_`. */
export function sanitizeFilename(name: string): string {
  return name.replace(/[^\w\s-]+|(?<=^|\b\s)\s+(?=$|\s?\b)/g, '').replace(/\s+/g, '_')
}
