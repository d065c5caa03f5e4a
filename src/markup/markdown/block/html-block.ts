/**
 * kramdown block HTML: only a comment at the very start of a line or a start tag
 * that is not a span-level element (`<div>`, `<figure>`, `<iframe>`, custom tags...)
 * starts an HTML block. The block reads to the matching end tag (across blank lines
 * and nested elements) and is re-serialized the way kramdown prints raw HTML.
 * Span-level tags (`<img>`, `<span>`, `<br>`...) are left to the paragraph.
 * Tags with a `markdown` attribute are expected to be handled by a plugin rule
 * registered before this one.
 */
import { HTML_SPAN_ELEMENTS } from './patterns.js'
import { matchComment, matchStartTag, readRawElement } from './html-raw.js'
import { kramdownParagraph } from './paragraph.js'
import { linesText, lineText, type StateBlock } from './state-utils.js'

const HTML_BLOCK_START = /^ {0,3}<(?:[A-Za-z_\u00C0-\uFFFF]|!--|\/)/

/** Converts an offset inside `text` (which starts at `startLine`) into a line number and column. */
function lineAt(text: string, offset: number, startLine: number): { line: number; column: number } {
  let line = startLine
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart }
}

/** markdown-it block rule replacing `html_block`. */
export function kramdownHtmlBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const first = lineText(state, startLine)
  if (!HTML_BLOCK_START.test(first)) return false
  const text = linesText(state, startLine, endLine)
  let html: string
  let end: number
  const comment = matchComment(text, 0)
  if (comment) {
    html = comment.text
    end = comment.end
  } else {
    const lead = first.match(/^ */)![0].length
    const tag = matchStartTag(text, lead)
    if (!tag || HTML_SPAN_ELEMENTS.has(tag.name.toLowerCase())) return false
    if (silent) return true
    const element = readRawElement(text, tag)
    html = element.html
    end = element.end
  }
  if (silent) return true
  const trailing = /[ \t]*\n/y
  trailing.lastIndex = end
  if (trailing.test(text)) end = trailing.lastIndex
  const stop = lineAt(text, end, startLine)
  const token = state.push('html_block', '', 0)
  token.content = html + '\n'
  token.map = [startLine, Math.max(stop.line, startLine + 1)]
  if (stop.column === 0 || stop.line >= endLine) {
    state.line = Math.max(stop.line, startLine + 1)
    return true
  }
  // The element ended inside a line: kramdown goes on parsing the rest of that line.
  const restStart = state.bMarks[stop.line] + stop.column
  state.bMarks[stop.line] = restStart
  state.tShift[stop.line] = 0
  state.sCount[stop.line] = 0
  state.line = stop.line
  if (!kramdownParagraph(state, stop.line, endLine, false)) state.line = stop.line + 1
  return true
}
