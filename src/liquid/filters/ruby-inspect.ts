/**
 * How Ruby turns Liquid values into text: `to_s` (what `{{ }}` prints), `inspect`
 * (Ruby 3.1 style: `{"a"=>1, "b"=>nil}`) and `to_json` (json 2.6 generator).
 */
import { Drop } from 'liquidjs'
import { formatRubyTime } from '../../util/dates.js'
import { RubyDate, RubyTime } from '../../util/ruby-time.js'
import { LiquidFloat, formatRubyFloat, isRubyFloat } from './ruby-float.js'

/** Formats a JS Date as Ruby's `Time#to_s` ("2024-03-05 14:07:09 +0000"), in local time. */
export function rubyTimeToS (d: Date): string {
  if (d instanceof RubyTime) return formatRubyTime(d)
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  const off = -d.getTimezoneOffset()
  const sign = off < 0 ? '-' : '+'
  const abs = Math.abs(off)
  return `${p(d.getFullYear(), 4)}-${p(d.getMonth() + 1)}-${p(d.getDate())} ` +
    `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())} ${sign}${p(Math.floor(abs / 60))}${p(abs % 60)}`
}

/** Unwraps liquidjs Drops and `toLiquid()` objects to the value Ruby would see. */
export function liquidValue (v: unknown): unknown {
  let value = v
  for (let i = 0; i < 8; i++) {
    if (value instanceof Drop && typeof value.valueOf === 'function') {
      const next = value.valueOf()
      if (next === value || next === undefined) return value
      value = next
    } else if (value && typeof (value as { toLiquid?: unknown }).toLiquid === 'function') {
      const next = (value as { toLiquid: () => unknown }).toLiquid()
      if (next === value) return value
      value = next
    } else return value
  }
  return value
}

/** A drop's own Ruby-style `to_s`/`inspect`, when it defines one (drops link to each other, so never walk their fields). */
function dropMethod (drop: Drop, name: 'to_s' | 'inspect'): string | undefined {
  const method = (drop as unknown as Record<string, unknown>)[name]
  return typeof method === 'function' ? String((method as () => unknown).call(drop)) : undefined
}

/** True for a plain key/value object (a Ruby Hash). */
export function isHash (v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false
  if (v instanceof LiquidFloat || v instanceof Date || v instanceof Drop) return false
  return true
}

/** How `{{ value }}` prints a value in Ruby Liquid: arrays concatenated (recursively), nil empty, else `to_s`. */
export function renderOutput (input: unknown): string {
  const v = liquidValue(input)
  if (Array.isArray(v)) return v.map(renderOutput).join('')
  return rubyToS(v)
}

/** Ruby `obj.to_s` of a Liquid value: nil is "", Arrays and Hashes print as `inspect`. */
export function rubyToS (input: unknown): string {
  const v = liquidValue(input)
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (v instanceof Drop) return dropMethod(v, 'to_s') ?? rubyInspect(v)
  if (Array.isArray(v)) return rubyInspect(v)
  if (isRubyFloat(v)) return formatRubyFloat(Number(v))
  if (v instanceof Date) return rubyTimeToS(v)
  if (isHash(v)) return rubyInspect(v)
  return String(v)
}

const INSPECT_ESCAPES: Record<string, string> = {
  '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\f': '\\f', '\v': '\\v',
  '\x07': '\\a', '\b': '\\b', '\x1b': '\\e'
}

/** Ruby `String#inspect` for UTF-8 strings. */
export function inspectString (s: string): string {
  // controls, and what Ruby does not print: line/paragraph separators and unassigned code points
  const body = s.replace(/["\\\n\t\r\f\v\x07\b\x1b]|#(?=[{$@])|[\x00-\x1f\x7f]|[\p{Zl}\p{Zp}\p{Cn}]/gu, (c) => {
    if (c === '#') return '\\#'
    const code = c.codePointAt(0) as number
    const hex = code.toString(16).toUpperCase()
    return INSPECT_ESCAPES[c] ?? (code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`)
  })
  return `"${body}"`
}

/** Ruby `inspect` of a Liquid value (Ruby 3.1 Hash syntax `{"k"=>v}`). */
export function rubyInspect (input: unknown): string {
  const v = liquidValue(input)
  if (v === null || v === undefined) return 'nil'
  if (typeof v === 'string') return inspectString(v)
  if (v instanceof Drop) return dropMethod(v, 'inspect') ?? `#<Jekyll::Drops::${v.constructor.name}>`
  if (Array.isArray(v)) return `[${v.map(rubyInspect).join(', ')}]`
  if (isRubyFloat(v)) return formatRubyFloat(Number(v))
  if (v instanceof RubyDate) return `#<Date: ${v.toString()} ((${Math.floor(v.getTime() / 86_400_000) + 2_440_588}j,0s,0n),+0s,2299161j)>`
  if (v instanceof Date) return rubyTimeToS(v)
  if (isHash(v)) {
    return `{${Object.entries(v).map(([k, val]) => `${inspectString(k)}=>${rubyInspect(val)}`).join(', ')}}`
  }
  return String(v)
}

/** JSON string literal as Ruby's json generator writes it (no `/` or non-ASCII escaping). */
export function jsonString (s: string): string {
  const body = s.replace(/["\\\x00-\x1f]/g, (c) => {
    switch (c) {
      case '"': return '\\"'
      case '\\': return '\\\\'
      case '\n': return '\\n'
      case '\t': return '\\t'
      case '\r': return '\\r'
      case '\f': return '\\f'
      case '\b': return '\\b'
      default: return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
    }
  })
  return `"${body}"`
}

/**
 * Ruby `to_json` of a Liquid value (`jsonify`). `depth` is the JSON generator's nesting depth, which
 * Jekyll's drops look at (a document nested two levels deep shows its neighbours collapsed).
 */
export function rubyJson (input: unknown, depth = 0): string {
  const v = liquidValue(input)
  if (v === null || v === undefined) return 'null'
  if (typeof v === 'string') return jsonString(v)
  if (Array.isArray(v)) return `[${v.map((item) => rubyJson(item, depth + 1)).join(',')}]`
  if (isRubyFloat(v)) {
    const n = Number(v)
    if (!Number.isFinite(n)) throw new Error(`${formatRubyFloat(n)} not allowed in JSON`)
    return formatRubyFloat(n)
  }
  if (v instanceof Date) return jsonString(rubyTimeToS(v))
  // Drops (page, site, documents, static files…) serialize through their own `toJSON` (Jekyll's `to_h`).
  const toJSON = v instanceof Drop ? (v as unknown as { toJSON?: (depth?: number) => unknown }).toJSON : undefined
  if (typeof toJSON === 'function') return rubyJson(toJSON.call(v, depth), depth)
  if (isHash(v)) return `{${Object.entries(v).map(([k, val]) => `${jsonString(k)}:${rubyJson(val, depth + 1)}`).join(',')}}`
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return jsonString(String(v))
}
