/**
 * kramdown's raw HTML handling (`parse_raw_html` + the HTML converter for the
 * `:raw` content model): reads an element up to its matching end tag, across blank
 * lines and nested elements, and re-serializes it the way kramdown prints it:
 * lowercase known tag names, double-quoted escaped attributes (`allowfullscreen=""`),
 * ` />` for void elements, text escaped (`& < >`, entities kept), comments verbatim.
 */
import { HTML_ELEMENTS_WITHOUT_BODY, UNAME } from './patterns.js'

const ATTR = `\\s+${UNAME}(?:\\s*=\\s*(?:[\\p{L}\\p{N}_]+|("|')[\\s\\S]*?\\2))?`
/** HTML_TAG_RE: 1 = name, 2 = attributes, 4 = self-closing slash. */
export const HTML_TAG = new RegExp(`<((?:${UNAME}))\\s*((?:${ATTR.replace('\\2', '\\3')})*)\\s*(\\/)?>`, 'uy')
const HTML_TAG_CLOSE = new RegExp(`<\\/(${UNAME})\\s*>`, 'y')
const HTML_COMMENT = /<!--([\s\S]*?)-->/y
const HTML_INSTRUCTION = /<\?([\s\S]*?)\?>/y
const HTML_RAW_START = new RegExp(`<(?:${UNAME}|\\/|!--|\\?)`, 'g')
const HTML_ATTRIBUTE = new RegExp(`\\s*(${UNAME})(?:\\s*=\\s*(?:([\\p{L}\\p{N}_]+)|("|')([\\s\\S]*?)\\3))?`, 'gu')
const ENTITY_OR_SPECIAL = /&(?:[\w:][\-\w.:]*|#\d+|#x[0-9a-fA-F]+);|[<>&]/g
const ENTITY_OR_SPECIAL_ATTR = /&(?:[\w:][\-\w.:]*|#\d+|#x[0-9a-fA-F]+);|[<>&"]/g
const ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' }

/** All element names kramdown knows (HTML_ELEMENT): their tag and attribute names are lowercased. */
const KNOWN_ELEMENTS = new Set(('a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark ' +
  'option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var address article aside applet body ' +
  'blockquote caption col colgroup dd div dl dt fieldset figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr ' +
  'html head iframe legend menu li main map nav ol optgroup p pre section summary table tbody td th thead tfoot tr ul ' +
  'area base command embed keygen link meta param source track wbr details figure noscript object script style math ' +
  'textarea').split(' '))

/** kramdown's escape_html(str, :text): `& < >` escaped, existing entity references kept. */
export function escapeKramdownText(str: string): string {
  return str.replace(ENTITY_OR_SPECIAL, (m) => ESCAPES[m] ?? m)
}

/** kramdown's escape_html(str, :attribute). */
export function escapeKramdownAttribute(str: string): string {
  return str.replace(ENTITY_OR_SPECIAL_ATTR, (m) => ESCAPES[m] ?? m)
}

/** Parses an attribute string as kramdown does (lowercasing names of known elements). */
export function parseHtmlAttributes(str: string, known: boolean): Array<[string, string]> {
  const attrs = new Map<string, string>()
  HTML_ATTRIBUTE.lastIndex = 0
  for (const m of str.matchAll(HTML_ATTRIBUTE)) {
    const name = known ? m[1].toLowerCase() : m[1]
    attrs.set(name, m[2] ?? m[4] ?? '')
  }
  return [...attrs]
}

/** Serializes a start tag the way kramdown prints it. */
export function serializeStartTag(name: string, attrs: Array<[string, string]>, selfClose: boolean): string {
  const a = attrs.map(([k, v]) => ` ${k}="${escapeKramdownAttribute(v)}"`).join('')
  return `<${name}${a}${selfClose ? ' />' : '>'}`
}

export interface TagMatch { name: string; known: boolean; attrs: Array<[string, string]>; closed: boolean; end: number }

/** Matches an HTML start tag at `pos`. */
export function matchStartTag(src: string, pos: number): TagMatch | null {
  HTML_TAG.lastIndex = pos
  const m = HTML_TAG.exec(src)
  if (!m) return null
  const known = KNOWN_ELEMENTS.has(m[1].toLowerCase())
  const name = known ? m[1].toLowerCase() : m[1]
  return { name, known, attrs: parseHtmlAttributes(m[2], known), closed: m[4] !== undefined, end: HTML_TAG.lastIndex }
}

/** Matches an HTML end tag at `pos`: the tag name and the end offset. */
export function matchEndTag(src: string, pos: number): { name: string; end: number } | null {
  HTML_TAG_CLOSE.lastIndex = pos
  const m = HTML_TAG_CLOSE.exec(src)
  return m ? { name: m[1], end: HTML_TAG_CLOSE.lastIndex } : null
}

/** Matches an HTML comment at `pos`. */
export function matchComment(src: string, pos: number): { text: string; end: number } | null {
  HTML_COMMENT.lastIndex = pos
  const m = HTML_COMMENT.exec(src)
  return m ? { text: m[0], end: HTML_COMMENT.lastIndex } : null
}

/**
 * Reads the body of element `tag` (its start tag ends at `pos`) and returns the
 * re-serialized element and the offset after its end tag (or the end of `src`
 * when kramdown would auto-close it).
 */
export function readRawElement(src: string, tag: TagMatch): { html: string; end: number } {
  const open = (body: string) => {
    if (tag.closed) return serializeStartTag(tag.name, tag.attrs, true)
    if (body === '' && HTML_ELEMENTS_WITHOUT_BODY.has(tag.name)) return serializeStartTag(tag.name, tag.attrs, true)
    return `${serializeStartTag(tag.name, tag.attrs, false)}${body}</${tag.name}>`
  }
  if (tag.closed || HTML_ELEMENTS_WITHOUT_BODY.has(tag.name)) return { html: open(''), end: tag.end }
  if (tag.name === 'script' || tag.name === 'style') {
    const re = new RegExp(`<\\/${tag.name}\\s*>`, 'ig')
    re.lastIndex = tag.end
    const m = re.exec(src)
    const bodyEnd = m ? m.index : src.length
    return { html: open(src.slice(tag.end, bodyEnd)), end: m ? re.lastIndex : src.length }
  }
  let body = ''
  let pos = tag.end
  while (pos < src.length) {
    HTML_RAW_START.lastIndex = pos
    const next = HTML_RAW_START.exec(src)
    if (!next) { body += escapeKramdownText(src.slice(pos)); pos = src.length; break }
    body += escapeKramdownText(src.slice(pos, next.index))
    pos = next.index
    const comment = matchComment(src, pos)
    if (comment) { body += comment.text; pos = comment.end; continue }
    HTML_INSTRUCTION.lastIndex = pos
    const pi = HTML_INSTRUCTION.exec(src)
    if (pi) { body += pi[0]; pos = HTML_INSTRUCTION.lastIndex; continue }
    const start = matchStartTag(src, pos)
    if (start) {
      const inner = readRawElement(src, start)
      body += inner.html
      pos = inner.end
      continue
    }
    const close = matchEndTag(src, pos)
    if (close) {
      const name = tag.known ? close.name.toLowerCase() : close.name
      if (name === tag.name) return { html: open(body), end: close.end }
      body += escapeKramdownText(src.slice(pos, close.end))
      pos = close.end
      continue
    }
    body += escapeKramdownText(src[pos])
    pos++
  }
  return { html: open(body), end: src.length }
}
