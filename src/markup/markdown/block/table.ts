/**
 * kramdown tables: consecutive lines containing an unescaped pipe, after a block
 * boundary and followed by one; an optional `|---|` separator turns the rows above
 * it into a header, later separators start a new tbody and `|===|` starts the
 * footer. Pipes inside code spans do not split cells. Alignment is printed as
 * `style="text-align: left"`, empty cells as a non-breaking space.
 */
import { BLANK_LINE, EOB_MARKER, IAL_BLOCK_LINE } from './patterns.js'
import { afterBlockBoundary, lineText, linesText, type StateBlock } from './state-utils.js'
import { hasPipeOnLines, splitRow } from './table-spans.js'

const TABLE_LINE = /^(?:\||.*?[^\\\n]\|)/
const TABLE_START = /^ {0,3}(?=[^\t\n\v\f\r ])(?:\||.*?[^\\\n]\|)/
const TABLE_SEP_LINE = /^([+|: \t-]*?-[+|: \t-]*?)[ \t]*$/
const TABLE_HSEP_ALIGN = /[ \t]?(:?)-+(:?)[ \t]?/g
const TABLE_FSEP_LINE = /^[+|: \t=]*?=[+|: \t=]*?[ \t]*$/

type Align = 'default' | 'left' | 'right' | 'center'
type Section = { type: 'thead' | 'tbody' | 'tfoot'; rows: string[][] }

function beforeBlockBoundary(state: StateBlock, line: number, endLine: number): boolean {
  if (line >= endLine) return true
  const text = lineText(state, line)
  return BLANK_LINE.test(text) || EOB_MARKER.test(text) || IAL_BLOCK_LINE.test(text)
}

/** markdown-it block rule replacing `table`. */
export function kramdownTable(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const first = lineText(state, startLine)
  if (!TABLE_START.test(first) || !afterBlockBoundary(state, startLine)) return false
  const leadingPipe = /^[\t\n\v\f\r ]*\|/.test(first)
  const sections: Section[] = []
  let rows: string[][] = []
  let alignment: Align[] = []
  let hasFooter = false
  let columns = 0
  const addSection = (type: Section['type'], force: boolean) => {
    if (!hasFooter || type !== 'tbody' || force) { sections.push({ type, rows }); rows = [] }
  }
  let line = startLine
  if (TABLE_SEP_LINE.test(first)) line++
  for (; line < endLine; line++) {
    const text = lineText(state, line)
    if (!TABLE_LINE.test(text)) break
    let m: RegExpExecArray | null
    if ((m = TABLE_SEP_LINE.exec(text))) {
      if (rows.length === 0) continue
      if (alignment.length === 0 && !hasFooter) {
        addSection('thead', false)
        alignment = [...m[1].matchAll(TABLE_HSEP_ALIGN)].map(([, l, r]) =>
          l === '' && r === '' ? 'default' : r === '' ? 'left' : l === '' ? 'right' : 'center')
      } else {
        addSection('tbody', false)
      }
    } else if (TABLE_FSEP_LINE.test(text)) {
      if (rows.length > 0) addSection('tbody', true)
      hasFooter = true
    } else {
      const cells = splitRow(text.replace(/[ \t]+$/, ''), leadingPipe)
      columns = Math.max(columns, cells.length)
      rows.push(cells)
    }
  }
  if (!beforeBlockBoundary(state, line, endLine)) return false
  // The lines need a pipe outside code spans and span HTML elements.
  if (!hasPipeOnLines(linesText(state, startLine, line).replace(/\n$/, ''))) return false
  if (rows.length > 0) addSection(hasFooter ? 'tfoot' : 'tbody', false)
  if (!sections.some((s) => s.type === 'tbody')) return false
  if (silent) return true
  alignment = alignment.length > columns ? alignment.slice(0, columns)
    : [...alignment, ...Array<Align>(columns - alignment.length).fill('default')]

  const open = state.push('table_open', 'table', 1)
  open.map = [startLine, line]
  for (const section of sections) {
    state.push(`${section.type}_open`, section.type, 1)
    for (const row of section.rows) {
      state.push('tr_open', 'tr', 1)
      for (let c = 0; c < columns; c++) {
        const cellType = section.type === 'thead' ? 'th' : 'td'
        const cell = state.push(`${cellType}_open`, cellType, 1)
        if (alignment[c] !== 'default') cell.attrs = [['style', `text-align: ${alignment[c]}`]]
        const inline = state.push('inline', '', 0)
        inline.content = row[c] === undefined || row[c] === '' ? '\u00a0' : row[c]
        inline.children = []
        state.push(`${cellType}_close`, cellType, -1)
      }
      state.push('tr_close', 'tr', -1)
    }
    state.push(`${section.type}_close`, section.type, -1)
  }
  state.push('table_close', 'table', -1)
  state.line = line
  return true
}
