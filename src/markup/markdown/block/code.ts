/**
 * kramdown code blocks: indented blocks (which also swallow following non-blank
 * "lazy" lines, joined with a space) and GFM fenced blocks (which need a closing
 * fence; an unclosed fence or an info string with spaces is not a code block).
 */
import { BLANK_LINE, EOB_MARKER, HR_LINE, IAL_BLOCK_LINE, INDENT, LAZY_END_HTML_START, LAZY_END_HTML_STOP } from './patterns.js'
import { blockDialect, lineText, linesText, type StateBlock } from './state-utils.js'

function isIndentedContent(line: string): boolean {
  return INDENT.test(line) && /[^\t\n\v\f\r ]/.test(line)
}

function isLazyCodeLine(line: string): boolean {
  return /[^\t\n\v\f\r ]/.test(line) && !IAL_BLOCK_LINE.test(line) && !EOB_MARKER.test(line) &&
    !LAZY_END_HTML_STOP.test(line) && !LAZY_END_HTML_START.test(line)
}

/** markdown-it block rule replacing `code` (kramdown `codeblock`). */
export function kramdownIndentedCode(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (!isIndentedContent(lineText(state, startLine))) return false
  if (silent) return true
  let end = startLine
  let line = startLine
  for (;;) {
    let l = line
    while (l < endLine && BLANK_LINE.test(lineText(state, l))) l++
    if (!(l < endLine && isIndentedContent(lineText(state, l)))) break
    while (l < endLine && isIndentedContent(lineText(state, l))) l++
    while (l < endLine && isLazyCodeLine(lineText(state, l))) l++
    end = l
    line = l
  }
  const data = linesText(state, startLine, end)
    .replace(/\n( {0,3}[^\t\n\v\f\r ])/g, ' $1')
    .replace(/^(?:\t| {4})/gm, '')
  state.line = end
  const token = state.push('code_block', 'code', 0)
  token.content = data
  token.map = [startLine, end]
  return true
}

const FENCE_START = /^ {0,3}[~`]{3,}/
const FENCE_MATCH = /^ {0,3}(([~`]){3,})[\t\n\v\f\r ]*?(([^\t\n\v\f\r ]+?)(?:\?[^\t\n\v\f\r ]*)?)?[\t\n\v\f\r ]*?\n(.*?)^ {0,3}\1\2*[\t\n\v\f\r ]*?\n/msy
/** kramdown's own fences (`input: kramdown`): tildes only, in column one. */
const KRAMDOWN_FENCE_START = /^~{3,}/
const KRAMDOWN_FENCE_MATCH = /^((~){3,})[\t\n\v\f\r ]*?(([^\t\n\v\f\r ]+?)(?:\?[^\t\n\v\f\r ]*)?)?[\t\n\v\f\r ]*?\n(.*?)^\1\2*[\t\n\v\f\r ]*?\n/msy

/** markdown-it block rule replacing `fence` (kramdown-parser-gfm `codeblock_fenced_gfm`, or kramdown's `codeblock_fenced`). */
export function kramdownFence(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const gfm = blockDialect(state).gfm
  if (!(gfm ? FENCE_START : KRAMDOWN_FENCE_START).test(lineText(state, startLine))) return false
  if (!hasClosingFence(state, startLine, endLine, gfm)) return false
  const text = linesText(state, startLine, endLine)
  const match = gfm ? FENCE_MATCH : KRAMDOWN_FENCE_MATCH
  match.lastIndex = 0
  const m = match.exec(text)
  if (!m) return false
  if (silent) return true
  const consumed = (m[0].match(/\n/g) ?? []).length
  state.line = startLine + consumed
  const token = state.push('fence', 'code', 0)
  token.info = m[4] ?? ''
  token.meta = { kramdownLang: (m[3] ?? '').trim() }
  token.content = m[5]
  token.markup = m[1]
  token.map = [startLine, state.line]
  return true
}

/**
 * Whether a later line can close the fence (it starts with three of the fence's characters; the regex may
 * take fewer than the opening run): the match regex needs one, and without this check it backtracks in
 * cubic time over an unclosed fence (thousands of blank lines: minutes).
 */
function hasClosingFence(state: StateBlock, startLine: number, endLine: number, gfm: boolean): boolean {
  const fence = (gfm ? /^ {0,3}([~`]{3})/ : /^(~{3})/).exec(lineText(state, startLine))?.[1]
  if (!fence) return false
  for (let line = startLine + 1; line < endLine; line++) {
    const text = lineText(state, line)
    const indent = gfm ? /^ {0,3}/.exec(text)?.[0].length ?? 0 : 0
    if (text.startsWith(fence, indent)) return true
  }
  return false
}

/** markdown-it block rule replacing `hr`. */
export function kramdownHr(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  const m = HR_LINE.exec(lineText(state, startLine))
  if (!m) return false
  if (silent) return true
  state.line = startLine + 1
  const token = state.push('hr', 'hr', 0)
  token.map = [startLine, state.line]
  token.markup = m[1]
  return true
}

/** kramdown's end-of-block marker: a line holding only `^` separates blocks and prints nothing. */
export function kramdownEob(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (!EOB_MARKER.test(lineText(state, startLine))) return false
  if (!silent) state.line = startLine + 1
  return true
}
