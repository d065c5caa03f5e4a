/**
 * kramdown's emphasis (`parse_emphasis`), replacing markdown-it's delimiter-run emphasis:
 * - `*`/`_` opens `<em>`, `**`/`__` opens `<strong>`, unless followed by whitespace, unless an
 *   `_` follows a letter (intraword), and never inside an element of the same kind;
 * - the content is parsed until the same delimiter comes after a non-blank character (for
 *   `<em>` not where `**` starts a strong run, for `_` not before a letter or digit) and after
 *   some content;
 * - an unclosed `**` is retried as `*` followed by an `<em>`; otherwise the delimiter is text.
 * CJK punctuation next to the delimiters does not matter, unlike CommonMark's flanking rules.
 */
import type { MarkdownIt, StateInline } from 'markdown-it'
import { hasContent, openElements, parseUntil, restore, snapshot } from './nested.js'

type Element = 'em' | 'strong'

const ALPHA_BEFORE = /\p{Alphabetic}-?$/u
const ALNUM = /[\p{Alphabetic}\p{Nd}]/u
/** Ruby's \s: ASCII whitespace only (an ideographic space next to `**` does not stop emphasis). */
const WHITESPACE = /[\t\n\v\f\r ]/

/** Tries one emphasis element whose delimiter ends at `state.pos`; true when it closed. */
function subParse(state: StateInline, silent: boolean, delim: string, element: Element, type: string): boolean {
  const src = state.src
  const max = state.posMax
  const start = state.pos
  const stack = openElements(state)
  let openIndex = -1
  if (!silent) {
    const open = state.push(`${element}_open`, element, 1)
    open.markup = delim
    openIndex = state.tokens.length - 1
  }
  stack.push(element)
  const double = delim + delim
  const found = parseUntil(state, max, silent, () => {
    const pos = state.pos
    if (!src.startsWith(delim, pos)) return false
    if (WHITESPACE.test(src[pos - 1] ?? '')) return false
    if (element === 'em' && src.startsWith(double, pos) && src[pos + double.length] !== delim[0]) return false
    if (type === '_' && ALNUM.test(src[pos + delim.length] ?? '')) return false
    return silent ? pos > start : hasContent(state, openIndex)
  })
  stack.pop()
  if (!found) return false
  if (!silent) state.push(`${element}_close`, element, -1).markup = delim
  state.pos += delim.length
  return true
}

function emphasisRule(state: StateInline, silent: boolean): boolean {
  const src = state.src
  const pos = state.pos
  const type = src[pos]
  if (type !== '*' && type !== '_') return false
  const delim = src[pos + 1] === type ? type + type : type
  const element: Element = delim.length === 2 ? 'strong' : 'em'
  const stack = openElements(state)
  const literal = () => {
    if (!silent) state.pending += delim
    state.pos = pos + delim.length
    return true
  }
  if ((type === '_' && ALPHA_BEFORE.test(src.slice(Math.max(0, pos - 64), pos))) ||
      WHITESPACE.test(src[pos + delim.length] ?? '') || stack.includes(element)) {
    return literal()
  }
  const snap = snapshot(state)
  state.pos = pos + delim.length
  if (subParse(state, silent, delim, element, type)) return true
  restore(state, snap)
  if (element === 'strong' && stack[stack.length - 1] !== 'em') {
    // kramdown retries `**` as an `<em>` opened by the first star; the second star is the
    // first character of its content (and stays text there, as em cannot nest).
    state.pos = pos + 1
    if (subParse(state, silent, type, 'em', type)) return true
    restore(state, snap)
  }
  return literal()
}

/** Installs kramdown's emphasis in place of markdown-it's. */
export function installKramdownEmphasis(md: MarkdownIt): void {
  md.inline.ruler.at('emphasis', emphasisRule)
}
