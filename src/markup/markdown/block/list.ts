/**
 * kramdown lists (`*`, `+`, `-` and `N.` markers only; `N)` is not a list and an
 * item needs text after its marker). Each item's collected content is parsed
 * recursively as blocks, then kramdown's per-item rule decides whether the first
 * paragraph is "transparent" (rendered without `<p>`).
 */
import { BLANK_LINE, LIST_START } from './patterns.js'
import { scanList, type ScannedList } from './list-scan.js'
import { lineText, parseBlocksInto, type StateBlock, type Token } from './state-utils.js'

interface ItemInfo {
  tokens: Token[]
  lines: string[]
  offset: number
  firstIsP: boolean
  transparent: boolean
}

/** kramdown's transparency decision for one item (`parse_list`, after parsing the items). */
function decideTransparent(items: ItemInfo[], index: number, eobFound: boolean): boolean {
  const it = items[index]
  if (!it.firstIsP) return false
  const pEnd = it.tokens[0].map![1] - it.offset
  const hasSecond = pEnd < it.lines.length
  const secondIsBlank = hasSecond && BLANK_LINE.test(it.lines[pEnd])
  const isLast = index === items.length - 1
  const onlyBlankAfter = hasSecond && it.lines.slice(pEnd).every((l) => BLANK_LINE.test(l))
  const cond1 = !hasSecond || !secondIsBlank || (isLast && onlyBlankAfter && !eobFound)
  const cond2 = !isLast || items.length === 1 ||
    items.slice(0, -1).some((c) => !c.firstIsP || c.transparent)
  return cond1 && cond2
}

function markHidden(tokens: Token[]): void {
  const level = tokens[0].level
  tokens[0].hidden = true
  const close = tokens.find((t, i) => i > 0 && t.type === 'paragraph_close' && t.level === level)
  if (close) close.hidden = true
}

function pushItems(state: StateBlock, list: ScannedList, startLine: number): void {
  const infos: ItemInfo[] = []
  list.items.forEach((item, index) => {
    const next = list.items[index + 1]
    const itemEnd = next ? startLine + next.firstLine : startLine + item.firstLine + item.lines.length
    const open = state.push('list_item_open', 'li', 1)
    open.markup = list.marker
    open.map = [startLine + item.firstLine, itemEnd]
    if (item.ial) open.meta = { kramdownIal: item.ial }
    const offset = startLine + item.firstLine
    const tokens: Token[] = []
    item.chunkStarts.forEach((chunkStart, c) => {
      const chunk = item.lines.slice(chunkStart, item.chunkStarts[c + 1] ?? item.lines.length)
      tokens.push(...parseBlocksInto(state, chunk.join('\n') + '\n', offset + chunkStart))
    })
    state.push('list_item_close', 'li', -1).markup = list.marker
    const firstIsP = tokens.length > 0 && tokens[0].type === 'paragraph_open'
    infos.push({ tokens, lines: item.lines, offset, firstIsP, transparent: false })
  })
  infos.forEach((info, index) => {
    info.transparent = decideTransparent(infos, index, list.eobFound)
    if (info.transparent) markHidden(info.tokens)
  })
}

/** markdown-it block rule replacing `list`. */
export function kramdownList(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (!LIST_START.test(lineText(state, startLine))) return false
  if (silent) return true
  const list = scanList({ length: endLine - startLine, line: (i) => lineText(state, startLine + i) })
  const ordered = list.type === 'ol'
  const open = state.push(ordered ? 'ordered_list_open' : 'bullet_list_open', ordered ? 'ol' : 'ul', 1)
  open.markup = list.marker
  open.map = [startLine, startLine + list.consumed]
  pushItems(state, list, startLine)
  state.push(ordered ? 'ordered_list_close' : 'bullet_list_close', ordered ? 'ol' : 'ul', -1).markup = list.marker
  state.line = startLine + list.consumed
  return true
}
