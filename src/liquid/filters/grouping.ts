/**
 * Jekyll's `group_by` and `group_by_exp`: `[{name, items, size}]` in first-seen order.
 * `group_by` names are `to_s` of the property; `group_by_exp` names keep the value.
 */
import { Value, type Liquid } from 'liquidjs'
import type { FilterContext } from './filter-context.js'
import { isHash, liquidValue, rubyToS } from './ruby-inspect.js'
import { itemProperty } from './jekyll-property.js'
import { eqlKey } from './standard-arrays.js'

/** One group as Jekyll builds it. */
export interface Group { name: unknown, items: unknown[], size: number }

function groupable (input: unknown): unknown[] | undefined {
  const v = liquidValue(input)
  if (Array.isArray(v)) return v
  if (isHash(v)) return Object.entries(v).map(([k, val]) => [k, val])
  return undefined
}

function collect (entries: Array<[unknown, unknown]>): Group[] {
  const groups = new Map<string, Group>()
  for (const [name, item] of entries) {
    const key = eqlKey(name)
    const group = groups.get(key)
    if (group) { group.items.push(item); group.size++ } else groups.set(key, { name, items: [item], size: 1 })
  }
  return [...groups.values()]
}

/** Jekyll `group_by(input, property)`. */
export function groupBy (input: unknown, property: unknown): unknown {
  const items = groupable(input)
  if (!items) return input
  return collect(items.map((item) => [rubyToS(itemProperty(item, property)), item]))
}

/** Jekyll `group_by_exp(input, variable, expression)`: `expression` may use filters. */
export function * groupByExp (this: FilterContext, input: unknown, variable: unknown, expression: unknown): Generator<unknown, unknown, unknown> {
  const items = groupable(input)
  if (!items) return input
  const expr = new Value(rubyToS(expression), this.liquid)
  const name = rubyToS(variable)
  const entries: Array<[unknown, unknown]> = []
  for (const item of items) {
    this.context.push({ [name]: item })
    try {
      entries.push([yield expr.value(this.context), item])
    } finally {
      this.context.pop()
    }
  }
  return collect(entries)
}

/** Registers group_by and group_by_exp. */
export function registerGroupingFilters (liquid: Liquid): void {
  liquid.registerFilter('group_by', groupBy)
  liquid.registerFilter('group_by_exp', groupByExp)
}
