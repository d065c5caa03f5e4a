import { toFloat } from '../liquid/filters/ruby-float.js'

export interface DelimitedOptions {
  /** `headers: true` (default): rows become hashes keyed by the first row; false: arrays of fields. */
  headers?: boolean
  /** Ruby CSV converters by name: `integer`, `float`, `numeric`, `all` (others are ignored). */
  converters?: string[]
}

/**
 * CSV/TSV as Ruby's CSV reads them with Jekyll's settings (`headers: true`): rows become hashes keyed by the
 * header row (the first of duplicate names wins), values are strings, an empty unquoted field is nil (null),
 * a blank line is a row of nils.
 */
export function parseDelimited(text: string, separator: ',' | '\t', options: DelimitedOptions = {}): unknown[] {
  const convert = converter(options.converters ?? [])
  const rows = parseRows(text, separator).map((row) => row.map(convert))
  if (options.headers === false) return rows
  const header = rows.shift()
  if (!header) return []
  return rows.map((row) => {
    const out: Record<string, unknown> = {}
    header.forEach((name, i) => {
      const key = name === null ? '' : String(name)
      if (!(key in out)) out[key] = row[i] ?? null
    })
    return out
  })
}

/** A field converter for Ruby CSV's named converters. */
function converter(names: string[]): (field: string | null) => unknown {
  const integer = names.some((n) => n === 'integer' || n === 'numeric' || n === 'all')
  const float = names.some((n) => n === 'float' || n === 'numeric' || n === 'all')
  return (field) => {
    if (field === null) return null
    if (integer) {
      const n = rubyInteger(field)
      if (n !== null) return n
    }
    if (float) {
      const f = rubyFloat(field)
      if (f !== null) return toFloat(f)
    }
    return field
  }
}

/** Ruby's `Integer(str)`: optional sign, `0x`/`0b`/`0o`/leading-0 bases, `_` between digits, blanks around. */
function rubyInteger(s: string): number | null {
  const m = /^\s*([+-]?)(0x[0-9a-f]+(?:_[0-9a-f]+)*|0b[01]+(?:_[01]+)*|0o?[0-7]+(?:_[0-7]+)*|[1-9]\d*(?:_\d+)*|0)\s*$/i.exec(s)
  if (!m) return null
  const body = (m[2] as string).replace(/_/g, '').toLowerCase()
  const value = body.startsWith('0x') ? parseInt(body.slice(2), 16)
    : body.startsWith('0b') ? parseInt(body.slice(2), 2)
    : body.startsWith('0o') ? parseInt(body.slice(2), 8)
    : body.length > 1 && body.startsWith('0') ? parseInt(body.slice(1), 8)
    : parseInt(body, 10)
  return m[1] === '-' ? -value : value
}

/** Ruby's `Float(str)`: decimal with optional fraction and exponent, `_` between digits. */
function rubyFloat(s: string): number | null {
  const m = /^\s*([+-]?(?:\d+(?:_\d+)*)?(?:\.\d+(?:_\d+)*)?(?:e[+-]?\d+)?)\s*$/i.exec(s)
  if (!m || !/\d/.test(m[1] as string)) return null
  return Number((m[1] as string).replace(/_/g, ''))
}

/** Splits text into rows of fields (null for an empty unquoted field). Throws on an unclosed quote. */
export function parseRows(text: string, separator: string): (string | null)[][] {
  const rows: (string | null)[][] = []
  let row: (string | null)[] = []
  let i = 0
  const n = text.length
  if (n === 0) return rows
  while (i <= n) {
    if (text[i] === '"') {
      let value = ''
      i++
      for (;;) {
        if (i >= n) throw new Error(`Unclosed quoted field in line ${rows.length + 1}.`)
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"'
            i += 2
            continue
          }
          i++
          break
        }
        value += text[i++]
      }
      row.push(value)
    } else {
      let j = i
      while (j < n && text[j] !== separator && text[j] !== '\n' && text[j] !== '\r') j++
      const value = text.slice(i, j)
      row.push(value === '' ? null : value)
      i = j
    }
    if (i >= n) {
      rows.push(row)
      break
    }
    if (text[i] === separator) {
      i++
      continue
    }
    if (text[i] === '\r') i++
    if (text[i] === '\n') i++
    rows.push(row)
    row = []
    if (i >= n) break
  }
  // A blank line is one empty field: Ruby makes it a row without fields (all nil with headers).
  return rows.map((r) => (r.length === 1 && r[0] === null ? [] : r))
}
