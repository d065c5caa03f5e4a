/**
 * Helpers shared by the kramdown block rules: raw line access, "previous block"
 * queries on the token stream, and kramdown-style recursive parsing of a string.
 */
import type { MarkdownIt } from 'markdown-it'
import type { StateBlock } from 'markdown-it'
import type { Token } from 'markdown-it'
import { IAL_BLOCK_LINE } from './patterns.js'

export type { StateBlock, Token }

/** Which kramdown parser the document is read with (set on markdown-it's options by installKramdownBlocks). */
export interface BlockDialect {
  /** `input: GFM` (Jekyll's default) rather than kramdown's own syntax. */
  readonly gfm: boolean
  /** GFM's `paragraph_end` quirk (on by default): headers, lists, quotes and fences end paragraphs. */
  readonly paragraphEndQuirk: boolean
}

export const GFM_DIALECT: BlockDialect = { gfm: true, paragraphEndQuirk: true }

/** The dialect of the markdown-it instance running this block state. */
export function blockDialect(state: StateBlock): BlockDialect {
  return (state.md.options as { kramdownDialect?: BlockDialect }).kramdownDialect ?? GFM_DIALECT
}

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
  if (/^[\t\n\v\f\r ]*$/.test(prev) || /^\^[\t\n\v\f\r ]*$/.test(prev) || IAL_BLOCK_LINE.test(prev)) return true
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

/** Markdown inside HTML nests at most this deep; deeper elements stay raw HTML (kramdown has no limit). */
export const MAX_HTML_MARKDOWN_DEPTH = 64

/** Runs `parse` one Markdown-in-HTML level deeper; false (nothing run) when already too deep. */
export function withHtmlMarkdownLevel(state: StateBlock, parse: () => void): boolean {
  const env = state.env as { kramdownHtmlDepth?: number }
  const depth = env.kramdownHtmlDepth ?? 0
  if (depth >= MAX_HTML_MARKDOWN_DEPTH) return false
  env.kramdownHtmlDepth = depth + 1
  try {
    parse()
  } finally {
    env.kramdownHtmlDepth = depth
  }
  return true
}

/** True when Markdown inside HTML may still be parsed at this depth. */
export function htmlMarkdownAllowed(state: StateBlock): boolean {
  return ((state.env as { kramdownHtmlDepth?: number }).kramdownHtmlDepth ?? 0) < MAX_HTML_MARKDOWN_DEPTH
}

/** The HTML element whose block content a sub-parser is reading (kramdown's `@tree` for `:stop_block_parsing`). */
export interface HtmlContainer {
  name: string
  known: boolean
  /** The offset just after its end tag in the sub-parser's source, once found. */
  stop?: number
}

interface ContainerState { kramdownHtmlContainer?: HtmlContainer }

/** Marks a sub-parser as reading the block content of `container`. */
export function setHtmlContainer(state: StateBlock, container: HtmlContainer): void {
  (state as unknown as ContainerState).kramdownHtmlContainer = container
}

/**
 * kramdown's `block_html` end condition: in the block content of a Markdown-parsed element, a
 * line starting with that element's end tag closes it (the rest of the line goes on outside).
 */
export function htmlContainerEnd(state: StateBlock, line: number): boolean {
  const container = (state as unknown as ContainerState).kramdownHtmlContainer
  if (!container) return false
  const m = /^ {0,3}<\/([^\t\n\v\f\r />]+)[\t\n\v\f\r ]*>/.exec(lineText(state, line))
  if (!m || (container.known ? m[1]!.toLowerCase() : m[1]) !== container.name) return false
  container.stop = state.bMarks[line]! + m[0].length
  return true
}

/** Expands leading tabs to multiples of four columns (kramdown's list-line tab handling). */
export function expandLeadingTabs(text: string): string {
  return text.replace(/^\t+/, (tabs) => ' '.repeat(4 * tabs.length))
}
