/**
 * The two span scans kramdown's table parser makes: rows are split into cells at pipes outside
 * code spans and raw `<code>` elements, and a table is only a table when its lines have a pipe
 * outside code spans and span HTML elements (kramdown's `pipe_on_line` check).
 */
import { matchComment, matchEndTag, matchStartTag } from './html-raw.js'
import { HTML_ELEMENTS_WITHOUT_BODY } from './patterns.js'
import { rubyStrip } from '../ruby-strings.js'

interface Span { readonly type: 'text' | 'code' | 'html'; readonly value: string }

const BLOCK_ELEMENTS = new Set(('address article aside applet body blockquote caption col colgroup dd div dl dt ' +
  'fieldset figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu li main map nav ol ' +
  'optgroup p pre section summary table tbody td th thead tfoot tr ul').split(' '))

/** kramdown's code span at `pos` (a backtick run): [span, end] or null when the run is text. */
function codespanAt(text: string, pos: number): [Span, number] | null {
  let end = pos
  while (text.charCodeAt(end) === 0x60) end++
  const run = text.slice(pos, end)
  const simple = run.length === 1
  if (simple && (pos === 0 || /[\t\n\v\f\r ]/.test(text[pos - 1]!)) && /[\t\n\v\f\r ]/.test(text[end] ?? '')) return null
  const close = text.indexOf(run, end)
  if (close < 0) return null
  let value = text.slice(end, close)
  if (!simple) {
    if (value.startsWith(' ')) value = value.slice(1)
    if (value.endsWith(' ')) value = value.slice(0, -1)
  }
  return [{ type: 'code', value }, close + run.length]
}

/** kramdown's span HTML at `pos`: an element runs to its end tag or, without one, to the end. */
function htmlAt(text: string, pos: number): [Span, number] | null {
  const comment = matchComment(text, pos)
  if (comment) return [{ type: 'text', value: comment.text }, comment.end]
  if (matchEndTag(text, pos)) return null
  const tag = matchStartTag(text, pos)
  if (!tag || BLOCK_ELEMENTS.has(tag.name)) return null
  if (tag.closed || HTML_ELEMENTS_WITHOUT_BODY.has(tag.name)) return [{ type: 'html', value: tag.name }, tag.end]
  const stop = new RegExp(`</${tag.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*>`, tag.known ? 'gi' : 'g')
  stop.lastIndex = tag.end
  const m = stop.exec(text)
  return [{ type: 'html', value: tag.name }, m ? stop.lastIndex : text.length]
}

/** Code spans (and, with `html`, span HTML elements) and the text between them. */
function scan(text: string, html: boolean): Span[] {
  const spans: Span[] = []
  let plain = ''
  const flush = () => {
    if (plain !== '') spans.push({ type: 'text', value: plain })
    plain = ''
  }
  let pos = 0
  while (pos < text.length) {
    const ch = text[pos]
    const found = ch === '`' ? codespanAt(text, pos) : ch === '<' && html ? htmlAt(text, pos) : null
    if (found) {
      const [span, end] = found
      if (span.type === 'text') plain += span.value
      else { flush(); spans.push(span) }
      pos = end
    } else if (ch === '`') {
      let end = pos
      while (text.charCodeAt(end) === 0x60) end++
      plain += text.slice(pos, end)
      pos = end
    } else {
      plain += ch
      pos++
    }
  }
  flush()
  return spans
}

/** Splits a table row (trailing blanks removed) into cell texts, as kramdown does. */
export function splitRow(row: string, leadingPipe: boolean): string[] {
  const cells: string[] = []
  const append = (text: string) => {
    if (cells.length === 0) cells.push(text)
    else cells[cells.length - 1] += text
  }
  row.split(/(<code.*?>.*?<\/code>)/).forEach((part, i) => {
    if (i % 2 === 1) { append(part); return }
    for (const span of scan(part, false)) {
      if (span.type === 'text') {
        const [first, ...rest] = span.value.split(/(?<!\\)\|/).map((t) => t.replace(/\\\|/g, '|'))
        append(first!)
        cells.push(...rest)
      } else {
        const delim = `${(span.value.match(/`+/g) ?? ['']).reduce((a, b) => (b.length > a.length ? b : a))}\``
        const pad = delim.length > 1 ? ' ' : ''
        append(`${delim}${pad}${span.value}${pad}${delim}`)
      }
    }
  })
  if (leadingPipe && cells.length > 0 && rubyStrip(cells[0]!) === '') cells.shift()
  if (cells.length > 0 && rubyStrip(cells[cells.length - 1]!) === '') cells.pop()
  return cells.map(rubyStrip)
}

const PIPE_CHECK = /^(?:\||.*?[^\\\n]\|)/

/** Ruby's `String#split("\n")`: trailing empty strings dropped. */
function rubyLines(text: string): string[] {
  const lines = text.split('\n')
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** kramdown's check that the table's lines have a pipe outside code spans and span HTML elements. */
export function hasPipeOnLines(tableText: string): boolean {
  let pipeOnLine = false
  for (const span of scan(tableText, true)) {
    const lines = rubyLines(span.value)
    if (span.type === 'code') {
      if (lines.length > 2 || (lines.length === 2 && !pipeOnLine)) break
      else if (lines.length === 2 && pipeOnLine) pipeOnLine = false
    } else {
      if (lines.length > 1 && !pipeOnLine && !PIPE_CHECK.test(lines[0]!)) break
      pipeOnLine = (lines.length > 1 ? false : pipeOnLine) || PIPE_CHECK.test(lines[lines.length - 1] ?? '')
    }
  }
  return pipeOnLine
}
