/**
 * Jekyll's `where`, `where_exp`, `find` and `find_exp`. Hash inputs search their
 * values; `_exp` conditions are Liquid expressions (`and`/`or`, comparisons, `contains`).
 */
import { Value, type Liquid } from 'liquidjs'
import { jekyllCondition } from '../lax/ruby-parser.js'
import type { FilterContext } from './filter-context.js'
import { isHash, liquidValue, rubyToS } from './ruby-inspect.js'
import { itemProperty, matchesTarget } from './jekyll-property.js'

/** The items Jekyll searches, or undefined when the input is returned unchanged. */
function searchable (input: unknown): unknown[] | undefined {
  const v = liquidValue(input)
  if (Array.isArray(v)) return v
  if (isHash(v)) return Object.values(v)
  return undefined
}

function skipsSearch (property: unknown, value: unknown): boolean {
  const target = liquidValue(value)
  return property === null || property === undefined || property === false || Array.isArray(target) || isHash(target)
}

/** Jekyll `where(input, property, value)`. */
export function where (input: unknown, property: unknown, value: unknown): unknown {
  if (skipsSearch(property, value)) return input
  const items = searchable(input)
  if (!items) return input
  return items.filter((item) => matchesTarget(itemProperty(item, property), value))
}

/** Jekyll `find(input, property, value)`: the first match, or nil. */
export function find (input: unknown, property: unknown, value: unknown): unknown {
  if (skipsSearch(property, value)) return input
  const items = searchable(input)
  if (!items) return input
  return items.find((item) => matchesTarget(itemProperty(item, property), value))
}

/** Ruby truthiness: everything but nil and false. */
export function rubyTruthy (v: unknown): boolean {
  const value = liquidValue(v)
  return value !== null && value !== undefined && value !== false
}

/** Evaluates `expression` with `variable` bound to each item; yields the truthy ones (or the first). */
function * select (ctx: FilterContext, items: unknown[], variable: unknown, expression: unknown, firstOnly: boolean): Generator<unknown, unknown[], unknown> {
  // Jekyll parses the expression strictly (bad syntax is an error) and reads `empty`/`blank` as ''
  const condition = new Value(jekyllCondition(rubyToS(expression)), ctx.liquid)
  const name = rubyToS(variable)
  const out: unknown[] = []
  for (const item of items) {
    ctx.context.push({ [name]: item })
    try {
      if (rubyTruthy(yield condition.value(ctx.context))) {
        out.push(item)
        if (firstOnly) break
      }
    } finally {
      ctx.context.pop()
    }
  }
  return out
}

/** Jekyll `where_exp(input, variable, expression)`. */
export function * whereExp (this: FilterContext, input: unknown, variable: unknown, expression: unknown): Generator<unknown, unknown, unknown> {
  const items = searchable(input)
  if (!items) return input
  return yield * select(this, items, variable, expression, false)
}

/** Jekyll `find_exp(input, variable, expression)`: the first item satisfying it, or nil. */
export function * findExp (this: FilterContext, input: unknown, variable: unknown, expression: unknown): Generator<unknown, unknown, unknown> {
  const items = searchable(input)
  if (!items) return input
  const found = yield * select(this, items, variable, expression, true)
  return found[0]
}

/** Registers where, where_exp, find, find_exp. */
export function registerWhereFilters (liquid: Liquid): void {
  liquid.registerFilter('where', where)
  liquid.registerFilter('find', find)
  liquid.registerFilter('where_exp', whereExp)
  liquid.registerFilter('find_exp', findExp)
}
