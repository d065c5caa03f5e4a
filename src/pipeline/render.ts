/** Stage 4: render every document (collections in order, posts first), then every page (Jekyll's Site#render). */
import { Renderer } from '../render/renderer.js'
import type { Renderable, Site } from '../site/types.js'
import type { BuildContext } from './context.js'

export function render(ctx: BuildContext): void {
  const renderer = new Renderer({ site: ctx.site, converters: ctx.converters, environment: ctx.environment, stats: ctx.renderStats, plugins: ctx.plugins })
  ctx.renderer = renderer
  const items = renderOrder(ctx.site)
  items.forEach((item, i) => {
    renderer.render(item)
    ctx.onRendered?.(i + 1, items.length)
  })
}

/** Jekyll's render order: every collection's documents (posts first), then the pages. */
export function renderOrder(site: Site): Renderable[] {
  return [...[...site.collections.values()].flatMap((collection) => collection.docs), ...site.pages]
}
