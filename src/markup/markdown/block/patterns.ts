/**
 * Line patterns of kramdown 2.4's GFM parser, as JavaScript regular expressions.
 * Each pattern is tested against ONE source line without its trailing newline.
 */

/** kramdown's span-level HTML element names (Kramdown::Parser::Html::Constants::HTML_SPAN_ELEMENTS). */
export const HTML_SPAN_ELEMENTS = new Set([
  'a', 'abbr', 'acronym', 'b', 'big', 'bdo', 'br', 'button', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'img', 'input',
  'ins', 'kbd', 'label', 'mark', 'option', 'q', 'rb', 'rbc', 'rp', 'rt', 'rtc', 'ruby', 'samp', 'select', 'small',
  'span', 'strong', 'sub', 'sup', 'tt', 'u', 'var',
])

/** Elements that never have a body (HTML_ELEMENTS_WITHOUT_BODY). */
export const HTML_ELEMENTS_WITHOUT_BODY = new Set([
  'area', 'base', 'br', 'col', 'command', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source',
  'track', 'wbr',
])

/** An XML name as REXML's UNAME_STR accepts it (approximation: ASCII letters, `_`, non-ASCII). */
export const UNAME = '(?:[A-Za-z_\\u00C0-\\uFFFF][\\w.\\-\\u00B7\\u00C0-\\uFFFF]*:)?[A-Za-z_\\u00C0-\\uFFFF][\\w.\\-\\u00B7\\u00C0-\\uFFFF]*'

const LAZY_END_SPAN_NAMES = [...HTML_SPAN_ELEMENTS, 'script'].join('|')

/** An HTML start tag that is not span-level at the start of a line (LAZY_END_HTML_START). */
export const LAZY_END_HTML_START = new RegExp(`^ {0,3}<(?!(?:${LAZY_END_SPAN_NAMES})\\b)${UNAME}`)
/** An HTML end tag that is not span-level at the start of a line (LAZY_END_HTML_STOP). */
export const LAZY_END_HTML_STOP = new RegExp(`^ {0,3}</(?!(?:${LAZY_END_SPAN_NAMES})\\b)${UNAME}[\\t\\n\\v\\f\\r ]*>`)

/** A block inline attribute list line `{: ...}` / ALD `{:id: ...}` (IAL_BLOCK_START). */
export const IAL_BLOCK_LINE = /^ {0,3}\{:(?![:/])(?:\\\}|[^}])+\}[ \t]*$/
/** The end-of-block marker `^` (EOB_MARKER). */
export const EOB_MARKER = /^\^[\t\n\v\f\r ]*$/
export const BLANK_LINE = /^[\t\n\v\f\r ]*$/

// `[^\n]*`, not `.*`: Ruby's `.` matches U+2028/U+2029, JavaScript's does not (a list item of just U+2028 crashed)
export const LIST_START_UL = /^( {0,3}[+*-])([\t| ][^\n]*)$/
export const LIST_START_OL = /^( {0,3}\d+\.)([\t| ][^\n]*)$/
export const LIST_START = /^ {0,3}(?:[+*-]|\d+\.)[\t| ]/
export const ATX_HEADER_START = /^(#{1,6})[\t ]+(.*)$/
export const DEFINITION_LIST_START = /^ {0,3}:[\t| ]/
export const BLOCKQUOTE_START = /^ {0,3}> ?/
export const FENCED_CODEBLOCK_START = /^ {0,3}[~`]{3,}/
export const HR_LINE = /^ {0,3}([*\-_])[ \t]*\1[ \t]*\1(?:\1|[ \t])*$/
export const INDENT = /^(?:\t| {4})/

/** kramdown's LAZY_END: what ends a blockquote and may not be a lazy list line. */
export function isLazyEnd(line: string): boolean {
  return BLANK_LINE.test(line) || IAL_BLOCK_LINE.test(line) || EOB_MARKER.test(line) ||
    LAZY_END_HTML_STOP.test(line) || LAZY_END_HTML_START.test(line)
}

/** kramdown's own ATX header start (`input: kramdown`): no space needed after the hashes. */
export const KRAMDOWN_ATX_HEADER_START = /^(#{1,6})[\t ]*([^ \t].*)$/

/** kramdown's PARAGRAPH_END (`input: kramdown`, or GFM without the `paragraph_end` quirk). */
export function isKramdownParagraphEnd(line: string): boolean {
  return isLazyEnd(line) || DEFINITION_LIST_START.test(line)
}

/** GFM's PARAGRAPH_END (with the default `paragraph_end` quirk): a line that ends a paragraph. */
export function isParagraphEnd(line: string): boolean {
  return isLazyEnd(line) || LIST_START.test(line) || ATX_HEADER_START.test(line) ||
    DEFINITION_LIST_START.test(line) || BLOCKQUOTE_START.test(line) || FENCED_CODEBLOCK_START.test(line)
}
