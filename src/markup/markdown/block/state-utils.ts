/**
 * Helpers shared by the kramdown block rules: raw line access, "previous block"
 * queries on the token stream, and kramdown-style recursive parsing of a string.
 */
import type { MarkdownIt } from 'markdown-it'
import type { StateBlock } from 'markdown-it'
import type { Token } from 'markdown-it'
import { IAL_BLOCK_LINE } from './patterns.js'

export type { StateBlock, Token }

/** The raw text of `line` (from its begin mark, indentation included, no newline). */
export function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line], state.eMarks[line])
}

/** The raw text of lines [start, end) joined with "\n" plus a final "\n". */
export function linesText(state: StateBlock, start: number, end: number): string {
  let out = ''
  for (let l = start; l < end; l++) out += lineText(state, l) + '\n'
  return out
}

/** The last block-level token sequence at the state's level: its opening token and end line. */
export function previousBlock(state: StateBlock): { open: Token; endLine: number } | null {
  const tokens = state.tokens
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]
    if (t.level < state.level) return null
    if (t.level > state.level || !t.block) continue
    if (t.nesting === -1) {
      for (let j = i - 1; j >= 0; j--) {
        const o = tokens[j]
        if (o.level === t.level && o.nesting === 1 && o.block) {
          return o.map ? { open: o, endLine: o.map[1] } : null
        }
      }
      return null
    }
    return t.map ? { open: t, endLine: t.map[1] } : null
  }
  return null
}

/**
 * kramdown's `after_block_boundary?`: nothing before in this container, a blank
 * line before, an end-of-block marker, or a pending block IAL line.
 */
export function afterBlockBoundary(state: StateBlock, line: number): boolean {
  if (line <= 0) return true
  const prev = lineText(state, line - 1)
  if (/^\s*$/.test(prev) || /^\^\s*$/.test(prev) || IAL_BLOCK_LINE.test(prev)) return true
  return previousBlock(state) === null
}

/**
 * Parses `src` as a sequence of blocks (kramdown's `parse_blocks` on an extracted
 * string) and appends the tokens to `state.tokens` at the current level.
 * Token line maps are shifted by `lineOffset` so they point into the outer source.
 */
export function parseBlocksInto(state: StateBlock, src: string, lineOffset: number): Token[] {
  const md: MarkdownIt = state.md
  const tokens: Token[] = []
  const BlockState = md.block.State
  const sub = new BlockState(src, md, state.env, tokens)
  sub.level = state.level
  md.block.tokenize(sub, 0, sub.lineMax)
  for (const t of tokens) {
    if (t.map) t.map = [t.map[0] + lineOffset, t.map[1] + lineOffset]
    state.tokens.push(t)
  }
  return tokens
}

/** Expands leading tabs to multiples of four columns (kramdown's list-line tab handling). */
export function expandLeadingTabs(text: string): string {
  return text.replace(/^\t+/, (tabs) => ' '.repeat(4 * tabs.length))
}
