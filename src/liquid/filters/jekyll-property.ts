/**
 * How Jekyll's `where`/`find`/`sort`/`group_by` read and compare item properties
 * (`item_property`, `parse_sort_input`, `compare_property_vs_target`) and Ruby's `<=>`.
 */
import { Drop } from 'liquidjs'
import { LiquidFloat, isRubyNumber } from './ruby-float.js'
import { isHash, liquidValue, rubyToS } from './ruby-inspect.js'

/** `obj[key]` on a Liquid value: hash lookup, Drop method, or substring of a string. */
export function readKey (obj: unknown, key: string): unknown {
  const v = liquidValue(obj)
  if (v instanceof Drop) {
    const own = (v as unknown as Record<string, unknown>)[key]
    if (own !== undefined) return typeof own === 'function' ? (own as () => unknown).call(v) : own
    return (v as unknown as { liquidMethodMissing(key: string): unknown }).liquidMethodMissing(key)
  }
  if (isHash(v)) return Object.prototype.hasOwnProperty.call(v, key) ? v[key] : undefined
  if (typeof v === 'string') return v.includes(key) ? key : undefined
  return undefined
}

const FLOAT_LIKE = /^\s*-?(?:\d+\.?\d*|\.\d+)\s*$/
const INTEGER_LIKE = /^\s*-?\d+\s*$/

/** Jekyll `parse_sort_input`: numeric-looking values become numbers. */
export function parseSortInput (value: unknown): unknown {
  const text = rubyToS(value)
  if (INTEGER_LIKE.test(text)) return parseInt(text.trim(), 10)
  if (FLOAT_LIKE.test(text)) {
    const n = parseFloat(text.trim().replace(/^(-?)\./, '$10.'))
    return Number.isInteger(n) ? new LiquidFloat(n) : n
  }
  return value
}

/** Jekyll `item_property`: dotted paths (a missing step gives `false`), numeric strings parsed. */
export function itemProperty (item: unknown, property: unknown): unknown {
  const path = rubyToS(property)
  let value: unknown
  if (!path.includes('.')) value = readKey(item, path)
  else {
    value = item
    for (const key of path.split('.')) {
      const v = liquidValue(value)
      value = (isHash(v) || typeof v === 'string' || v instanceof Drop) ? readKey(v, key) : false
    }
  }
  return parseSortInput(value)
}

/** Jekyll's `compare_property_vs_target` (`where`/`find` matching). */
export function matchesTarget (property: unknown, target: unknown): boolean {
  const prop = liquidValue(property)
  if (target === null || target === undefined) return prop === null || prop === undefined
  if (target instanceof Drop) {
    const asArray = Array.isArray(prop) ? prop : (prop === null || prop === undefined ? [] : [prop])
    return prop === '' || asArray.map((x) => rubyToS(x)).join('') === ''
  }
  const wanted = rubyToS(target)
  if (typeof prop === 'string') return prop === wanted
  const list = Array.isArray(prop) ? prop : (prop === null || prop === undefined ? [] : [prop])
  return list.some((p) => rubyToS(p) === wanted)
}

function compareCodePoints (a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) as number)
  const y = Array.from(b, (c) => c.codePointAt(0) as number)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1
}

/** Ruby `a <=> b`; `undefined` when Ruby would return nil (incomparable types). */
export function rubyCompare (left: unknown, right: unknown): number | undefined {
  const a = liquidValue(left)
  const b = liquidValue(right)
  if (isRubyNumber(a) && isRubyNumber(b)) {
    const x = Number(a)
    const y = Number(b)
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : undefined
  }
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b)
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = rubyCompare(a[i], b[i])
      if (c !== 0) return c
    }
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1
  }
  if ((a === null || a === undefined) && (b === null || b === undefined)) return 0
  if (a === b) return 0
  return undefined
}

/** Ruby `to_s <=> to_s`. */
export function compareAsStrings (a: unknown, b: unknown): number {
  return compareCodePoints(rubyToS(a), rubyToS(b))
}
