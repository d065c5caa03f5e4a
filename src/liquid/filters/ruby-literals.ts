/**
 * Makes liquidjs read literals as Ruby Liquid 5.4 does:
 * - `10.0` (a number literal with a decimal point) is a Float → `LiquidFloat`;
 * - quoted strings have no escape sequences: `"a\b"` is the three characters a, \, b,
 *   and the string ends at the next matching quote.
 * Both patch liquidjs's `Tokenizer.prototype` once per process (idempotent), so they
 * affect every Liquid instance; templates parsed before the call are unaffected.
 */
import { Tokenizer } from 'liquidjs'
import { LiquidFloat } from './ruby-float.js'

interface TokenLike { content: unknown, begin: number, end: number, input: string, getText: () => string }
interface TokenizerLike { p: number, input: string }
type Reader = (this: TokenizerLike) => TokenLike | undefined

let patched = false

/** Installs the literal patches (see module doc). */
export function enableRubyLiterals (): void {
  if (patched) return
  patched = true
  const proto = Tokenizer.prototype as unknown as { readNumber: Reader, readQuoted: Reader }

  const readNumber = proto.readNumber
  proto.readNumber = function (this: TokenizerLike) {
    const token = readNumber.call(this)
    if (token && typeof token.content === 'number' && token.getText().includes('.')) {
      token.content = new LiquidFloat(token.content)
    }
    return token
  }

  const readQuoted = proto.readQuoted
  proto.readQuoted = function (this: TokenizerLike) {
    const token = readQuoted.call(this)
    if (!token) return token
    const quote = token.input[token.begin]
    const close = token.input.indexOf(quote, token.begin + 1)
    if (close !== -1 && close + 1 !== token.end) {
      token.end = close + 1
      this.p = close + 1
    }
    const text = token.input.slice(token.begin, token.end)
    token.content = text.length >= 2 && text.endsWith(quote) ? text.slice(1, -1) : text.slice(1)
    return token
  }
}
