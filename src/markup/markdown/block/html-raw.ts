/**
 * kramdown's raw HTML handling (`parse_raw_html` + the HTML converter for the
 * `:raw` content model): reads an element up to its matching end tag, across blank
 * lines and nested elements, and re-serializes it the way kramdown prints it:
 * lowercase known tag names, double-quoted escaped attributes (`allowfullscreen=""`),
 * ` />` for void elements, text escaped (`& < >`, entities kept), comments verbatim.
 */
import { HTML_ELEMENTS_WITHOUT_BODY, UNAME } from './patterns.js'

/** One attribute of HTML_TAG_RE, atomic as in kramdown's `(?>…)` (emulated: lookahead capture + backreference). */
const ATOMIC_ATTR = `(?=(?<attr>[\\t\\n\\v\\f\\r ]+${UNAME}(?:[\\t\\n\\v\\f\\r ]*=[\\t\\n\\v\\f\\r ]*(?:[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]+|(?<q>["'])[\\s\\S]*?\\k<q>))?))\\k<attr>`
/** kramdown's HTML_TAG_RE: `name`, `attrs`, `slash` (self-closing). */
export const HTML_TAG = new RegExp(`<(?=(?<name>${UNAME}))\\k<name>[\\t\\n\\v\\f\\r ]*(?<attrs>(?:${ATOMIC_ATTR})*)[\\t\\n\\v\\f\\r ]*(?<slash>\\/)?>`, 'uy')
const HTML_TAG_CLOSE = new RegExp(`<\\/(${UNAME})[\\t\\n\\v\\f\\r ]*>`, 'y')
const HTML_COMMENT = /<!--([\s\S]*?)-->/y
const HTML_INSTRUCTION = /<\?([\s\S]*?)\?>/y
const HTML_RAW_START = new RegExp(`<(?:${UNAME}|\\/|!--|\\?)`, 'g')
const HTML_ATTRIBUTE = new RegExp(`[\\t\\n\\v\\f\\r ]*(${UNAME})(?:[\\t\\n\\v\\f\\r ]*=[\\t\\n\\v\\f\\r ]*(?:([\\p{L}\\p{N}_]+)|("|')([\\s\\S]*?)\\3))?`, 'gu')
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

/** Serializes a start tag the way kramdown prints it (kramdown always drops the `markdown` attribute). */
export function serializeStartTag(name: string, attrs: Array<[string, string]>, selfClose: boolean): string {
  const a = attrs.filter(([k]) => k !== 'markdown').map(([k, v]) => ` ${k}="${escapeKramdownAttribute(v)}"`).join('')
  return `<${name}${a}${selfClose ? ' />' : '>'}`
}

export interface TagMatch {
  name: string
  known: boolean
  /** The attributes (parsed on first use). */
  readonly attrs: Array<[string, string]>
  /** The attribute source text. */
  rawAttrs: string
  closed: boolean
  end: number
}

