/** Stage 4: render every document (collections in order, posts first), then every page (Jekyll's Site#render). */
import { Renderer } from '../render/renderer.js'
import type { BuildContext } from './context.js'

export function render(ctx: BuildContext): void {
  const renderer = new Renderer({ site: ctx.site, converters: ctx.converters, environment: ctx.environment, stats: ctx.renderStats, plugins: ctx.plugins })
  ctx.renderer = renderer
  const total = ctx.onRendered ? [...ctx.site.collections.values()].reduce((n, c) => n + c.docs.length, ctx.site.pages.length) : 0
  let done = 0
  for (const collection of ctx.site.collections.values()) {
    for (const doc of collection.docs) {
      renderer.render(doc)
      ctx.onRendered?.(++done, total)
    }
  }
  for (const page of ctx.site.pages) {
    renderer.render(page)
    ctx.onRendered?.(++done, total)
  }
}
