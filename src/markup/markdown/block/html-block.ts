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
import { matchComment, matchStartTag, readRawElement, type RawSegment } from './html-raw.js'
import { htmlContainerEnd, htmlMarkdownAllowed, linesText, lineText, parseBlocksInto, withHtmlMarkdownLevel, type StateBlock, type Token } from './state-utils.js'

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

/**
 * Parses the rest of `line` from `column` on (and everything after it) with all block rules, as
 * kramdown does when an element ends inside a line (Ruby's StringScanner lets `^` match there,
 * so ` * item` after `</div>` starts a list). markdown-it needs each rule to advance the line,
 * so the rest is tokenized here, in a nested run.
 */
export function continueMidLine(state: StateBlock, line: number, column: number, endLine: number): void {
  state.bMarks[line] += column
  state.tShift[line] = 0
  state.sCount[line] = 0
  state.md.block.tokenize(state, line, endLine)
  state.line = Math.max(state.line, line + 1)
}

/** Pushes a raw HTML block: html_block tokens, with the Markdown content of nested `markdown="…"` elements parsed. */
function pushSegments(state: StateBlock, segments: readonly RawSegment[], text: string, startLine: number): void {
  const first = state.tokens.length
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1
    if ('html' in segment) {
      state.push('html_block', '', 0).content = segment.html + (last ? '\n' : '')
      return
    }
    state.push('html_block', '', 0).content = segment.open
    if (segment.model === 'span') {
      const inline = state.push('inline', '', 0)
      inline.content = segment.content.trim()
      inline.children = []
    } else {
      const at = lineAt(text, text.indexOf(segment.content), startLine).line
      withHtmlMarkdownLevel(state, () => parseBlocksInto(state, segment.content.replace(/^[ \t]*\n/, ''), at))
    }
    state.push('html_block', '', 0).content = segment.close + (last ? '\n' : '')
  })
  markHtmlElement(state.tokens[first]!, state.tokens[state.tokens.length - 1]!)
}

/** Links the last html_block token of an element to its first, where an IAL after the element applies. */
export function markHtmlElement(open: Token, close: Token): void {
  if (close !== open) close.meta = { ...(close.meta as object | null), kramdownHtmlOpen: open }
}

/** markdown-it block rule replacing `html_block`. */
export function kramdownHtmlBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const first = lineText(state, startLine)
  if (!HTML_BLOCK_START.test(first)) return false
  // The end tag of the element whose Markdown content is being parsed ends this sub-parse.
  if (htmlContainerEnd(state, startLine)) {
    if (!silent) state.line = state.lineMax
    return true
  }
  const text = linesText(state, startLine, endLine)
  let segments: RawSegment[]
  let end: number
  const comment = matchComment(text, 0)
  if (comment) {
    segments = [{ html: comment.text }]
    end = comment.end
  } else {
    const lead = first.match(/^ */)![0].length
    const tag = matchStartTag(text, lead)
    if (!tag || HTML_SPAN_ELEMENTS.has(tag.name.toLowerCase())) return false
    if (silent) return true
    const element = readRawElement(text, tag, htmlMarkdownAllowed(state))
    segments = element.segments
    end = element.end
  }
  if (silent) return true
  const trailing = /[ \t]*\n/y
  trailing.lastIndex = end
  if (trailing.test(text)) end = trailing.lastIndex
  const stop = lineAt(text, end, startLine)
  pushSegments(state, segments, text, startLine)
  const token = state.tokens[state.tokens.length - 1]!
  token.map = [startLine, Math.max(stop.line, startLine + 1)]
  if (stop.column === 0 || stop.line >= endLine) {
    state.line = Math.max(stop.line, startLine + 1)
    return true
  }
  // The element ended inside a line: kramdown goes on parsing the rest of that line with its
  // block parsers (Ruby's StringScanner lets `^` match there), e.g. ` * item` starts a list.
  continueMidLine(state, stop.line, stop.column, endLine)
  return true
}
