/**
 * kramdown's code spans (`parse_codespan`), replacing markdown-it's `backticks` rule: a run of
 * backticks is closed by the next occurrence of the same run (even inside a longer run); a
 * single backtick between whitespace (or at the start, before whitespace) is text; one space is
 * stripped at each end only for multi-backtick spans; the content is kept as written.
 */
import type { MarkdownIt, StateInline } from 'markdown-it'

function codespanRule(state: StateInline, silent: boolean): boolean {
  const src = state.src
  const pos = state.pos
  if (src.charCodeAt(pos) !== 0x60 /* ` */) return false
  let end = pos
  while (src.charCodeAt(end) === 0x60) end++
  const run = src.slice(pos, end)
  const simple = run.length === 1
  const literal = () => {
    if (!silent) state.pending += run
    state.pos = end
    return true
  }
  // Ruby's \s: ASCII whitespace only (a non-breaking or ideographic space is not a blank here).
  if (simple && (pos === 0 || /[\t\n\v\f\r ]$/.test(src.slice(0, pos))) && /[\t\n\v\f\r ]/.test(src[end] ?? '')) return literal()
  const close = src.indexOf(run, end)
  if (close < 0 || close + run.length > state.posMax) return literal()
  if (!silent) {
    let text = src.slice(end, close)
    if (!simple) {
      if (text.startsWith(' ')) text = text.slice(1)
      if (text.endsWith(' ')) text = text.slice(0, -1)
    }
    const token = state.push('code_inline', 'code', 0)
    token.markup = run
    token.content = text
  }
  state.pos = close + run.length
  return true
}

/** Installs kramdown's code spans in place of markdown-it's. */
export function installKramdownCodespans(md: MarkdownIt): void {
  md.inline.ruler.at('backticks', codespanRule)
}
