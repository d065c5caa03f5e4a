/**
 * Liquid 5.4 math filters with Ruby number semantics: Integer arithmetic stays
 * Integer (`7 | divided_by: 2` is 3, floor division), anything involving a Float is
 * exact decimal arithmetic returning a Float (`LiquidFloat`), `round` is half away from zero.
 */
import type { Liquid } from 'liquidjs'
import {
  absRubyNum, applyOperation, ceilFloorRubyNum, compareRubyNum, fromRubyNum, roundRubyNum, toRubyNum,
  type Operation
} from './ruby-number.js'

function operation (op: Operation) {
  return (input: unknown, operand: unknown) => fromRubyNum(applyOperation(toRubyNum(input), toRubyNum(operand), op))
}

/** `round(input, digits = 0)`: Integer result for digits <= 0. */
export function round (input: unknown, digits: unknown = 0): unknown {
  const n = toRubyNum(digits)
  const places = Number(typeof n === 'bigint' ? n : ceilFloorRubyNum(n, 'floor'))
  return fromRubyNum(roundRubyNum(toRubyNum(input), places))
}

/** `at_least` / `at_most`: the input, or the limit when it is beyond it. */
function clamp (kind: 'least' | 'most') {
  return (input: unknown, limit: unknown) => {
    const value = toRubyNum(input)
    const bound = toRubyNum(limit)
    const c = compareRubyNum(bound, value)
    const pick = (kind === 'least' ? c > 0 : c < 0) ? bound : value
    return fromRubyNum(pick)
  }
}

/** Registers plus, minus, times, divided_by, modulo, round, ceil, floor, abs, at_least, at_most. */
export function registerMathFilters (liquid: Liquid): void {
  liquid.registerFilter('plus', operation('+'))
  liquid.registerFilter('minus', operation('-'))
  liquid.registerFilter('times', operation('*'))
  liquid.registerFilter('divided_by', operation('/'))
  liquid.registerFilter('modulo', operation('%'))
  liquid.registerFilter('round', round)
  liquid.registerFilter('ceil', (input: unknown) => fromRubyNum(ceilFloorRubyNum(toRubyNum(input), 'ceil')))
  liquid.registerFilter('floor', (input: unknown) => fromRubyNum(ceilFloorRubyNum(toRubyNum(input), 'floor')))
  liquid.registerFilter('abs', (input: unknown) => fromRubyNum(absRubyNum(toRubyNum(input))))
  liquid.registerFilter('at_least', clamp('least'))
  liquid.registerFilter('at_most', clamp('most'))
}
