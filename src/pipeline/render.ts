/** Stage 4: render every document (collections in order, posts first), then every page (Jekyll's Site#render). */
import { BUILTIN_PLUGINS } from '../plugins/builtin/index.js'
import type { ConversionWorkers } from '../render/conversion-workers.js'
import { Renderer, renderWithLiquid } from '../render/renderer.js'
import type { Renderable, Site } from '../site/types.js'
import { log } from '../util/log.js'
import { limitHeapGrowth } from './memory.js'
import type { BuildContext } from './context.js'

export async function render(ctx: BuildContext): Promise<void> {
  const renderer = new Renderer({ site: ctx.site, converters: ctx.converters, environment: ctx.environment, stats: ctx.renderStats, plugins: ctx.plugins })
  ctx.renderer = renderer
  const items = renderOrder(ctx.site)
  if (ctx.ownsProcess) limitHeapGrowth(items.length)
  const workers = assignConversionWorkers(ctx, items)
  try {
    for (let i = 0; i < items.length; i++) {
      if (workers) await workers.before(i)
      renderer.render(items[i] as Renderable)
      ctx.onRendered?.(i + 1, items.length)
    }
  } finally {
    ctx.convertedAhead = workers?.converted ?? 0
    if (workers) log.debug('Rendering:', `${ctx.convertedAhead} Markdown conversions done ahead by ${ctx.threads} thread(s)`)
    await ctx.conversionWorkers?.close()
    ctx.conversionCache?.clearPrimed()
  }
}

/** Jekyll's render order: every collection's documents (posts first), then the pages. */
export function renderOrder(site: Site): Renderable[] {
  return [...[...site.collections.values()].flatMap((collection) => collection.docs), ...site.pages]
}

/**
 * Hands the build's conversion threads (started by runBuild) the Markdown of this render, when it is worth
 * it (the render stage stops them when it ends, used or not). Inputs are guessed by a second renderer,
 * which runs Liquid only when every plugin is a built-in one (a third-party tag could count its calls).
 */
function assignConversionWorkers(ctx: BuildContext, items: Renderable[]): ConversionWorkers | undefined {
  const workers = ctx.conversionWorkers
  const cache = ctx.conversionCache
  if (!workers || !cache) return undefined
  const liquidIsPure = (ctx.plugins?.loaded ?? []).every((name) => Object.hasOwn(BUILTIN_PLUGINS, name))
  let guesser: Renderer | undefined
  const assigned = workers.assign({
    items,
    converters: ctx.converters,
    cache,
    waitForThreads: ctx.waitForThreads,
    guessInput: (item) => {
      if (!renderWithLiquid(item, item.content)) return item.content
      if (!liquidIsPure) return undefined
      guesser ??= new Renderer({ site: ctx.site, converters: ctx.converters, environment: ctx.environment, plugins: ctx.plugins })
      return guesser.conversionInput(item)
    },
  })
  return assigned ? workers : undefined
}
