/**
 * kramdown's last resort (`parse_blocks`: "no block parser handled the line"): a line that no block rule
 * takes (e.g. `  \tx`: two spaces and a tab start neither a paragraph nor a code block) is added as text,
 * escaped, outside any paragraph. Without it markdown-it throws "none of the block rules matched".
 */
import type { StateBlock } from './state-utils.js'
import { lineText } from './state-utils.js'

export function kramdownUnhandledLine(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (silent) return false
  const token = state.push('html_block', '', 0)
  token.content = `${lineText(state, startLine).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}\n`
  token.map = [startLine, startLine + 1]
  state.line = startLine + 1
  return true
}
