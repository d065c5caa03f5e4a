/**
 * Normalizes one output file for comparison, by type: HTML and XML after entity, whitespace and
 * attribute normalization; CSS and source maps by effect (css-effect.ts); JSON by value; other text after
 * whitespace normalization; anything else is compared byte for byte.
 */
import path from 'node:path'
import { cssEffect, sourceMapEffect } from './css-effect.js'
import { normalizeHtml } from './normalize-html.js'

export const MARKUP_EXTS = new Set(['.html', '.htm', '.xhtml', '.xml', '.atom', '.rss', '.svg'])
const TEXT_EXTS = new Set(['.txt', '.js', '.mjs', '.md', '.csv', '.tsv', '.yml', '.yaml', ''])

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', times: '×' }

/** Decodes character references so `&#39;`, `&apos;` and `'` compare equal; `&amp; &lt; &gt;` stay encoded. */
export function canonicalEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    let ch: string | undefined
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10)
      ch = Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : undefined
    } else ch = NAMED[ref] ?? NAMED[ref.toLowerCase()]
    if (ch === undefined) return m
    return ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch
  })
}

/** JSON by value: formatting does not count, key order does. Invalid JSON is compared as text. */
export function normalizeJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text))
  } catch {
    return normalizeText(text)
  }
}

/** Plain text: line endings, trailing blanks and whitespace runs do not count. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/[ \t]+$/gm, '').replace(/\s+/g, ' ').trim()
}

/** The comparable form of a file: a string for text types, the bytes otherwise. */
export function normalizeFile(file: string, content: Buffer): string | Buffer {
  const ext = path.extname(file).toLowerCase()
  if (MARKUP_EXTS.has(ext)) return normalizeHtml(canonicalEntities(content.toString('utf8')))
  if (ext === '.css') return cssEffect(content.toString('utf8'))
  if (ext === '.map') return sourceMapEffect(content.toString('utf8'))
  if (ext === '.json') return normalizeJson(content.toString('utf8'))
  if (TEXT_EXTS.has(ext)) return normalizeText(content.toString('utf8'))
  return content
}
