/**
 * Liquid 5.4's strict-mode lexer and parser (Liquid::Lexer, Liquid::Parser), used only to decide
 * whether markup is valid in strict mode and with which message it is not. Errors are
 * LiquidSyntaxError with Liquid's own wording ("Expected end_of_string but found id", …).
 */

export class LiquidSyntaxError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LiquidSyntaxError'
  }
}

type TokenType =
  | 'comparison' | 'string' | 'number' | 'id' | 'dotdot' | 'pipe' | 'dot' | 'colon' | 'comma'
  | 'open_square' | 'close_square' | 'open_round' | 'close_round' | 'question' | 'dash' | 'end_of_string'
type Token = [TokenType, string?]

const SPECIALS: Record<string, TokenType> = {
  '|': 'pipe', '.': 'dot', ':': 'colon', ',': 'comma', '[': 'open_square', ']': 'close_square',
  '(': 'open_round', ')': 'close_round', '?': 'question', '-': 'dash',
}
const SCANNERS: Array<[TokenType, RegExp]> = [
  ['comparison', /==|!=|<>|<=?|>=?|contains(?=\s)/y],
  ['string', /'[^']*'/y],
  ['string', /"[^"]*"/y],
  ['number', /-?\d+(\.\d+)?/y],
  ['id', /[a-zA-Z_][\w-]*\??/y],
  ['dotdot', /\.\./y],
]
const WHITESPACE = /\s*/y

/** Liquid::Lexer#tokenize. */
export function tokenize(input: string): Token[] {
  const out: Token[] = []
  let p = 0
  for (;;) {
    WHITESPACE.lastIndex = p
    WHITESPACE.exec(input)
    p = WHITESPACE.lastIndex
    if (p >= input.length) break
    let token: Token | undefined
    for (const [type, re] of SCANNERS) {
      re.lastIndex = p
      const m = re.exec(input)
      if (m) {
        token = [type, m[0]]
        p += m[0].length
        break
      }
    }
    if (!token) {
      const c = String.fromCodePoint(input.codePointAt(p) as number)
      const special = SPECIALS[c]
      if (!special) throw new LiquidSyntaxError(`Unexpected character ${c}`)
      token = [special, c]
      p += c.length
    }
    out.push(token)
  }
  out.push(['end_of_string'])
  return out
}

/** Ruby's `Array#inspect` of a token, as Liquid prints it in "… is not a valid expression". */
function inspectToken(token: Token): string {
  return token[1] === undefined ? `[:${token[0]}]` : `[:${token[0]}, ${JSON.stringify(token[1])}]`
}

/** Liquid::Parser: consume/look/expression/argument over the lexer's tokens. */
export class RubyParser {
  private readonly tokens: Token[]
  private p = 0

  constructor(input: string) {
    this.tokens = tokenize(input)
  }

  consume(type?: TokenType): string {
    const token = this.tokens[this.p] as Token
    if (type && token[0] !== type) throw new LiquidSyntaxError(`Expected ${type} but found ${token[0]}`)
    this.p++
    return token[1] ?? ''
  }

  consumeIf(type: TokenType): string | false {
    const token = this.tokens[this.p]
    if (!token || token[0] !== type) return false
    this.p++
    return token[1] ?? ''
  }

  id(str: string): string | false {
    const token = this.tokens[this.p]
    if (!token || token[0] !== 'id' || token[1] !== str) return false
    this.p++
    return str
  }

  look(type: TokenType, ahead = 0): boolean {
    const token = this.tokens[this.p + ahead]
    return token !== undefined && token[0] === type
  }

  expression(): string {
    const token = this.tokens[this.p] as Token
    switch (token[0]) {
      case 'id':
        return this.consume() + this.variableLookups()
      case 'open_square': {
        const str = this.consume() + this.expression() + this.consume('close_square')
        return str + this.variableLookups()
      }
      case 'string':
      case 'number':
        return this.consume()
      case 'open_round': {
        this.consume()
        const first = this.expression()
        this.consume('dotdot')
        const last = this.expression()
        this.consume('close_round')
        return `(${first}..${last})`
      }
      default:
        throw new LiquidSyntaxError(`${inspectToken(token)} is not a valid expression`)
    }
  }

  argument(): string {
    let str = ''
    if (this.look('id') && this.look('colon', 1)) str += `${this.consume()}${this.consume()} `
    return str + this.expression()
  }

  private variableLookups(): string {
    let str = ''
    for (;;) {
      if (this.look('open_square')) str += this.consume() + this.expression() + this.consume('close_square')
      else if (this.look('dot')) str += this.consume() + this.consume('id')
      else return str
    }
  }
}

/** Liquid::Variable#strict_parse: `expression (| filter (: arg (, arg)*)?)*`. */
export function strictVariable(markup: string): void {
  const p = new RubyParser(markup)
  if (p.look('end_of_string')) return
  p.expression()
  while (p.consumeIf('pipe') !== false) {
    p.consume('id')
    if (p.consumeIf('colon') !== false) {
      p.argument()
      while (p.consumeIf('comma') !== false) p.argument()
    }
  }
  p.consume('end_of_string')
}

/** Liquid::If#strict_parse: comparisons joined by `and`/`or`. */
export function strictCondition(markup: string): void {
  const p = new RubyParser(markup)
  const comparison = () => {
    p.expression()
    if (p.consumeIf('comparison') !== false) p.expression()
  }
  comparison()
  while (p.id('and') || p.id('or')) comparison()
  p.consume('end_of_string')
}

/**
 * Jekyll's `where_exp`/`find_exp` condition (Filters#parse_condition): parsed strictly, its operands read by
 * Liquid::Expression.parse, where `empty` and `blank` are the empty string (not Liquid's method literals).
 * Returns the condition as liquidjs markup.
 */
export function jekyllCondition(markup: string): string {
  const p = new RubyParser(markup)
  const operand = () => {
    const e = p.expression()
    return e === 'empty' || e === 'blank' ? '""' : e
  }
  const comparison = () => {
    const left = operand()
    const op = p.consumeIf('comparison')
    return op === false ? left : `${left} ${op} ${operand()}`
  }
  const parts = [comparison()]
  for (let op = p.id('and') || p.id('or'); op; op = p.id('and') || p.id('or')) parts.push(op, comparison())
  p.consume('end_of_string')
  return parts.join(' ')
}

/** Liquid::For#strict_parse: `var in collection [reversed] [limit: x] [offset: y]`. */
export function strictFor(markup: string): void {
  const p = new RubyParser(markup)
  p.consume('id')
  if (!p.id('in')) throw new LiquidSyntaxError("For loops require an 'in' clause")
  p.expression()
  p.id('reversed')
  while (p.look('id') && p.look('colon', 1)) {
    if (!(p.id('limit') || p.id('offset'))) throw new LiquidSyntaxError('Invalid attribute in for loop. Valid attributes are limit and offset')
    p.consume()
    p.expression()
  }
  p.consume('end_of_string')
}
