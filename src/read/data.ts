/** Reads `_data` (Jekyll's DataReader): YAML, JSON, CSV and TSV files; folders become nested hashes. */
import path from 'node:path'
import { parseYaml } from '../config/yaml.js'
import { parseDelimited } from '../util/csv.js'
import { BuildError } from '../util/errors.js'
import type { EntryFilter } from './entry-filter.js'
import { listDir, readText, statOrNull } from './files.js'

const DATA_EXTENSIONS = new Set(['.yml', '.yaml', '.json', '.csv', '.tsv'])

/** Reads the data directory into a (possibly nested) hash. Missing directory → `{}`. */
export function readData(dataDir: string, source: string, filter: EntryFilter): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const rel = path.relative(source, dataDir).split(path.sep).join('/')
  for (const entry of filter.filter(listDir(dataDir), rel)) {
    const file = path.join(dataDir, entry)
    const stat = statOrNull(file)
    if (!stat) continue
    if (stat.isDirectory()) {
      out[sanitizeName(entry)] = readData(file, source, filter)
      continue
    }
    const ext = path.extname(entry).toLowerCase()
    if (!DATA_EXTENSIONS.has(ext)) continue
    out[sanitizeName(path.basename(entry, path.extname(entry)))] = readDataFile(file, ext, path.relative(source, file))
  }
  return out
}

function readDataFile(file: string, ext: string, relativePath: string): unknown {
  const text = readText(file)
  try {
    if (ext === '.csv') return parseDelimited(text, ',')
    if (ext === '.tsv') return parseDelimited(text, '\t')
    if (ext === '.json') return JSON.parse(text)
  } catch (error) {
    throw new BuildError({
      topic: 'Data Exception',
      message: `Error reading data file ${relativePath}: ${(error as Error).message}`,
      file: relativePath,
      cause: error,
    })
  }
  return parseYaml(text, { file: relativePath })
}

/** Jekyll's `sanitize_filename`: drop characters other than word characters, whitespace and `-`; whitespace → `_`. */
function sanitizeName(name: string): string {
  return name.replace(/[^\w\s-]+/g, '').replace(/\s+/g, '_')
}
