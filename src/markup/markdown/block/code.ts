/**
 * kramdown code blocks: indented blocks (which also swallow following non-blank
 * "lazy" lines, joined with a space) and GFM fenced blocks (which need a closing
 * fence; an unclosed fence or an info string with spaces is not a code block).
 */
import { BLANK_LINE, EOB_MARKER, HR_LINE, IAL_BLOCK_LINE, INDENT, LAZY_END_HTML_START, LAZY_END_HTML_STOP } from './patterns.js'
import { lineText, linesText, type StateBlock } from './state-utils.js'

function isIndentedContent(line: string): boolean {
  return INDENT.test(line) && /\S/.test(line)
}

function isLazyCodeLine(line: string): boolean {
  return /\S/.test(line) && !IAL_BLOCK_LINE.test(line) && !EOB_MARKER.test(line) &&
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
    .replace(/\n( {0,3}\S)/g, ' $1')
    .replace(/^(?:\t| {4})/gm, '')
  state.line = end
  const token = state.push('code_block', 'code', 0)
  token.content = data
  token.map = [startLine, end]
  return true
}

const FENCE_START = /^ {0,3}[~`]{3,}/
const FENCE_MATCH = /^ {0,3}(([~`]){3,})\s*?((\S+?)(?:\?\S*)?)?\s*?\n(.*?)^ {0,3}\1\2*\s*?\n/msy

/** markdown-it block rule replacing `fence` (kramdown-parser-gfm `codeblock_fenced_gfm`). */
export function kramdownFence(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (!FENCE_START.test(lineText(state, startLine))) return false
  const text = linesText(state, startLine, endLine)
  FENCE_MATCH.lastIndex = 0
  const m = FENCE_MATCH.exec(text)
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
