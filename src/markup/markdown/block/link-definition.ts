/**
 * kramdown link definitions `[id]: url "title"`: the URL may contain spaces, the
 * title may sit on the next line, and a later definition of the same id wins.
 */
import { lineText, type StateBlock } from './state-utils.js'

const LINK_DEFINITION = /^ {0,3}\[([^\n\]]+)\]:[ \t]*(?:<(.*?)>|([^\n]*?\S[^\n]*?))(?:(?:[ \t]*?\n|[ \t]+?)[ \t]*?(["'])(.+?)\4)?[ \t]*?\n/y

interface References { [key: string]: { href: string; title: string } }

/** markdown-it block rule replacing `reference`. */
export function kramdownLinkDefinition(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const first = lineText(state, startLine)
  if (!/^ {0,3}\[[^\]^]/.test(first)) return false
  const text = first + '\n' + (startLine + 1 < endLine ? lineText(state, startLine + 1) + '\n' : '')
  LINK_DEFINITION.lastIndex = 0
  const m = LINK_DEFINITION.exec(text)
  if (!m || /[ \t]+["']/.test(m[3] ?? '')) return false
  if (silent) return true
  const env = state.env as { references?: References }
  env.references ??= {}
  const key = state.md.utils.normalizeReference(m[1])
  env.references[key] = { href: m[2] ?? m[3], title: m[5] ?? '' }
  state.line = startLine + (m[0].match(/\n/g) ?? []).length
  return true
}
