/**
 * A small HTML normalizer for comparing our output with kramdown's: whitespace
 * runs collapse to one space (except inside `<pre>`), whitespace between tags and
 * next to block-level tags is dropped, attributes are sorted and double-quoted
 * (a bare attribute equals `attr=""`), and `<x/>` equals `<x />`.
 */

const BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'br'])

const TOKEN = /<!--[\s\S]*?-->|<\/?[A-Za-z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
const WS = /[ \t\n\r\f]+/g

export interface NormalizeOptions {
  /** Drop `<span ...>` / `</span>` inside `<pre>` (syntax-highlighting tokens). */
  stripCodeTokens?: boolean
}

interface Piece { kind: 'tag' | 'text' | 'comment'; text: string; name?: string; closing?: boolean }

function normalizeTag(raw: string): Piece {
  const closing = raw.startsWith('</')
  const m = /^<\/?([A-Za-z][^\s/>]*)/.exec(raw)!
  const name = m[1].toLowerCase()
  if (closing) return { kind: 'tag', text: `</${name}>`, name, closing }
  const body = raw.slice(m[0].length).replace(/\/?>$/, '')
  const attrs: Array<[string, string]> = []
  for (const a of body.matchAll(ATTR)) {
    const value = a[2] ?? a[3] ?? a[4] ?? ''
    attrs.push([a[1].toLowerCase(), value.replace(/"/g, '&quot;')])
  }
  attrs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const selfClose = /\/>$/.test(raw)
  const text = `<${name}${attrs.map(([k, v]) => ` ${k}="${v}"`).join('')}${selfClose ? ' />' : '>'}`
  return { kind: 'tag', text, name, closing: false }
}

/** Normalizes an HTML fragment for equivalence comparison (see module doc). */
export function normalizeHtml(html: string, options: NormalizeOptions = {}): string {
  const pieces: Piece[] = []
  let last = 0
  for (const m of html.matchAll(TOKEN)) {
    if (m.index > last) pieces.push({ kind: 'text', text: html.slice(last, m.index) })
    pieces.push(m[0].startsWith('<!--') ? { kind: 'comment', text: m[0] } : normalizeTag(m[0]))
    last = m.index + m[0].length
  }
  if (last < html.length) pieces.push({ kind: 'text', text: html.slice(last) })

  let preDepth = 0
  const out: Piece[] = []
  for (const p of pieces) {
    if (p.kind === 'tag' && p.name === 'pre') preDepth += p.closing ? -1 : 1
    if (preDepth > 0 && options.stripCodeTokens && p.kind === 'tag' && p.name === 'span') continue
    if (p.kind === 'text' && preDepth === 0) p.text = p.text.replace(WS, ' ')
    out.push(p)
  }
  const isBlock = (p: Piece | undefined) => p !== undefined && p.kind !== 'text' && (p.kind === 'comment' || BLOCK_TAGS.has(p.name!))
  let result = ''
  for (let i = 0; i < out.length; i++) {
    const p = out[i]
    if (p.kind !== 'text') { result += p.text; continue }
    let text = p.text
    const inPre = out.slice(0, i).filter((q) => q.name === 'pre').reduce((d, q) => d + (q.closing ? -1 : 1), 0) > 0
    if (inPre) { result += text; continue }
    if (i === 0 || isBlock(out[i - 1])) text = text.replace(/^ /, '')
    if (i === out.length - 1 || isBlock(out[i + 1])) text = text.replace(/ $/, '')
    result += text
  }
  return result
}