/** Matches an HTML start tag at `pos`. */
export function matchStartTag(src: string, pos: number): TagMatch | null {
  HTML_TAG.lastIndex = pos
  const m = HTML_TAG.exec(src)
  if (!m) return null
  const { name: raw, attrs, slash } = m.groups!
  const known = KNOWN_ELEMENTS.has(raw!.toLowerCase())
  const name = known ? raw!.toLowerCase() : raw!
  const rawAttrs = attrs ?? ''
  let parsed: Array<[string, string]> | undefined
  return {
    name,
    known,
    get attrs() { return (parsed ??= parseHtmlAttributes(rawAttrs, known)) },
    rawAttrs,
    closed: slash !== undefined,
    end: HTML_TAG.lastIndex,
  }
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

/** A piece of a raw HTML block: raw HTML, or an element whose content kramdown parses as Markdown. */
export type RawSegment =
  | { readonly html: string }
  | { readonly model: 'span' | 'block'; readonly open: string; readonly content: string; readonly close: string }

/** kramdown's HTML_CONTENT_MODEL for `markdown="1"`: block for div-like elements, span for p-like ones, else raw. */
const BLOCK_CONTENT = new Set(('address applet article aside blockquote body dd details div dl fieldset figure ' +
  'figcaption footer form header hgroup iframe li main map menu nav noscript object section summary td').split(' '))
const SPAN_CONTENT = new Set(('a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins label ' +
  'legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt').split(' '))

/** The content model a `markdown` attribute asks for (null: raw, the default inside raw HTML). */
export function markdownContentModel(name: string, markdown: string | undefined): 'span' | 'block' | null {
  if (markdown === 'span' || markdown === 'block') return markdown
  if (markdown !== '1') return null
  return BLOCK_CONTENT.has(name) ? 'block' : SPAN_CONTENT.has(name) ? 'span' : null
}

/** Where a raw read writes its segments; null when only the element's extent is wanted. */
type Sink = RawSegment[] | null

function pushHtml(segments: RawSegment[], text: string): void {
  const last = segments[segments.length - 1]
  if (last && 'html' in last) segments[segments.length - 1] = { html: last.html + text }
  else if (text !== '') segments.push({ html: text })
}

/** The end of an element read: after its end tag (or the end of the text), and where that end tag starts (-1: none). */
export interface Extent { end: number; closeAt: number }

/**
 * Reads the body of element `tag` (its start tag ends at `tag.end`) and returns it as segments
 * (raw HTML re-serialized, and nested elements with a `markdown` attribute whose content is to
 * be parsed), the whole raw HTML, and the offset after its end tag (or the end of `src` when
 * kramdown would auto-close it).
 */
export function readRawElement(
  src: string,
  tag: TagMatch,
  markdown = true,
): { html: string; end: number; closeAt: number; segments: RawSegment[] } {
  const segments: RawSegment[] = []
  const { end, closeAt } = readInto(src, tag, segments, markdown ? 'markdown' : 'raw')
  const html = segments.map((s) => ('html' in s ? s.html : s.open + s.content + s.close)).join('')
  return { html, end, closeAt, segments }
}

/** Where element `tag` ends (after its end tag, or at the end of `src`) and where its end tag starts (-1: none). */
export function rawElementExtent(src: string, tag: TagMatch): Extent {
  return readInto(src, tag, null, 'plain-self')
}

/**
 * How `markdown` attributes are honoured: everywhere, everywhere but on the element itself
 * (measuring a Markdown element's extent), or nowhere (too deeply nested to parse).
 */
type Mode = 'markdown' | 'plain-self' | 'raw'

/** The value of a `markdown` attribute (without parsing the attributes when there is none). */
function markdownAttribute(tag: TagMatch): string | undefined {
  if (!/markdown/i.test(tag.rawAttrs)) return undefined
  // Known elements' attribute names are lower-cased, and the last of repeated attributes wins.
  const re = tag.known ? /(?:^|[\t\n\v\f\r ])markdown[\t\n\v\f\r ]*=[\t\n\v\f\r ]*(?:"([^"]*)"|'([^']*)'|([\p{L}\p{N}_]+))/giu : /(?:^|[\t\n\v\f\r ])markdown[\t\n\v\f\r ]*=[\t\n\v\f\r ]*(?:"([^"]*)"|'([^']*)'|([\p{L}\p{N}_]+))/gu
  let value: string | undefined
  for (const m of tag.rawAttrs.matchAll(re)) value = m[1] ?? m[2] ?? m[3]
  return value ?? tag.attrs.find(([k]) => k === 'markdown')?.[1]
}

/** Appends escaped text `src[from, to)` (nothing when only measuring). */
function pushText(segments: Sink, src: string, from: number, to: number): void {
  if (segments && to > from) pushHtml(segments, escapeKramdownText(src.slice(from, to)))
}

function pushStartTag(segments: Sink, tag: TagMatch, selfClose: boolean): void {
  if (segments) pushHtml(segments, serializeStartTag(tag.name, tag.attrs, selfClose))
}

/** Elements nested deeper than this are read as text: each level is a stack frame (thousands of `<div>` overflowed). */
const MAX_ELEMENT_DEPTH = 512

