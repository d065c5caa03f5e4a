/** `{% highlight lang [linenos] %}…{% endhighlight %}`: Rouge's figure markup; the body is not Liquid-rendered. */
import { type Context, type Emitter, Liquid, Tag, type TagToken, type TopLevelToken } from 'liquidjs'
import { renderHighlightTag } from '../../highlight/index.js'

const SYNTAX = /^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$/

export class HighlightTag extends Tag {
  private readonly lang: string
  private readonly options: Record<string, string | boolean>
  private readonly code: string

  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid)
    const markup = token.args.trim()
    const m = SYNTAX.exec(markup)
    if (!m) {
      throw new Error(
        `Syntax Error in tag 'highlight' while parsing the following markup:\n\n  ${markup}\n\nValid syntax: highlight <lang> [linenos]`,
      )
    }
    this.lang = (m[1] as string).toLowerCase()
    this.options = {}
    for (const opt of (m[2] ?? '').trim().split(/\s+(?=\w+(?:=|\s|$))/).filter(Boolean)) {
      const [key, value] = opt.split('=')
      this.options[key as string] = value === undefined ? true : value.replace(/^"|"$/g, '')
    }
    let code = ''
    let closed = false
    while (remain.length) {
      const next = remain.shift() as TopLevelToken
      if ((next as TagToken).name === 'endhighlight') {
        closed = true
        break
      }
      code += next.getText()
    }
    if (!closed) throw new Error(`tag ${token.getText()} not closed`)
    this.code = code.replace(/^(\r?\n)+|(\r?\n)+$/g, '')
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const prefix = (ctx.getSync(['highlighter_prefix']) as string | undefined) ?? ''
    const suffix = (ctx.getSync(['highlighter_suffix']) as string | undefined) ?? ''
    emitter.write(prefix + renderHighlightTag(this.code, this.lang, { linenos: this.options.linenos as boolean | string | undefined }) + suffix)
  }
}
