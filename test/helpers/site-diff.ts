/**
 * Compares a built site with Jekyll's golden output, file by file: HTML and XML after whitespace and
 * attribute normalization, CSS and text after whitespace normalization, everything else byte for byte.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { normalizeHtml } from './normalize-html.js'

export interface FileDiff {
  file: string
  status: 'equivalent' | 'different' | 'missing' | 'extra'
  /** First differing line of the normalized texts, for the failure message. */
  detail?: string
}

export function listFiles(root: string): string[] {
  const out: string[] = []
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(root, rel)).sort()) {
      const relPath = rel ? `${rel}/${name}` : name
      if (statSync(path.join(root, relPath)).isDirectory()) walk(relPath)
      else out.push(relPath)
    }
  }
  walk('')
  return out
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Decodes character references so `&#39;`, `&apos;` and `'` compare equal; `&amp; &lt; &gt;` stay encoded. */
function canonicalEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    let ch: string | undefined
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10)
      ch = Number.isFinite(code) ? String.fromCodePoint(code) : undefined
    } else ch = ENTITIES[ref.toLowerCase()]
    if (ch === undefined) return m
    return ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch
  })
}

export function normalizeFile(file: string, content: Buffer): string | Buffer {
  const ext = path.extname(file).toLowerCase()
  if (['.html', '.htm', '.xhtml', '.xml', '.atom', '.rss', '.svg'].includes(ext)) {
    return normalizeHtml(canonicalEntities(content.toString('utf8')))
  }
  if (['.css', '.txt', '.json', '.js', '.md', '.csv', '.yml', '.yaml', ''].includes(ext)) {
    return content.toString('utf8').replace(/\r\n/g, '\n').replace(/[ \t]+$/gm, '').replace(/\s+/g, ' ').trim()
  }
  return content
}

function firstDifference(a: string, b: string): string {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  const from = Math.max(0, i - 60)
  return `expected …${a.slice(from, i + 80)}…\n     got …${b.slice(from, i + 80)}…`
}

export function diffSites(expectedDir: string, actualDir: string): FileDiff[] {
  const expected = listFiles(expectedDir)
  const actual = new Set(listFiles(actualDir))
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
    diffs.push(
      same ? { file, status: 'equivalent' } : { file, status: 'different', detail: typeof a === 'string' ? firstDifference(a, String(b)) : 'binary content differs' },
    )
  }
  for (const file of actual) diffs.push({ file, status: 'extra' })
  return diffs
}
