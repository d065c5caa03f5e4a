/**
 * `{% link path/to/file.md %}`: the URL (with baseurl) of the page, document or static file at that
 * source path. The markup is Liquid (`{% link {{ page.target }} %}`), rendered in the caller's context.
 */
import { type Context, type Emitter, Liquid, Tag, type TagToken, type Template, type TopLevelToken } from 'liquidjs'
import type { Site } from '../../site/types.js'
import { relativeUrlIn, type TagEnvironment } from './site-registers.js'

type TagImplementation = Parameters<Liquid['registerTag']>[1]

export function linkTag(env: TagEnvironment): TagImplementation {
  return class LinkTag extends Tag {
    private readonly markup: Template[]
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid)
      this.markup = liquid.parse(token.args.trim(), token.file)
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const relativePath = (yield this.liquid.renderer.renderTemplates(this.markup, ctx)) as string
      const withSlash = relativePath.startsWith('/') ? relativePath : `/${relativePath}`
      for (const [itemPath, url] of siteFiles(env.site)) {
        if (itemPath === relativePath || itemPath === withSlash) {
          emitter.write(relativeUrlIn(ctx, url))
          return
        }
      }
      throw new Error(`Could not find document '${relativePath}' in tag 'link'.\n\nMake sure the document exists and the path is correct.\n`)
    }
  }
}

/**
 * Jekyll's `site.each_site_file` as (relative_path, url) pairs: pages, static files that are written
 * (with Jekyll's leading `/`), then documents of output collections (relative to `collections_dir`).
 */
function* siteFiles(site: Site): Generator<[string, string]> {
  for (const page of site.pages) yield [page.relativePath, page.url]
  const writes = (label: string | undefined) => label === undefined || site.collections.get(label)?.output !== false
  for (const file of site.staticFiles) {
    if (writes(file.collection) && file.data.published !== false) yield [`/${file.relativePath}`, file.url]
  }
  for (const collection of site.collections.values()) {
    if (collection.output) for (const doc of collection.docs) yield [doc.relativePath, doc.url]
  }
}
