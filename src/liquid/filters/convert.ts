/** Jekyll's conversion filters: `jsonify`, `inspect` and `to_integer`. */
import type { Liquid } from 'liquidjs'
import { xmlEscape } from './escape.js'
import { LiquidFloat } from './ruby-float.js'
import { liquidValue, rubyInspect, rubyJson } from './ruby-inspect.js'
import { rubyStringToInt } from './ruby-number.js'

/** Jekyll `to_integer`: true → 1, false → 0, strings via `String#to_i`, floats truncated. */
export function toInteger (input: unknown): number {
  const v = liquidValue(input)
  if (v === true) return 1
  if (v === false) return 0
  if (v === null || v === undefined) return 0
  if (v instanceof LiquidFloat || typeof v === 'number') return Math.trunc(Number(v))
  if (typeof v === 'string') return Number(rubyStringToInt(v))
  throw new Error(`undefined method \`to_i' for ${rubyInspect(v)}`)
}

/** Registers jsonify, inspect, to_integer. */
export function registerConvertFilters (liquid: Liquid): void {
  liquid.registerFilter('jsonify', (input: unknown) => rubyJson(input))
  liquid.registerFilter('inspect', (input: unknown) => xmlEscape(rubyInspect(input)))
  liquid.registerFilter('to_integer', toInteger)
}
