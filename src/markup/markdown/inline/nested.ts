/**
 * kramdown parses span elements recursively: an element's content is parsed with every span
 * parser until its stop delimiter, and when that delimiter never comes, everything parsed is
 * thrown away and the start delimiter becomes text. These helpers give markdown-it's inline
 * state the same abilities: parse (or, in silent mode, skip) until a stop condition, take a
 * snapshot and roll back, and know which span elements enclose the current position.
 */
import type { StateInline, Token } from 'markdown-it'

interface InlineInternals {
  tokens_meta: Array<unknown>
  delimiters: unknown[]
  _prev_delimiters: unknown[][]
  pendingLevel: number
}

export interface Snapshot {
  tokens: number
  pending: string
  pos: number
  level: number
  pendingLevel: number
  delimiters: unknown[]
  delimiterCount: number
  prevDelimiters: number
}

export function snapshot(state: StateInline): Snapshot {
  const s = state as unknown as InlineInternals
  return {
    tokens: state.tokens.length,
    pending: state.pending,
    pos: state.pos,
    level: state.level,
    pendingLevel: s.pendingLevel,
    delimiters: s.delimiters,
    delimiterCount: s.delimiters.length,
    prevDelimiters: s._prev_delimiters.length,
  }
}

export function restore(state: StateInline, snap: Snapshot): void {
  const s = state as unknown as InlineInternals
  state.tokens.length = snap.tokens
  s.tokens_meta.length = snap.tokens
  state.pending = snap.pending
  state.pos = snap.pos
  state.level = snap.level
  s.pendingLevel = snap.pendingLevel
  s.delimiters = snap.delimiters
  s.delimiters.length = snap.delimiterCount
  s._prev_delimiters.length = snap.prevDelimiters
}

/**
 * Runs the inline rules from `state.pos` until `stop()` is true at the current position or
 * `max` is reached; in silent mode positions are skipped token by token. Returns whether the
 * stop was found (the position is then at the stop).
 */
export function parseUntil(state: StateInline, max: number, silent: boolean, stop: () => boolean): boolean {
  if (silent) {
    while (state.pos < max) {
      if (stop()) return true
      if (overBudget(state)) return false
      state.md.inline.skipToken(state)
    }
    return false
  }
  const rules = state.md.inline.ruler.getRules('')
  while (state.pos < max) {
    if (stop()) return true
    if (overBudget(state)) return false
    let ok = false
    if (state.level < state.md.options.maxNesting) {
      for (const rule of rules) {
        if (rule(state, false)) { ok = true; break }
      }
    }
    if (ok) continue
    state.pending += state.src[state.pos++]
  }
  return false
}

/**
 * Each unclosed delimiter parses to the end of the paragraph before it turns into text, so a paragraph of
 * many unclosed `*` takes time quadratic in its length (kramdown too: minutes for a long line). After this
 * many steps in one paragraph, further elements give up at once (their delimiters become text): the
 * output of such a paragraph may then differ from kramdown's, but the build finishes.
 */
function overBudget(state: StateInline): boolean {
  const s = state as StateInline & { uttersonSteps?: number }
  s.uttersonSteps = (s.uttersonSteps ?? 0) + 1
  return s.uttersonSteps > state.src.length * 16 + 20_000
}

const OPEN_ELEMENTS = new WeakMap<StateInline, string[]>()

/** The span elements (`em`, `strong`, …) enclosing the current position, innermost last. */
export function openElements(state: StateInline): string[] {
  let list = OPEN_ELEMENTS.get(state)
  if (!list) {
    list = []
    OPEN_ELEMENTS.set(state, list)
  }
  return list
}

/** Has anything been parsed since the token at `openIndex` (kramdown's `!el.children.empty?`)? */
export function hasContent(state: StateInline, openIndex: number): boolean {
  return state.pending !== '' || state.tokens.length > openIndex + 1
}

export type { Token }