/** Reads element `tag` into `segments` (or only measures it when null). */
function readInto(src: string, tag: TagMatch, segments: Sink, mode: Mode = 'markdown', depth = 0): Extent {
  if (tag.closed || HTML_ELEMENTS_WITHOUT_BODY.has(tag.name)) {
    pushStartTag(segments, tag, true)
    return { end: tag.end, closeAt: -1 }
  }
  const model = mode !== 'markdown' ? null : markdownContentModel(tag.name.toLowerCase(), markdownAttribute(tag))
  if (model) return readMarkdownElement(src, tag, model, segments, depth)
  if (tag.name === 'script' || tag.name === 'style') {
    const re = new RegExp(`<\\/${tag.name}[\\t\\n\\v\\f\\r ]*>`, 'ig')
    re.lastIndex = tag.end
    const m = re.exec(src)
    const bodyEnd = m ? m.index : src.length
    if (segments) pushHtml(segments, `${serializeStartTag(tag.name, tag.attrs, false)}${src.slice(tag.end, bodyEnd)}</${tag.name}>`)
    return m ? { end: re.lastIndex, closeAt: m.index } : { end: src.length, closeAt: -1 }
  }
  const startIndex = segments?.length ?? 0
  pushStartTag(segments, tag, false)
  const bodyStart = segments?.length ?? 0
  let pos = tag.end
  let end = src.length
  let closeAt = -1
  while (pos < src.length) {
    HTML_RAW_START.lastIndex = pos
    const next = HTML_RAW_START.exec(src)
    if (!next) { pushText(segments, src, pos, src.length); pos = src.length; break }
    pushText(segments, src, pos, next.index)
    pos = next.index
    const comment = matchComment(src, pos)
    if (comment) { if (segments) pushHtml(segments, comment.text); pos = comment.end; continue }
    HTML_INSTRUCTION.lastIndex = pos
    const pi = HTML_INSTRUCTION.exec(src)
    if (pi) { if (segments) pushHtml(segments, pi[0]); pos = HTML_INSTRUCTION.lastIndex; continue }
    const start = matchStartTag(src, pos)
    if (start && depth >= MAX_ELEMENT_DEPTH) { pushText(segments, src, pos, start.end); pos = start.end; continue }
    if (start) { pos = readInto(src, start, segments, mode === 'raw' ? 'raw' : 'markdown', depth + 1).end; continue }
    const close = matchEndTag(src, pos)
    if (close) {
      const name = tag.known ? close.name.toLowerCase() : close.name
      if (name === tag.name) { end = close.end; closeAt = pos; break }
      pushText(segments, src, pos, close.end)
      pos = close.end
      continue
    }
    pushText(segments, src, pos, pos + 1)
    pos++
  }
  if (segments) {
    // An element with no body at all that can have none prints as `<x />`.
    if (segments.length === bodyStart && HTML_ELEMENTS_WITHOUT_BODY.has(tag.name)) {
      segments.length = startIndex
      pushStartTag(segments, tag, true)
    } else {
      pushHtml(segments, `</${tag.name}>`)
    }
  }
  return { end, closeAt }
}

/**
 * A nested element whose content kramdown parses: span content runs to the first end tag of
 * that name; block content to the matching end tag (nested elements of the same name counted).
 */
function readMarkdownElement(src: string, tag: TagMatch, model: 'span' | 'block', segments: Sink, depth = 0): Extent {
  let extent: Extent = { end: src.length, closeAt: -1 }
  if (model === 'span') {
    const close = new RegExp(`<\\/${tag.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\t\\n\\v\\f\\r ]*>`, tag.known ? 'gi' : 'g')
    close.lastIndex = tag.end
    const m = close.exec(src)
    if (m) extent = { end: close.lastIndex, closeAt: m.index }
  } else {
    extent = readInto(src, tag, null, 'plain-self', depth)
  }
  if (segments) {
    const content = src.slice(tag.end, extent.closeAt < 0 ? src.length : extent.closeAt)
    segments.push({ model, open: serializeStartTag(tag.name, tag.attrs, false), content, close: `</${tag.name}>` })
  }
  return extent
}
