/**
 * kramdown's paragraph (GFM flavour): a paragraph runs until a line that matches
 * GFM's PARAGRAPH_END (blank line, list item, ATX header, blockquote, fence,
 * definition, IAL, end-of-block marker or a block-level HTML tag). HTML comments,
 * span-level tags, tables, setext underlines and indented lines never end it.
 * A paragraph that directly follows another paragraph (a block rule declined a
 * line that ended the first one) is appended to it, as kramdown does.
 */
import { isKramdownParagraphEnd, isParagraphEnd } from './patterns.js'
import { blockDialect, lineText, previousBlock, type StateBlock } from './state-utils.js'
import { rubyLstrip, rubyRstrip } from '../ruby-strings.js'

const PARAGRAPH_START = /^ {0,3}[^ \t]/

/** markdown-it block rule replacing `paragraph`. */
export function kramdownParagraph(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (silent) return false
  const first = lineText(state, startLine)
  if (!PARAGRAPH_START.test(first)) return false
  const ends = blockDialect(state).paragraphEndQuirk ? isParagraphEnd : isKramdownParagraphEnd
  let next = startLine + 1
  while (next < endLine && !ends(lineText(state, next))) next++
  const lines: string[] = []
  for (let l = startLine; l < next; l++) lines.push(lineText(state, l))
  const text = rubyRstrip(lines.join('\n'))

  const prev = previousBlock(state)
  if (prev && prev.open.type === 'paragraph_open' && prev.endLine === startLine) {
    const inline = state.tokens[state.tokens.indexOf(prev.open) + 1]
    const prevLine = lineText(state, startLine - 1)
    inline.content += (/ {2}$/.test(prevLine) ? '  \n' : '\n') + text
    prev.open.map = [prev.open.map![0], next]
    inline.map = prev.open.map
    state.line = next
    return true
  }

  state.line = next
  const open = state.push('paragraph_open', 'p', 1)
  open.map = [startLine, next]
  const inline = state.push('inline', '', 0)
  inline.content = rubyLstrip(text)
  inline.map = [startLine, next]
  inline.children = []
  state.push('paragraph_close', 'p', -1)
  return true
}
