/**
 * Normalizes HTML so that two renderings that display the same compare equal: whitespace runs
 * collapse to one space (except inside `<pre>`), whitespace between tags and next to block-level
 * tags is dropped, attributes are sorted and double-quoted (a bare attribute equals `attr=""`),
 * tag names are lower-cased and `<x/>` equals `<x />`.
 */

const BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'li',
  'link', 'main', 'meta', 'nav', 'ol', 'p', 'pre', 'script', 'section', 'style', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'br'])

const TOKEN = /<!--[\s\S]*?-->|<![A-Za-z][^>]*>|<\/?[A-Za-z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
const WS = /[ \t\n\r\f]+/g

export interface NormalizeOptions {
  /** Drop `<span ...>` / `</span>` inside `<pre>` (syntax-highlighting tokens). */
  stripCodeTokens?: boolean
}

export interface Piece {
  kind: 'tag' | 'text' | 'comment'
  text: string
  name?: string
  closing?: boolean
}

function normalizeTag(raw: string): Piece {
  if (raw.startsWith('<!') && !raw.startsWith('<!--')) return { kind: 'tag', text: raw.replace(WS, ' ').toLowerCase(), name: '!doctype' }
  const closing = raw.startsWith('</')
  const m = /^<\/?([A-Za-z][^\s/>]*)/.exec(raw) as RegExpExecArray
  const name = (m[1] as string).toLowerCase()
  if (closing) return { kind: 'tag', text: `</${name}>`, name, closing }
  const body = raw.slice(m[0].length).replace(/\/?>$/, '')
  const attrs: Array<[string, string]> = []
  for (const a of body.matchAll(ATTR)) {
    const value = a[2] ?? a[3] ?? a[4] ?? ''
    attrs.push([(a[1] as string).toLowerCase(), value.replace(/"/g, '&quot;')])
  }
  attrs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const selfClose = /\/>$/.test(raw)
  const text = `<${name}${attrs.map(([k, v]) => ` ${k}="${v}"`).join('')}${selfClose ? ' />' : '>'}`
  return { kind: 'tag', text, name, closing: false }
}

/** Splits HTML into tags, comments and text runs. */
export function tokenizeHtml(html: string): Piece[] {
  const pieces: Piece[] = []
  let last = 0
  for (const m of html.matchAll(TOKEN)) {
    if (m.index > last) pieces.push({ kind: 'text', text: html.slice(last, m.index) })
    pieces.push(m[0].startsWith('<!--') ? { kind: 'comment', text: m[0] } : normalizeTag(m[0]))
    last = m.index + m[0].length
  }
  if (last < html.length) pieces.push({ kind: 'text', text: html.slice(last) })
  return pieces
}

const isBlock = (p: Piece | undefined): boolean =>
  p !== undefined && p.kind !== 'text' && (p.kind === 'comment' || p.name === '!doctype' || BLOCK_TAGS.has(p.name as string))

/** Normalized pieces (see module doc); `normalizeHtml` joins them, the migration report prints them a block a line. */
export function normalizedPieces(html: string, options: NormalizeOptions = {}): Piece[] {
  const out: Piece[] = []
  const inPre: boolean[] = []
  let preDepth = 0
  for (const p of tokenizeHtml(html)) {
    if (p.kind === 'tag' && p.name === 'pre') preDepth = Math.max(0, preDepth + (p.closing ? -1 : 1))
    const pre = preDepth > 0 || (p.kind === 'tag' && p.name === 'pre' && p.closing === true)
    if (pre && options.stripCodeTokens && p.kind === 'tag' && p.name === 'span') continue
    const previous = out[out.length - 1]
    if (p.kind === 'text' && previous?.kind === 'text') {
      previous.text += p.text // two runs left adjacent by a stripped span
      continue
    }
    out.push({ ...p })
    inPre.push(pre && p.kind === 'text')
  }
  const result: Piece[] = []
  for (let i = 0; i < out.length; i++) {
    const p = out[i] as Piece
    if (p.kind !== 'text' || inPre[i]) {
      result.push(p)
      continue
    }
    let text = p.text.replace(WS, ' ')
    if (i === 0 || isBlock(out[i - 1])) text = text.replace(/^ /, '')
    if (i === out.length - 1 || isBlock(out[i + 1])) text = text.replace(/ $/, '')
    if (text !== '') result.push({ kind: 'text', text })
  }
  return result
}

/** Normalizes an HTML document or fragment for equivalence comparison (see module doc). */
export function normalizeHtml(html: string, options: NormalizeOptions = {}): string {
  return normalizedPieces(html, options).map((p) => p.text).join('')
}

/** The normalized HTML cut into lines, one before each block-level tag: readable in a diff. */
export function normalizedHtmlLines(html: string): string[] {
  const lines: string[] = []
  let current = ''
  for (const p of normalizedPieces(html)) {
    if (isBlock(p) && current !== '') {
      lines.push(current)
      current = ''
    }
    current += p.text
  }
  if (current !== '') lines.push(current)
  return lines.flatMap((line) => line.split('\n'))
}
