/** Liquid's `{% ifchanged %}…{% endifchanged %}`: outputs its body only when it differs from the last output of any ifchanged in this render. */
import { type Context, type Emitter, Liquid, type Parser, Tag, type TagToken, type Template, type TopLevelToken } from 'liquidjs'

const REGISTER = 'ifchanged'

export class IfchangedTag extends Tag {
  private readonly templates: Template[] = []

  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remain, liquid)
    while (remain.length) {
      const next = remain.shift() as TopLevelToken
      if ((next as TagToken).name === 'endifchanged') return
      this.templates.push(parser.parseToken(next, remain))
    }
    throw new Error(`'ifchanged' tag was never closed`)
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const output = (yield this.liquid.renderer.renderTemplates(this.templates, ctx)) as string
    if (ctx.getRegister<string | undefined>(REGISTER) !== output) {
      ctx.setRegister(REGISTER, output)
      emitter.write(output)
    }
  }
}
