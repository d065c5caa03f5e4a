/**
 * The line-collecting half of kramdown's list parser (`parse_list`): decides which
 * source lines belong to which item and how much indentation is removed from them.
 * Items absorb "lazy" lines (any non-blank line after a non-blank item line that is
 * not block HTML or an IAL), so a header right after an item line lands inside it.
 */
import {
  BLANK_LINE, EOB_MARKER, HR_LINE, IAL_BLOCK_LINE, LAZY_END_HTML_START, LAZY_END_HTML_STOP, LIST_START,
  LIST_START_OL, LIST_START_UL,
} from './patterns.js'

export interface ScannedItem {
  /** Index (relative to the scanned lines) of the item's marker line. */
  firstLine: number
  /** The item's content with the item indentation removed, one entry per source line. */
  lines: string[]
  /**
   * Indices into `lines` where kramdown starts a new chunk (the first indented nested
   * list line); kramdown parses each chunk separately, so a block ends at a chunk end.
   */
  chunkStarts: number[]
  /** Raw IAL text `{:...}` found at the start of the item (applied by the IAL plugin). */
  ial?: string
}

export interface ScannedList {
  type: 'ul' | 'ol'
  marker: string
  items: ScannedItem[]
  /** Number of source lines consumed. */
  consumed: number
  eobFound: boolean
}

const LIST_ITEM_IAL = /^[\t\n\v\f\r ]*(?:\{:(?![\w-]*:|\/)((?:\\\}|[^}])+)\})[\t\n\v\f\r ]*/
const LIST_ITEM_IAL_CHECK = new RegExp(`^${LIST_ITEM_IAL.source.slice(1)}?[\\t\\n\\v\\f\\r ]*$`)

export interface ItemPatterns { content: RegExp; lazy: RegExp; indent: RegExp }

/** kramdown's content, lazy and indentation patterns of an item whose content starts at `indentation`. */
export function itemPatterns(indentation: number): ItemPatterns {
  const q = Math.floor(indentation / 4)
  const r = indentation % 4
  const content = new RegExp(`^(?:(?:\\t| {4}){${q}} {${r}}|(?:\\t| {4}){${q + 1}}).*[^\\t\\n\\v\\f\\r ].*$`)
  const n = Math.min(indentation, 3)
  const lazy = {
    test: (line: string) => {
      if (!/[^\t\n\v\f\r ]/.test(line)) return false
      const trimmed = line.replace(new RegExp(`^ {0,${n}}`), '')
      if (IAL_BLOCK_LINE.test(trimmed)) return false
      const lead = line.match(/^ */)![0].length
      if (lead <= n && (LAZY_END_HTML_STOP.test(trimmed) || LAZY_END_HTML_START.test(trimmed))) return false
      return true
    },
  } as RegExp
  return { content, lazy, indent: new RegExp(`^ {${indentation}}`) }
}

/** kramdown's `fetch_pattern`: the marker of a sibling item (list or definition) after one indented `indentation`. */
export function markerPattern(type: 'ul' | 'ol' | 'dl', indentation: number): RegExp {
  const max = Math.max(0, Math.min(indentation - 1, 3))
  const marker = type === 'ul' ? '[+*-]' : type === 'dl' ? ':' : '\\d+\\.'
  return new RegExp(`^( {0,${max}}${marker})([\\t| ].*)$`)
}

/** kramdown's `parse_first_list_line`: the item's first content and its content indentation. */
export function firstLine(markerLength: number, tail: string): { content: string; indentation: number } {
  let content = tail
  let indentation = markerLength
  if (LIST_ITEM_IAL_CHECK.test(content)) {
    indentation = 4
  } else {
    while (/^ *\t/.test(content)) {
      const temp = content.match(/^ */)![0].length + indentation
      content = content.replace(/^( *)(\t+)/, (_m, sp: string, tabs: string) =>
        sp + ' '.repeat(4 - (temp % 4) + (tabs.length - 1) * 4))
    }
    indentation += content.match(/^ */)![0].length
  }
  return { content: content.replace(/^[\t\n\v\f\r ]*/, ''), indentation }
}

/** The source lines a list is read from: line `i` (from the list's first line) and how many there are. */
export interface LineSource { readonly length: number; line(i: number): string }

/** Collects a kramdown list starting at line 0 of `source` (which must match LIST_START). */
export function scanList(source: LineSource | string[]): ScannedList {
  const lines = Array.isArray(source) ? { length: source.length, line: (i: number) => source[i]! } : source
  const type = LIST_START_UL.test(lines.line(0)) ? 'ul' : 'ol'
  let startRe = type === 'ul' ? LIST_START_UL : LIST_START_OL
  const items: ScannedItem[] = []
  let item: ScannedItem | null = null
  let patterns: ItemPatterns | null = null
  let indentation = 0
  let nestedListFound = false
  let lastIsBlank = false
  let eobFound = false
  let marker = ''
  let i = 0
  for (; i < lines.length; i++) {
    const line = lines.line(i)
    let m: RegExpExecArray | null
    if (lastIsBlank && HR_LINE.test(line)) break
    if (EOB_MARKER.test(line)) { eobFound = true; i++; break }
    if ((m = startRe.exec(line))) {
      if (!marker) marker = m[1].trim()
      const first = firstLine(m[1].length, m[2])
      indentation = first.indentation
      patterns = itemPatterns(indentation)
      let content = first.content
      let ial: string | undefined
      const im = LIST_ITEM_IAL.exec(content)
      if (im) { ial = `{:${im[1]}}`; content = content.slice(im[0].length) }
      item = { firstLine: i, lines: [content], chunkStarts: [0], ial }
      items.push(item)
      startRe = markerPattern(type, indentation)
      nestedListFound = LIST_START.test(content)
      lastIsBlank = false
      continue
    }
    if (item && patterns && (patterns.content.test(line) || (!lastIsBlank && patterns.lazy.test(line)))) {
      let result = line.replace(/^\t+/, (t) => ' '.repeat(4 * t.length))
      const indentationFound = patterns.indent.test(result)
      if (indentationFound) result = result.replace(patterns.indent, '')
      if (nestedListFound && !indentationFound && LIST_START.test(result)) {
        result = ' '.repeat(indentation + 4) + result
      } else if (!nestedListFound && indentationFound && LIST_START.test(result)) {
        item.chunkStarts.push(item.lines.length)
        nestedListFound = true
      }
      item.lines.push(result)
      lastIsBlank = false
      continue
    }
    if (item && BLANK_LINE.test(line)) {
      nestedListFound = true
      lastIsBlank = true
      item.lines.push(line)
      continue
    }
    break
  }
  return { type, marker, items, consumed: i, eobFound }
}
