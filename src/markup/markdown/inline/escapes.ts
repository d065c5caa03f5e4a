/**
 * kramdown's backslash escapes and explicit line breaks, replacing markdown-it's `escape` rule:
 * - only kramdown's ESCAPED_CHARS can be escaped (GFM input adds `~`); `\/`, `\@`, `\&` … keep
 *   their backslash;
 * - `\\` before a line end is a line break (kramdown's `line_break`, unless GFM `hard_wrap`);
 * - with GFM input and no `hard_wrap`, a backslash before a line end is a line break too.
 */
import type { MarkdownIt, StateInline } from 'markdown-it'

const KRAMDOWN_ESCAPABLE = new Set('\\.*_+`<>()[]{}#!:|"\'$=-')
const GFM_ESCAPABLE = new Set([...KRAMDOWN_ESCAPABLE, '~'])

export interface EscapeOptions {
  gfm: boolean
  hardWrap: boolean
}

function pushBreak(state: StateInline, consumed: number): void {
  state.push('hardbreak', 'br', 0)
  state.pos += consumed
}

function escapeRule(state: StateInline, silent: boolean, opts: EscapeOptions): boolean {
  const { src, pos, posMax } = state
  if (src.charCodeAt(pos) !== 0x5c /* \ */) return false
  const next = src[pos + 1]
  if (next === undefined || pos + 1 >= posMax) return false
  const lineBreaks = !(opts.gfm && opts.hardWrap)
  if (next === '\n') {
    if (!opts.gfm || opts.hardWrap) return false
    if (!silent) pushBreak(state, 2)
    else state.pos += 2
    // Like a hard break from trailing spaces, the next line's indentation is dropped.
    while (state.pos < posMax && (src[state.pos] === ' ' || src[state.pos] === '\t')) state.pos++
    return true
  }
  if (next === '\\' && lineBreaks && src[pos + 2] === '\n') {
    if (!silent) pushBreak(state, 2)
    else state.pos += 2
    return true
  }
  if (!(opts.gfm ? GFM_ESCAPABLE : KRAMDOWN_ESCAPABLE).has(next)) return false
  if (!silent) {
    const token = state.push('text_special', '', 0)
    token.content = next
    token.markup = `\\${next}`
    token.info = 'escape'
  }
  state.pos += 2
  return true
}

/** Installs kramdown's escapes in place of markdown-it's `escape` rule. */
export function installKramdownEscapes(md: MarkdownIt, opts: EscapeOptions): void {
  md.inline.ruler.at('escape', (state, silent) => escapeRule(state, silent, opts))
}
