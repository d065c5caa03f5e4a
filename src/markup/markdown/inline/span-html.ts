/**
 * kramdown's span-level HTML (`parse_span_html`), replacing markdown-it's `html_inline`:
 * - a start tag opens an element whose content runs to its end tag, or, when there is
 *   none, to the end of the paragraph (kramdown auto-closes it there);
 * - the content is parsed as Markdown only for span-content elements (`em`, `span`,
 *   `a`, …, or `markdown="1"`); `code`, `kbd`, unknown tags and the like keep their
 *   content raw (only nested tags are recognised, entities are kept);
 * - block-level tags and unmatched end tags are text; comments are kept verbatim.
 * Tags are printed the way kramdown prints them (lower-case known names, quoted
 * attributes, ` />` for empty void elements, no `markdown` attribute).
 */
import type { MarkdownIt, StateInline } from 'markdown-it'
import { escapeKramdownText, matchComment, matchEndTag, matchStartTag, serializeStartTag } from '../block/html-raw.js'
import { HTML_ELEMENTS_WITHOUT_BODY } from '../block/patterns.js'

/** kramdown's HTML_BLOCK_ELEMENTS: such a tag inside a paragraph is printed as text. */
const HTML_BLOCK_ELEMENTS = new Set(('address article aside applet body blockquote caption col colgroup dd div dl dt ' +
  'fieldset figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu li main map nav ol ' +
  'optgroup p pre section summary table tbody td th thead tfoot tr ul').split(' '))

/** Elements whose content kramdown parses as spans (HTML_CONTENT_MODEL_SPAN + _BLOCK); every other tag is raw. */
const PARSED_CONTENT = new Set(('a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins ' +
  'label legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt address applet article aside ' +
  'blockquote body dd details div dl fieldset figure figcaption footer form header hgroup iframe li main map menu nav ' +
  'noscript object section summary td').split(' '))

export const HTML_OPEN = 'kramdown_html_open'
export const HTML_CLOSE = 'kramdown_html_close'
export const HTML_EMPTY = 'kramdown_html_empty'
/** Text inside a raw element: printed with entities kept, untouched by abbreviations. */
export const RAW_TEXT = 'kramdown_raw_text'

function stopPattern(name: string, known: boolean): RegExp {
  return new RegExp(`</${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*>`, known ? 'iy' : 'y')
}

function matchesAt(re: RegExp, src: string, pos: number): number {
  re.lastIndex = pos
  return re.test(src) ? re.lastIndex : -1
}

/** Raw content: nested tags are elements, everything else is text, up to the stop tag or `max`. */
function tokenizeRaw(state: StateInline, stop: RegExp, max: number): number {
  let text = ''
  const flush = () => {
    if (text !== '') state.push(RAW_TEXT, '', 0).content = text
    text = ''
  }
  while (state.pos < max) {
    const end = matchesAt(stop, state.src, state.pos)
    if (end >= 0 && end <= max) { flush(); return end }
    if (state.src.charCodeAt(state.pos) === 0x3c) {
      flush()
      // as in tokenizeParsed: past maxNesting, nested tags are text (thousands of `<script>` overflowed the stack)
      if (state.level < state.md.options.maxNesting && spanHtml(state, false, true)) continue
    }
    text += state.src[state.pos++]
  }
  flush()
  return -1
}

/** Parsed content: markdown-it's inline rules, stopping at the element's end tag. Returns the end of the stop tag or -1. */
function tokenizeParsed(state: StateInline, stop: RegExp, max: number): number {
  const rules = state.md.inline.ruler.getRules('')
  while (state.pos < max) {
    const end = matchesAt(stop, state.src, state.pos)
    if (end >= 0 && end <= max) return end
    let ok = false
    if (state.level < state.md.options.maxNesting) {
      for (const rule of rules) {
        if (rule(state, false)) { ok = true; break }
      }
    }
    if (ok) continue
    state.pending += state.src[state.pos++]
  }
  if (state.pending) state.pushPending()
  return -1
}

