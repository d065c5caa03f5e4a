/**
 * Whitespace control (`{%-`, `-%}`, `{{-`, `-}}`) as Ruby does it: `String#rstrip`/`lstrip` remove only
 * ASCII whitespace and NUL, so a no-break space next to a `-` stays (liquidjs trims every Unicode space).
 * Patches `Tokenizer.prototype.readTopLevelTokens` once per process, like the other Ruby patches.
 */
import { type Token, TokenKind, Tokenizer } from 'liquidjs'

interface Delimited { kind: number; trimLeft: boolean; trimRight: boolean; name?: string }
interface Html { kind: number; input: string; begin: number; end: number; trimLeft: number; trimRight: number }
type Reader = (this: Tokenizer, options: unknown) => Token

const RUBY_SPACE = new Set([0, 9, 10, 11, 12, 13, 32])
const DELIMITED = TokenKind.Tag | TokenKind.Output

let patched = false

export function enableRubyWhitespaceControl(): void {
  if (patched) return
  patched = true
  const proto = Tokenizer.prototype as unknown as { readTopLevelTokens: unknown; readTopLevelToken: Reader; p: number; N: number }
  proto.readTopLevelTokens = function readTopLevelTokens(this: Tokenizer & { p: number; N: number }, options: unknown): Token[] {
    const tokens: Token[] = []
    while (this.p < this.N) tokens.push((proto.readTopLevelToken as Reader).call(this, options))
    let inRaw = false
    tokens.forEach((token, i) => {
      const t = token as unknown as Delimited
      if (!(t.kind & DELIMITED)) return
      if (!inRaw && t.trimLeft) rstrip(tokens[i - 1])
      if (t.kind === TokenKind.Tag && t.name === 'raw') inRaw = true
      else if (t.kind === TokenKind.Tag && t.name === 'endraw') inRaw = false
      if (!inRaw && t.trimRight) lstrip(tokens[i + 1])
    })
    return tokens
  }
}

function rstrip(token: Token | undefined): void {
  const t = token as unknown as Html | undefined
  if (!t || t.kind !== TokenKind.HTML) return
  while (t.end - t.trimRight > t.begin + t.trimLeft && RUBY_SPACE.has(t.input.charCodeAt(t.end - 1 - t.trimRight))) t.trimRight++
}

function lstrip(token: Token | undefined): void {
  const t = token as unknown as Html | undefined
  if (!t || t.kind !== TokenKind.HTML) return
  while (t.begin + t.trimLeft < t.end - t.trimRight && RUBY_SPACE.has(t.input.charCodeAt(t.begin + t.trimLeft))) t.trimLeft++
}
