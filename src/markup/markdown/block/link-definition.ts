/**
 * kramdown link definitions `[id]: url "title"`: the URL may contain spaces, the
 * title may sit on the next line, and a later definition of the same id wins.
 */
import { lineText, type StateBlock } from './state-utils.js'

const LINK_DEFINITION = /^ {0,3}\[([^\n\]]+)\]:[ \t]*(?:<(.*?)>|([^\n]*?[^\t\n\v\f\r ][^\n]*?))(?:(?:[ \t]*?\n|[ \t]+?)[ \t]*?(["'])(.+?)\4)?[ \t]*?\n/y

interface References { [key: string]: { href: string; title: string } }

/**
 * LINK_DEFINITION's result for a definition that cannot have a title (no quote after `]:`, on this line or
 * the next) nor `<url>`,
 * computed directly: on such a line the regex backtracks in cubic time over long runs of blanks
 * (a line with a few thousand spaces took seconds). `undefined` when the regex must decide.
 */
function withoutTitle(first: string, text: string): RegExpExecArray | null | undefined {
  const head = /^ {0,3}\[([^\n\]]+)\]:[ \t]*/.exec(first)
  if (!head) return undefined
  const rest = first.slice(head[0].length)
  // a title may also be on the next line: any quote in the two lines leaves the decision to the regex
  if (rest.startsWith('<') || /["']/.test(text.slice(head[0].length))) return undefined
  const url = rest.replace(/[ \t]+$/, '')
  if (!/[^\t\n\v\f\r ]/.test(url)) return null
  return [`${first}\n`, head[1], undefined, url, undefined, undefined] as unknown as RegExpExecArray
}

/** markdown-it block rule replacing `reference`. */
export function kramdownLinkDefinition(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const first = lineText(state, startLine)
  if (!/^ {0,3}\[[^\]^]/.test(first)) return false
  const text = first + '\n' + (startLine + 1 < endLine ? lineText(state, startLine + 1) + '\n' : '')
  LINK_DEFINITION.lastIndex = 0
  const direct = withoutTitle(first, text)
  const m = direct === undefined ? LINK_DEFINITION.exec(text) : direct
  if (!m || /[ \t]+["']/.test(m[3] ?? '')) return false
  if (silent) return true
  const env = state.env as { references?: References }
  env.references ??= {}
  const key = state.md.utils.normalizeReference(m[1])
  env.references[key] = { href: m[2] ?? m[3], title: m[5] ?? '' }
  state.line = startLine + (m[0].match(/\n/g) ?? []).length
  return true
}
