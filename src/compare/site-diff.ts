/**
 * Compares two built sites (Jekyll's `_site` and ours) file by file, each file normalized by type
 * (see normalize-file.ts). Used by `utterson doctor --compare` and by the conformance tests.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { diffLines, type DiffLine } from './line-diff.js'
import { listFiles } from './list-files.js'
import { cssEffect } from './css-effect.js'
import { canonicalEntities, MARKUP_EXTS, normalizeFile } from './normalize-file.js'
import { normalizedHtmlLines } from './normalize-html.js'

export type DiffStatus = 'equivalent' | 'different' | 'missing' | 'extra'

export interface FileDiff {
  /** Path relative to the site root, `/`-separated. */
  file: string
  /** `missing`: only the expected site has it; `extra`: only the actual site has it. */
  status: DiffStatus
  /** For a different file: the first differing place of the normalized texts, expected then actual. */
  detail?: string
}

export interface DiffOptions {
  /** Paths (relative, `/`-separated) to leave out of the comparison. */
  ignore?: (file: string) => boolean
}

function firstDifference(a: string, b: string): string {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  const from = Math.max(0, i - 60)
  return `expected …${a.slice(from, i + 80)}…\n     got …${b.slice(from, i + 80)}…`
}

/** Compares every file of `expectedDir` with `actualDir`; files only in one of them are `missing` or `extra`. */
export function diffSites(expectedDir: string, actualDir: string, options: DiffOptions = {}): FileDiff[] {
  const keep = (f: string) => !options.ignore?.(f)
  const expected = listFiles(expectedDir).filter(keep)
  const actual = new Set(listFiles(actualDir).filter(keep))
  const diffs: FileDiff[] = []
  for (const file of expected) {
    if (!actual.has(file)) {
      diffs.push({ file, status: 'missing' })
      continue
    }
    actual.delete(file)
    const a = normalizeFile(file, readFileSync(path.join(expectedDir, file)))
    const b = normalizeFile(file, readFileSync(path.join(actualDir, file)))
    const same = typeof a === 'string' ? a === b : Buffer.isBuffer(b) && a.equals(b)
    diffs.push(same ? { file, status: 'equivalent' }
      : { file, status: 'different', detail: typeof a === 'string' ? firstDifference(a, String(b)) : 'binary content differs' })
  }
  for (const file of actual) diffs.push({ file, status: 'extra' })
  return diffs.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0))
}

/** The lines that differ between the two versions of one file, on its normalized form (markup a block a line). */
export function diffFileLines(file: string, expected: Buffer, actual: Buffer): DiffLine[] {
  const lines = (content: Buffer): string[] => {
    if (MARKUP_EXTS.has(path.extname(file).toLowerCase())) return normalizedHtmlLines(canonicalEntities(content.toString('utf8')))
    const ext = path.extname(file).toLowerCase()
    if (ext === '.css') return cssEffect(content.toString('utf8')).split('\n')
    const normalized = normalizeFile(file, content)
    if (typeof normalized !== 'string') return [`<${content.length} bytes, sha1 ${sha1(content)}>`]
    return content.toString('utf8').split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '')
  }
  return diffLines(lines(expected), lines(actual))
}

function sha1(content: Buffer): string {
  return createHash('sha1').update(content).digest('hex').slice(0, 12)
}