/** Skips an element's content in silent mode (for link labels), as the parser would consume it. */
function skipContent(state: StateInline, stop: RegExp, max: number): number {
  while (state.pos < max) {
    const end = matchesAt(stop, state.src, state.pos)
    if (end >= 0 && end <= max) return end
    state.md.inline.skipToken(state)
  }
  return -1
}

function spanHtml(state: StateInline, silent: boolean, inRaw = false): boolean {
  const { src, pos, posMax: max } = state
  if (src.charCodeAt(pos) !== 0x3c /* < */) return false
  const comment = matchComment(src, pos)
  if (comment && comment.end <= max) {
    if (!silent) state.push('html_inline', '', 0).content = comment.text
    state.pos = comment.end
    return true
  }
  const close = matchEndTag(src, pos)
  if (close && close.end <= max) {
    // An end tag without its start tag: text (kramdown warns and keeps it).
    if (!silent) {
      if (inRaw) state.push(RAW_TEXT, '', 0).content = src.slice(pos, close.end)
      else state.pending += src.slice(pos, close.end)
    }
    state.pos = close.end
    return true
  }
  const tag = matchStartTag(src, pos)
  if (!tag || tag.end > max) return false
  if (HTML_BLOCK_ELEMENTS.has(tag.name)) {
    if (!silent) {
      if (inRaw) state.push(RAW_TEXT, '', 0).content = src.slice(pos, tag.end)
      else state.pending += src.slice(pos, tag.end)
    }
    state.pos = tag.end
    return true
  }
  const markdown = tag.attrs.find(([k]) => k === 'markdown')?.[1]
  let parse = !inRaw && PARSED_CONTENT.has(tag.name)
  if (markdown === 'span') parse = true
  else if (markdown === '1') parse = PARSED_CONTENT.has(tag.name)
  else if (markdown === '0') parse = false
  const attrs = tag.attrs.map(([k, v]): [string, string] => [k, v.replace(/\n+/g, ' ')])
  const empty = tag.closed || HTML_ELEMENTS_WITHOUT_BODY.has(tag.name)
  const stop = stopPattern(tag.name, tag.known)
  if (silent) {
    state.pos = tag.end
    if (!empty) {
      const end = skipContent(state, stop, max)
      state.pos = end < 0 ? max : end
    }
    return true
  }
  if (empty) {
    const token = state.push(HTML_EMPTY, '', 0)
    token.content = tag.closed && !HTML_ELEMENTS_WITHOUT_BODY.has(tag.name)
      ? `${serializeStartTag(tag.name, attrs, false)}</${tag.name}>`
      : serializeStartTag(tag.name, attrs, true)
    state.pos = tag.end
    return true
  }
  const open = state.push(HTML_OPEN, '', 1)
  open.content = serializeStartTag(tag.name, attrs, false)
  open.meta = { name: tag.name, raw: !parse }
  state.pos = tag.end
  const end = parse ? tokenizeParsed(state, stop, max) : tokenizeRaw(state, stop, max)
  state.push(HTML_CLOSE, '', -1).content = `</${tag.name}>`
  state.pos = end < 0 ? max : end
  return true
}

/** Installs kramdown's span HTML in place of markdown-it's `html_inline` rule. */
export function installSpanHtml(md: MarkdownIt): void {
  md.inline.ruler.at('html_inline', (state, silent) => spanHtml(state, silent))
  const verbatim = (tokens: Array<{ content: string }>, idx: number) => tokens[idx]!.content
  md.renderer.rules[HTML_OPEN] = verbatim
  md.renderer.rules[HTML_CLOSE] = verbatim
  md.renderer.rules[HTML_EMPTY] = verbatim
  md.renderer.rules[RAW_TEXT] = (tokens, idx) => escapeKramdownText(tokens[idx]!.content)
}
