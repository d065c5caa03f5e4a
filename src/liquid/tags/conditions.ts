/**
 * Liquid 5.4's condition rules where liquidjs differs: `<>` means "not equal", and `blank`
 * (Ruby's `blank?`, which plain Ruby objects do not have outside Rails) equals nothing.
 */
import { Context, defaultOperators, Liquid, type Operators } from 'liquidjs'
import { isRubyFloat } from '../filters/ruby-float.js'
import { liquidValue, rubyInspect } from '../filters/ruby-inspect.js'

type Operator = (left: unknown, right: unknown, ctx: Context) => unknown

/** Ruby's class of a value that has `<` (Integer, Float, String, Time), or undefined (nil, booleans, arrays, hashes…). */
function comparableClass(value: unknown): 'Integer' | 'Float' | 'String' | 'Time' | undefined {
  if (isRubyFloat(value)) return 'Float'
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Float'
  if (typeof value === 'string') return 'String'
  if (value instanceof Date) return 'Time'
  return undefined
}

/**
 * `<`, `>`, `<=`, `>=` as Ruby runs them: a number against a string (or a time against either) raises
 * "comparison of Integer with String failed" (Jekyll fails the build); values without `<` compare false.
 */
function orderedComparison(op: Operator): Operator {
  return function* compare(left: unknown, right: unknown, ctx: Context): Generator<unknown, unknown, unknown> {
    const l = liquidValue(left)
    const r = liquidValue(right)
    const lc = comparableClass(l)
    const rc = comparableClass(r)
    if (lc && rc && lc !== rc && !((lc === 'Integer' || lc === 'Float') && (rc === 'Integer' || rc === 'Float'))) {
      // Ruby names the right operand by its value when it is an immediate (Integer, Float), else by its class.
      const other = lc === 'String' || lc === 'Time' ? (rc === 'Integer' || rc === 'Float' ? rubyInspect(r) : rc) : rc
      throw new Error(`comparison of ${lc} with ${other} failed`)
    }
    return yield op(left, right, ctx)
  } as unknown as Operator
}

/** Operators for `new Liquid({ operators })`: liquidjs's, plus `<>`, with Ruby's errors for mixed-type ordering. */
export const rubyOperators: Operators = {
  ...defaultOperators,
  '<>': defaultOperators['!='] as Operators[string],
  '<': orderedComparison(defaultOperators['<'] as Operator) as Operators[string],
  '>': orderedComparison(defaultOperators['>'] as Operator) as Operators[string],
  '<=': orderedComparison(defaultOperators['<='] as Operator) as Operators[string],
  '>=': orderedComparison(defaultOperators['>='] as Operator) as Operators[string],
}

let patched = false

/** `x == blank` is never true in Jekyll (Liquid 5.4 without ActiveSupport); patches liquidjs once per process. */
export function enableRubyBlank(): void {
  if (patched) return
  patched = true
  // liquidjs does not export BlankDrop; the `blank` literal is one.
  const blank = new Liquid().evalValueSync('blank', new Context({})) as object
  const proto = Object.getPrototypeOf(blank) as { equals: (value: unknown) => unknown }
  proto.equals = function* equalsNothing(): Generator<unknown, boolean, unknown> {
    return false
  }
}

/** Liquid's `==` (liquidjs's, with `<>`'s sibling `!=` defined as its negation). */
export function equalsRuby(left: unknown, right: unknown): unknown {
  return (defaultOperators['=='] as (l: unknown, r: unknown) => unknown)(left, right)
}
