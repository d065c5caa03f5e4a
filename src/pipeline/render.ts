/** Stage 4: render every document (collections in order, posts first), then every page (Jekyll's Site#render). */
import { Renderer } from '../render/renderer.js'
import type { BuildContext } from './context.js'

export function render(ctx: BuildContext): void {
  const renderer = new Renderer({ site: ctx.site, converters: ctx.converters, environment: ctx.environment })
  ctx.renderer = renderer
  for (const collection of ctx.site.collections.values()) {
    for (const doc of collection.docs) renderer.render(doc)
  }
  for (const page of ctx.site.pages) renderer.render(page)
}
