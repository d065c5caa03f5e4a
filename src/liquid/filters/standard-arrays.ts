/**
 * Liquid 5.4 array filters where liquidjs differs from Ruby: inputs are flattened
 * (Liquid's InputIterator), `join` uses Ruby `to_s`, `first`/`last` of a string are nil,
 * `uniq` compares like Ruby `eql?`, `sort_natural` puts nils last.
 */
import { Drop, type Liquid } from 'liquidjs'
import { readKey } from './jekyll-property.js'
import { isRubyFloat } from './ruby-float.js'
import { isHash, liquidValue, rubyInspect, rubyToS } from './ruby-inspect.js'

/** `Liquid::Utils.to_integer`: Integers pass, anything else goes through `Integer(str)` or raises. */
export function toRubyInteger (v: unknown): number {
  const value = liquidValue(v)
  if (typeof value === 'number' && Number.isInteger(value)) return value
  const text = rubyToS(value).trim()
  const m = /^([+-]?)(0x[0-9a-f]+(?:_[0-9a-f]+)*|0b[01]+(?:_[01]+)*|0o?[0-7]+(?:_[0-7]+)*|\d+(?:_\d+)*)$/i.exec(text)
  if (!m || isRubyFloat(value)) throw new Error('Liquid error: invalid integer')
  const body = m[2].replace(/_/g, '').toLowerCase()
  let n: number
  if (body.startsWith('0x')) n = parseInt(body.slice(2), 16)
  else if (body.startsWith('0b')) n = parseInt(body.slice(2), 2)
  else if (body.startsWith('0o')) n = parseInt(body.slice(2), 8)
  else if (body.length > 1 && body.startsWith('0')) n = parseInt(body.slice(1), 8)
  else n = parseInt(body, 10)
  return m[1] === '-' ? -n : n
}

/** Liquid's InputIterator: arrays flattened, a hash or scalar wrapped, nil empty. */
export function inputItems (input: unknown): unknown[] {
  const v = liquidValue(input)
  if (Array.isArray(v)) return v.flat(Infinity)
  if (v === null || v === undefined) return []
  return [v]
}

/** A key for Ruby `eql?`-style identity (1 and 1.0 differ, equal hashes match). */
export function eqlKey (v: unknown): string {
  const value = liquidValue(v)
  const type = isRubyFloat(value) ? 'f' : typeof value
  return `${type}:${rubyInspect(value)}`
}

/** `item[property]` as Liquid's standard filters read it (no dotted paths). */
export function standardProperty (item: unknown, property: unknown): unknown {
  const v = liquidValue(item)
  const key = rubyToS(property)
  if (v instanceof Drop) return readKey(v, key) // Drop#[]: its method, else liquid_method_missing
  if (isHash(v)) return Object.prototype.hasOwnProperty.call(v, key) ? v[key] : undefined
  if (typeof v === 'string') return v.includes(key) ? key : undefined
  return undefined
}

function caseCompare (a: unknown, b: unknown): number {
  if (a === null || a === undefined) return 1
  if (b === null || b === undefined) return -1
  const x = rubyToS(a).toLowerCase()
  const y = rubyToS(b).toLowerCase()
  return x < y ? -1 : x > y ? 1 : 0
}

function first (input: unknown): unknown {
  const v = liquidValue(input)
  if (Array.isArray(v)) return v[0]
  if (isHash(v)) { const e = Object.entries(v)[0]; return e ? [e[0], e[1]] : undefined }
  return undefined
}

function last (input: unknown): unknown {
  const v = liquidValue(input)
  if (Array.isArray(v)) return v[v.length - 1]
  return undefined
}

function uniq (input: unknown, property?: unknown): unknown[] {
  const seen = new Set<string>()
  const keyOf = property === undefined || property === null
    ? (x: unknown) => eqlKey(x)
    : (x: unknown) => eqlKey(standardProperty(x, property))
  return inputItems(input).filter((x) => { const k = keyOf(x); if (seen.has(k)) return false; seen.add(k); return true })
}

function compact (input: unknown, property?: unknown): unknown[] {
  const items = inputItems(input)
  if (property === undefined || property === null) return items.filter((x) => x !== null && x !== undefined)
  return items.filter((x) => { const p = standardProperty(x, property); return p !== null && p !== undefined })
}

function sortNatural (input: unknown, property?: unknown): unknown[] {
  const items = inputItems(input)
  if (property === undefined || property === null) return [...items].sort(caseCompare)
  return [...items].sort((a, b) => caseCompare(standardProperty(a, property), standardProperty(b, property)))
}

function concat (input: unknown, other: unknown): unknown[] {
  const extra = liquidValue(other)
  if (!Array.isArray(extra)) throw new Error('Liquid error: concat filter requires an array argument')
  return [...inputItems(input), ...extra]
}

/** Registers first, last, join, reverse, uniq, compact, map, concat, sort_natural. */
export function registerStandardArrayFilters (liquid: Liquid): void {
  liquid.registerFilter('first', first)
  liquid.registerFilter('last', last)
  liquid.registerFilter('join', (input: unknown, glue: unknown = ' ') =>
    inputItems(input).map((x) => rubyToS(x)).join(rubyToS(glue)))
  liquid.registerFilter('reverse', (input: unknown) => [...inputItems(input)].reverse())
  liquid.registerFilter('uniq', uniq)
  liquid.registerFilter('compact', compact)
  liquid.registerFilter('map', (input: unknown, property: unknown) =>
    inputItems(input).map((x) => (rubyToS(property) === 'to_liquid' ? x : standardProperty(x, property))))
  liquid.registerFilter('concat', concat)
  liquid.registerFilter('sort_natural', sortNatural)
}
