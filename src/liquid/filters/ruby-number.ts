/**
 * Liquid 5.4's number coercion (`Liquid::Utils.to_number`) and the BigDecimal
 * arithmetic its math filters use: Floats become exact decimals of their shortest
 * text (`0.1 + 0.2` is `0.3`), Integers stay integers, results are Floats again.
 */
import { LiquidFloat } from './ruby-float.js'

/** An exact decimal `digits × 10^-scale`, standing in for Ruby's BigDecimal. */
export interface Decimal { readonly kind: 'decimal', readonly digits: bigint, readonly scale: number }
/** A Liquid number: a Ruby Integer (`bigint`) or a BigDecimal. */
export type RubyNum = bigint | Decimal

const FLOAT_STRING = /^-?\d+\.\d+$/

/** Parses decimal text (`-12.5`, `1.5e-7`) into an exact decimal. */
export function decimalFromString (text: string): Decimal {
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim())
  if (!match) throw new Error(`not a decimal: ${text}`)
  const [, sign, int, frac = '', exp = '0'] = match
  let digits = BigInt(`${sign}${int || '0'}${frac}`)
  let scale = frac.length - Number(exp)
  if (scale < 0) { digits *= 10n ** BigInt(-scale); scale = 0 }
  return { kind: 'decimal', digits, scale }
}

/** `BigDecimal(float.to_s)`: the exact decimal of a float's shortest representation. */
export function decimalFromFloat (x: number): Decimal {
  if (!Number.isFinite(x)) throw new Error(`FloatDomainError: ${x}`)
  return decimalFromString(String(x))
}

/** Ruby's `String#to_i`: leading blanks, sign, digits with single underscores; else 0. */
export function rubyStringToInt (text: string): bigint {
  const match = /^[ \t\n\v\f\r]*([+-]?\d+(?:_\d+)*)/.exec(text)
  return match ? BigInt(match[1].replace(/_/g, '')) : 0n
}

/** `Liquid::Utils.to_number`. */
export function toRubyNum (v: unknown): RubyNum {
  if (v instanceof LiquidFloat) return decimalFromFloat(v.value)
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : decimalFromFloat(v)
  if (typeof v === 'bigint') return v
  if (typeof v === 'string') {
    const s = v.trim()
    return FLOAT_STRING.test(s) ? decimalFromString(s) : rubyStringToInt(v)
  }
  return 0n
}

function asDecimal (n: RubyNum): Decimal {
  return typeof n === 'bigint' ? { kind: 'decimal', digits: n, scale: 0 } : n
}

function align (a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale)
  return [a.digits * 10n ** BigInt(scale - a.scale), b.digits * 10n ** BigInt(scale - b.scale), scale]
}

/** Floor division and modulo with the sign of the divisor, as Ruby does. */
function floorDiv (a: bigint, b: bigint): bigint {
  const q = a / b
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q
}

function floorMod (a: bigint, b: bigint): bigint {
  return a - floorDiv(a, b) * b
}

/** Converts a decimal to the nearest JS number (Ruby's `BigDecimal#to_f`). */
export function decimalToNumber (d: Decimal): number {
  const neg = d.digits < 0n
  let s = (neg ? -d.digits : d.digits).toString()
  if (d.scale > 0) {
    s = s.padStart(d.scale + 1, '0')
    s = `${s.slice(0, s.length - d.scale)}.${s.slice(s.length - d.scale)}`
  }
  return Number((neg ? '-' : '') + s)
}

/** Converts a Liquid number result to the value templates see. */
export function fromRubyNum (n: RubyNum): number | LiquidFloat {
  return typeof n === 'bigint' ? Number(n) : new LiquidFloat(decimalToNumber(n))
}

export type Operation = '+' | '-' | '*' | '/' | '%'

/** Liquid's `apply_operation`: Integer op Integer stays Integer, anything else is BigDecimal. */
export function applyOperation (left: RubyNum, right: RubyNum, op: Operation): RubyNum {
  if (typeof left === 'bigint' && typeof right === 'bigint') {
    if ((op === '/' || op === '%') && right === 0n) throw new Error('divided by 0')
    switch (op) {
      case '+': return left + right
      case '-': return left - right
      case '*': return left * right
      case '/': return floorDiv(left, right)
      case '%': return floorMod(left, right)
    }
  }
  const a = asDecimal(left)
  const b = asDecimal(right)
  if (op === '*') return { kind: 'decimal', digits: a.digits * b.digits, scale: a.scale + b.scale }
  const [x, y, scale] = align(a, b)
  if ((op === '/' || op === '%') && y === 0n) throw new Error('divided by 0')
  switch (op) {
    case '+': return { kind: 'decimal', digits: x + y, scale }
    case '-': return { kind: 'decimal', digits: x - y, scale }
    case '%': return { kind: 'decimal', digits: floorMod(x, y), scale }
    default: {
      const precision = 40
      return { kind: 'decimal', digits: (x * 10n ** BigInt(precision)) / y, scale: precision }
    }
  }
}

/** Compares two Liquid numbers (-1, 0, 1). */
export function compareRubyNum (left: RubyNum, right: RubyNum): number {
  const [x, y] = align(asDecimal(left), asDecimal(right))
  return x < y ? -1 : x > y ? 1 : 0
}

/** `Integer#round(digits)` / `BigDecimal#round(digits)` with ROUND_HALF_UP (away from zero). */
export function roundRubyNum (n: RubyNum, digits: number): RubyNum {
  const d = asDecimal(n)
  const keep = digits
  // nothing to cut: a Float rounded to 0 digits or fewer is still an Integer in Ruby (1.0.round is 1)
  if (d.scale <= keep) return keep <= 0 && typeof n !== 'bigint' ? d.digits * 10n ** BigInt(-d.scale) : n
  const unit = 10n ** BigInt(d.scale - keep)
  const abs = d.digits < 0n ? -d.digits : d.digits
  let q = abs / unit
  if ((abs % unit) * 2n >= unit) q += 1n
  const signed = d.digits < 0n ? -q : q
  if (keep <= 0) return signed * 10n ** BigInt(-keep)
  return { kind: 'decimal', digits: signed, scale: keep }
}

/** `ceil`/`floor` of a Liquid number, as an Integer. */
export function ceilFloorRubyNum (n: RubyNum, mode: 'ceil' | 'floor'): bigint {
  if (typeof n === 'bigint') return n
  const unit = 10n ** BigInt(n.scale)
  const q = floorDiv(n.digits, unit)
  return mode === 'floor' || n.digits % unit === 0n ? q : q + 1n
}

/** `abs` of a Liquid number. */
export function absRubyNum (n: RubyNum): RubyNum {
  if (typeof n === 'bigint') return n < 0n ? -n : n
  return { kind: 'decimal', digits: n.digits < 0n ? -n.digits : n.digits, scale: n.scale }
}
