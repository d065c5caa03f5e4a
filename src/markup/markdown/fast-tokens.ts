/**
 * Speed: markdown-it 15's published build sets every class field through a `_defineProperty` helper, 13
 * calls per token and 12 per inline state, about 6% of a build's time. This gives one markdown-it instance
 * token and state constructors that set the same fields, in the same order, with the same prototypes (so
 * `instanceof`, the `attr*` methods and every rule see what they saw), and `push` methods that do what
 * markdown-it's do with them. test/unit/markdown-fast-tokens.test.ts compares the token streams.
 */
import type { Delimiter, MarkdownIt, StateInline, Token } from 'markdown-it'

type Nesting = Token['nesting']

type TokenConstructor = new (type: string, tag: string, nesting: Nesting) => Token
type Fields = Record<string, unknown>

export function installFastTokens(md: MarkdownIt): void {
  const core = md.core.State
  const BaseToken = (new core('', md, {}) as unknown as { Token: TokenConstructor }).Token
  const FastToken = function FastToken(this: Fields, type: string, tag: string, nesting: number) {
    this.map = null
    this.level = 0
    this.children = null
    this.content = ''
    this.markup = ''
    this.info = ''
    this.block = false
    this.hidden = false
    this.type = type
    this.tag = tag
    this.attrs = null
    this.nesting = nesting
    this.meta = null
  } as unknown as TokenConstructor
  FastToken.prototype = BaseToken.prototype

  const BaseBlock = md.block.State
  class FastStateBlock extends BaseBlock {
    constructor(...args: ConstructorParameters<typeof BaseBlock>) {
      super(...args)
      this.Token = FastToken as unknown as typeof Token
    }

    override push(type: string, tag: string, nesting: Nesting): Token {
      const token = new FastToken(type, tag, nesting)
      token.block = true
      if (nesting < 0) this.level--
      token.level = this.level
      if (nesting > 0) this.level++
      this.tokens.push(token)
      return token
    }
  }
  md.block.State = FastStateBlock

  const BaseInline = md.inline.State
  const FastStateInline = function FastStateInline(this: Fields, src: string, imd: MarkdownIt, env: unknown, outTokens: Token[]) {
    this.pos = 0
    this.level = 0
    this.pending = ''
    this.pendingLevel = 0
    this.cache = {}
    this.backticks = {}
    this.backticksScanned = false
    this.skipHtmlSpecial = false
    this.linkLevel = 0
    this.delimiters = []
    this._prev_delimiters = []
    this.Token = FastToken
    this.src = src
    this.env = env
    this.md = imd
    this.tokens = outTokens
    this.tokens_meta = Array(outTokens.length)
    this.posMax = src.length
  } as unknown as typeof BaseInline
  const inlineProto = Object.create(BaseInline.prototype) as StateInline
  inlineProto.pushPending = function pushPending(this: StateInline): Token {
    const token = new FastToken('text', '', 0)
    token.content = this.pending
    token.level = this.pendingLevel
    this.tokens.push(token)
    this.pending = ''
    return token
  }
  inlineProto.push = function push(this: StateInline, type: string, tag: string, nesting: Nesting): Token {
    if (this.pending) this.pushPending()
    const token = new FastToken(type, tag, nesting)
    let meta: StateInline['tokens_meta'][number]
    if (nesting < 0) {
      this.level--
      this.delimiters = this._prev_delimiters.pop() as Delimiter[]
    }
    token.level = this.level
    if (nesting > 0) {
      this.level++
      this._prev_delimiters.push(this.delimiters)
      this.delimiters = []
      meta = { delimiters: this.delimiters }
    }
    this.pendingLevel = this.level
    this.tokens.push(token)
    this.tokens_meta.push(meta)
    return token
  }
  Object.defineProperty(inlineProto, 'constructor', { value: FastStateInline, writable: true, configurable: true })
  FastStateInline.prototype = inlineProto
  md.inline.State = FastStateInline

  const BaseCore = md.core.State
  class FastStateCore extends BaseCore {
    constructor(...args: ConstructorParameters<typeof BaseCore>) {
      super(...args)
      this.Token = FastToken as unknown as typeof Token
    }
  }
  md.core.State = FastStateCore
}
