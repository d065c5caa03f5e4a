/**
 * Ruby's Integer/Float distinction for Liquid values.
 *
 * JavaScript has one number type, so a Ruby Float is represented as either
 * - a plain non-integral `number` (3.5 is obviously a Float), or
 * - a `LiquidFloat` wrapper, used for Floats whose value is integral (10.0), and
 *   returned by every filter whose Ruby result is a Float.
 * A plain integral `number` is a Ruby Integer.
 *
 * `LiquidFloat` is *not* a liquidjs `Drop` (liquidjs would unwrap Drops through
 * `valueOf()` before printing and lose the ".0"). It implements liquidjs's
 * Comparable protocol so `==`, `<`, `>=` … compare it by value.
 */
/** A Ruby Float. Prints as Ruby prints floats (`5.0`, `1.0e+16`). */
export class LiquidFloat {
  constructor (readonly value: number) {}
  valueOf (): number { return this.value }
  toString (): string { return formatRubyFloat(this.value) }
  toJSON (): number { return this.value }
  equals (other: unknown): boolean { return numericOf(other) === this.value }
  gt (other: unknown): boolean { return this.value > (numericOf(other) ?? NaN) }
  geq (other: unknown): boolean { return this.value >= (numericOf(other) ?? NaN) }
  lt (other: unknown): boolean { return this.value < (numericOf(other) ?? NaN) }
  leq (other: unknown): boolean { return this.value <= (numericOf(other) ?? NaN) }
}

function numericOf (v: unknown): number | undefined {
  if (v instanceof LiquidFloat) return v.value
  return typeof v === 'number' ? v : undefined
}

/** True when `v` is a Ruby Float (a LiquidFloat, or a non-integral / non-finite number). */
export function isRubyFloat (v: unknown): v is LiquidFloat | number {
  return v instanceof LiquidFloat || (typeof v === 'number' && !Number.isInteger(v))
}

/** True when `v` is any Ruby Numeric (Integer or Float). */
export function isRubyNumber (v: unknown): v is LiquidFloat | number {
  return v instanceof LiquidFloat || typeof v === 'number'
}

/** Wraps `n` as a Ruby Float. */
export function toFloat (n: number): LiquidFloat {
  return new LiquidFloat(n)
}

/**
 * Ruby's `Float#to_s`: shortest round-trip digits; fixed notation for
 * 1e-4 <= |x| < 1e15 (always with a fraction part, `5.0`), else `d.ddde+XX`.
 */
export function formatRubyFloat (x: number): string {
  if (Number.isNaN(x)) return 'NaN'
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity'
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0'
  const [mantissa, expText] = Math.abs(x).toExponential().split('e')
  const exp = Number(expText)
  const digits = mantissa.replace('.', '')
  const sign = x < 0 ? '-' : ''
  const decpt = exp + 1
  if (decpt > -4 && decpt < 16) {
    if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`
    if (digits.length <= decpt) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`
    return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`
  }
  const frac = digits.length > 1 ? digits.slice(1) : '0'
  const e = Math.abs(exp)
  return `${sign}${digits[0]}.${frac}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`
}

/** The subset of the `yaml` package's tag shape this module touches. */
interface YamlTagLike { tag: string, resolve?: (...args: never[]) => unknown }

/**
 * For the YAML loader: `customTags: (tags) => withRubyFloats(tags)` makes float
 * scalars with an integral value (`1.0`, `2e3`) load as `LiquidFloat`, so they print
 * `1.0` as in Jekyll. Compose with other customTags transforms (e.g. dropping timestamps).
 */
export function withRubyFloats<T extends YamlTagLike> (tags: T[]): T[] {
  return tags.map((t) => {
    if (t.tag !== 'tag:yaml.org,2002:float' || typeof t.resolve !== 'function') return t
    const resolve = t.resolve as (...args: unknown[]) => unknown
    return {
      ...t,
      resolve: (...args: unknown[]) => {
        const v = resolve(...args)
        if (typeof v === 'number') return Number.isInteger(v) ? new LiquidFloat(v) : v
        // yaml returns a Scalar node for `1.0` (to remember its fraction digits)
        const node = v as { value?: unknown } | null
        if (node && typeof node.value === 'number' && Number.isInteger(node.value)) node.value = new LiquidFloat(node.value)
        return v
      }
    }
  })
}
