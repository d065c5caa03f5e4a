/**
 * `{% highlight lang [linenos] %}…{% endhighlight %}`: Rouge's figure markup. As in Jekyll (a Liquid
 * block), the body is rendered as Liquid first; leading and trailing line breaks are then dropped.
 */
import { type Context, type Emitter, Liquid, type Parser, Tag, type TagToken, type Template, type TopLevelToken } from 'liquidjs'
import { renderHighlightTag } from '../../highlight/index.js'
import { escapeHtml } from '../filters/escape.js'
import type { TagEnvironment } from './site-registers.js'

type TagImplementation = Parameters<Liquid['registerTag']>[1]

const SYNTAX = /^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$/
const OPTION = /(?:\w="[^"]*"|\w=\w|\w)+/g

/** Jekyll's option parsing: `key`, `key=value`, `key="1 2"` (a list); bare `linenos` means "inline". */
export function parseHighlightOptions(input: string): Record<string, string | string[] | true> {
  const options: Record<string, string | string[] | true> = {}
  for (const opt of input.match(OPTION) ?? []) {
    const [key, value] = opt.split('=') as [string, string | undefined]
    options[key] = value === undefined ? true : value.includes('"') ? value.replace(/"/g, '').trim().split(/\s+/).filter(Boolean) : value
  }
  if (options.linenos === true) options.linenos = 'inline'
  return options
}

export function highlightTag(env: TagEnvironment): TagImplementation {
  return class HighlightTag extends Tag {
    private readonly lang: string
    private readonly options: Record<string, string | string[] | true>
    private readonly body: Template[] = []

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remain, liquid)
      const m = SYNTAX.exec(token.args.trim())
      if (!m) {
        throw new Error(
          `Syntax Error in tag 'highlight' while parsing the following markup:\n\n${token.args}\n\nValid syntax: highlight <lang> [linenos]\n`,
        )
      }
      this.lang = (m[1] as string).toLowerCase()
      this.options = parseHighlightOptions(m[2] ?? '')
      while (remain.length) {
        const next = remain.shift() as TopLevelToken
        if ((next as TagToken).name === 'endhighlight') return
        this.body.push(parser.parseToken(next, remain))
      }
      throw new Error(`'highlight' tag was never closed`)
    }

    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const scope = ctx.environments as Record<string, unknown>
      const prefix = (scope.highlighter_prefix as string | undefined) ?? ''
      const suffix = (scope.highlighter_suffix as string | undefined) ?? ''
      const rendered = (yield this.liquid.renderer.renderTemplates(this.body, ctx)) as string
      const code = rendered.replace(/^[\n\r]+|[\n\r]+$/g, '')
      const highlighter = env.site.config.highlighter
      const html = highlighter === 'rouge' || highlighter === 'pygments' || highlighter === undefined
        ? renderHighlightTag(code, this.lang, { linenos: this.options.linenos as string | undefined })
        : plainFigure(code, this.lang)
      emitter.write(prefix + html + suffix)
    }
  }
}

/** Jekyll without Rouge (`highlighter:` set to something else): the HTML-escaped, stripped code in the figure. */
function plainFigure(code: string, lang: string): string {
  return `<figure class="highlight"><pre><code class="language-${lang.replace(/\+/g, '-')}" data-lang="${lang}">${escapeHtml(code).replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '')}</code></pre></figure>`
}
