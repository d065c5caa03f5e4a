/**
 * kramdown's headers with the GFM `paragraph_end` quirk: ATX headers need `#` in
 * column one, a space or tab after the hashes and some text; they may interrupt a
 * paragraph. Setext headers need a block boundary before them.
 */
import { ATX_HEADER_START, KRAMDOWN_ATX_HEADER_START } from './patterns.js'
import { afterBlockBoundary, blockDialect, lineText, type StateBlock } from './state-utils.js'
import { rubyRstrip } from '../ruby-strings.js'

const SETEXT_TEXT = /^ {0,3}([^ \t].*)$/
const SETEXT_UNDERLINE = /^([-=])[-=]*[ \t\r\f\v]*$/
/** A trailing kramdown header id `{#id}` (kept in the text for the header-id plugin, but not "text"). */
const HEADER_ID = /[\t ]\{#[A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*\}$/

function pushHeader(state: StateBlock, level: number, text: string, startLine: number, endLine: number, markup: string): void {
  const open = state.push('heading_open', `h${level}`, 1)
  open.markup = markup
  open.map = [startLine, endLine]
  const inline = state.push('inline', '', 0)
  inline.content = text
  inline.map = [startLine, endLine]
  inline.children = []
  state.push('heading_close', `h${level}`, -1).markup = markup
}

/** Removes a `{#id}` suffix for the emptiness test only. */
function withoutHeaderId(text: string): string {
  return text.replace(HEADER_ID, '').trimEnd()
}

/** markdown-it block rule replacing `heading` (kramdown-parser-gfm `atx_header_gfm_quirk`, or kramdown's `atx_header`). */
export function kramdownAtxHeading(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  const dialect = blockDialect(state)
  const m = (dialect.gfm ? ATX_HEADER_START : KRAMDOWN_ATX_HEADER_START).exec(lineText(state, startLine))
  if (!m) return false
  // kramdown's own `parse_atx_header` (used without the GFM quirk) needs a block boundary before.
  if (!dialect.paragraphEndQuirk && !afterBlockBoundary(state, startLine)) return false
  let text = rubyRstrip(m[2])
  const idMatch = HEADER_ID.exec(text)
  let core = idMatch ? rubyRstrip(text.slice(0, idMatch.index)) : text
  const stripped = core.replace(dialect.paragraphEndQuirk ? /[\t ]#+$/ : /(?<!\\)#+$/, '')
  if (stripped !== core) core = rubyRstrip(stripped)
  if (core === '') return false
  if (silent) return true
  text = idMatch ? `${core} ${idMatch[0].trim()}` : core
  state.line = startLine + 1
  pushHeader(state, m[1].length, text, startLine, startLine + 1, m[1])
  return true
}

/** markdown-it block rule replacing `lheading` (kramdown `setext_header`). */
export function kramdownSetextHeading(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (startLine + 1 >= endLine) return false
  const m = SETEXT_TEXT.exec(lineText(state, startLine))
  const u = SETEXT_UNDERLINE.exec(lineText(state, startLine + 1))
  if (!m || !u) return false
  if (!afterBlockBoundary(state, startLine)) return false
  const text = rubyRstrip(m[1])
  if (withoutHeaderId(text) === '') return false
  if (silent) return true
  state.line = startLine + 2
  pushHeader(state, u[1] === '-' ? 2 : 1, text, startLine, startLine + 2, u[1])
  return true
}
