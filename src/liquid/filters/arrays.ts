/**
 * Jekyll's array filters: `sort` (with property and nils first/last), and the
 * non-destructive `pop`, `push`, `shift`, `unshift`, plus `sample`.
 */
import type { Liquid } from 'liquidjs'
import { LiquidFloat } from './ruby-float.js'
import { isHash, liquidValue, rubyToS } from './ruby-inspect.js'
import { compareAsStrings, itemProperty, rubyCompare } from './jekyll-property.js'
import { toRubyInteger } from './standard-arrays.js'

function rubyTypeName (v: unknown): string {
  const value = liquidValue(v)
  if (value === null || value === undefined) return 'nil'
  if (typeof value === 'string') return 'String'
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Float'
  if (typeof value === 'boolean') return value ? 'TrueClass' : 'FalseClass'
  if (Array.isArray(value)) return 'Array'
  if (value instanceof LiquidFloat) return 'Float'
  return isHash(value) ? 'Hash' : 'Object'
}

/** Jekyll `sort(input, property = nil, nils = "first")`. */
export function sort (input: unknown, property?: unknown, nils: unknown = 'first'): unknown {
  const value = liquidValue(input)
  if (value === null || value === undefined) throw new Error('Cannot sort a null object.')
  const items: unknown[] = Array.isArray(value)
    ? value
    : isHash(value) ? Object.entries(value).map(([k, v]) => [k, v]) : [value]
  if (property === null || property === undefined) {
    return [...items].sort((a, b) => {
      const c = rubyCompare(a, b)
      if (c === undefined) {
        throw new Error(`comparison of ${rubyTypeName(a)} with ${rubyTypeName(b)} failed`)
      }
      return c
    })
  }
  const nilOrder = rubyToS(nils)
  if (nilOrder !== 'first' && nilOrder !== 'last') {
    throw new Error(`Invalid nils order: '${nilOrder}' is not a valid nils order. It must be 'first' or 'last'.`)
  }
  const order = nilOrder === 'first' ? -1 : 1
  const keyed = items.map((item) => ({ key: itemProperty(item, property), item }))
  keyed.sort((x, y) => {
    const aNil = x.key === null || x.key === undefined
    const bNil = y.key === null || y.key === undefined
    if (!aNil && bNil) return -order
    if (aNil && !bNil) return order
    return rubyCompare(x.key, y.key) ?? compareAsStrings(x.key, y.key)
  })
  return keyed.map((k) => k.item)
}

function arrayOrUndefined (input: unknown): unknown[] | undefined {
  const v = liquidValue(input)
  return Array.isArray(v) ? v : undefined
}

function count (num: unknown): number {
  const n = toRubyInteger(num)
  if (n < 0) throw new Error('negative array size')
  return n
}

/** Jekyll `pop(array, n = 1)`: a copy without the last n items. */
export function pop (input: unknown, num: unknown = 1): unknown {
  const arr = arrayOrUndefined(input)
  return arr ? arr.slice(0, Math.max(0, arr.length - count(num))) : input
}

/** Jekyll `shift(array, n = 1)`: a copy without the first n items. */
export function shift (input: unknown, num: unknown = 1): unknown {
  const arr = arrayOrUndefined(input)
  return arr ? arr.slice(count(num)) : input
}

/** Jekyll `push(array, item)` / `unshift(array, item)`: a copy with the item added. */
export function push (input: unknown, item: unknown): unknown {
  const arr = arrayOrUndefined(input)
  return arr ? [...arr, item] : input
}

export function unshift (input: unknown, item: unknown): unknown {
  const arr = arrayOrUndefined(input)
  return arr ? [item, ...arr] : input
}

/** Jekyll `sample(input, n = 1)`: one random item, or an array of n distinct ones. */
export function sample (input: unknown, num: unknown = 1): unknown {
  const arr = arrayOrUndefined(input)
  if (!arr) return input
  let n: number
  try { n = toRubyInteger(num) } catch { n = 1 }
  const shuffled = [...arr]
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]]
  }
  return n === 1 ? shuffled[0] : shuffled.slice(0, Math.max(0, n))
}

/** Registers sort, pop, push, shift, unshift, sample. */
export function registerArrayFilters (liquid: Liquid): void {
  liquid.registerFilter('sort', sort)
  liquid.registerFilter('pop', pop)
  liquid.registerFilter('push', push)
  liquid.registerFilter('shift', shift)
  liquid.registerFilter('unshift', unshift)
  liquid.registerFilter('sample', sample)
}
