/** `{% link path/to/file.md %}`: the URL (with baseurl) of the page, document or static file at that source path. */
import { type Context, type Emitter, Liquid, Tag, type TagToken, type TopLevelToken } from 'liquidjs'
import { relativeUrlIn, type TagEnvironment } from './site-registers.js'

type TagImplementation = Parameters<Liquid['registerTag']>[1]

export function linkTag(env: TagEnvironment): TagImplementation {
  return class LinkTag extends Tag {
    private readonly markup: string
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid)
      this.markup = token.args.trim()
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const relativePath = this.markup.includes('{{')
        ? ((yield this.liquid.parseAndRender(this.markup, ctx.getAll() as object)) as string).trim()
        : this.markup
      const site = env.site
      const candidates = [
        ...site.pages,
        ...[...site.collections.values()].flatMap((c) => c.docs),
        ...site.staticFiles,
      ]
      for (const item of candidates) {
        const rel = item.kind === 'document' ? sourceRelative(item.path, site.source) : item.relativePath
        if (rel === relativePath || `/${rel}` === relativePath) {
          emitter.write(relativeUrlIn(ctx, item.url))
          return
        }
      }
      throw new Error(`Could not find document '${relativePath}' in tag 'link'.\n\nMake sure the document exists and the path is correct.`)
    }
  }
}

function sourceRelative(absolute: string, source: string): string {
  return absolute.startsWith(`${source}/`) ? absolute.slice(source.length + 1) : absolute
}
