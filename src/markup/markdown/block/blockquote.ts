/**
 * kramdown blockquotes: the first `>` line and every following line up to
 * kramdown's LAZY_END (blank line, IAL, `^`, block-level HTML tag) belong to the
 * quote, so lazy lines may start lists or headers inside it. `> ?` is removed
 * from each line and the rest is parsed as blocks.
 */
import { BLOCKQUOTE_START, isLazyEnd } from './patterns.js'
import { lineText, parseBlocksInto, type StateBlock } from './state-utils.js'

/** markdown-it block rule replacing `blockquote`. */
export function kramdownBlockquote(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (!BLOCKQUOTE_START.test(lineText(state, startLine))) return false
  if (silent) return true
  let next = startLine + 1
  while (next < endLine && !isLazyEnd(lineText(state, next))) next++
  let content = ''
  for (let l = startLine; l < next; l++) content += lineText(state, l).replace(BLOCKQUOTE_START, '') + '\n'

  const open = state.push('blockquote_open', 'blockquote', 1)
  open.markup = '>'
  open.map = [startLine, next]
  parseBlocksInto(state, content, startLine)
  const close = state.push('blockquote_close', 'blockquote', -1)
  close.markup = '>'
  state.line = next
  return true
}
