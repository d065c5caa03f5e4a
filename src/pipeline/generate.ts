/** Stage 3: generators add pages and documents (pagination, feeds, plugins), highest priority first. */
import { pluginSite } from '../plugins/lifecycle.js'
import type { BuildContext } from './context.js'

export type Generator = (ctx: BuildContext) => void | Promise<void>

/** Runs the plugins' generators by priority, then any `extra` generators given by the caller. */
export async function generate(ctx: BuildContext, extra: Generator[] = []): Promise<void> {
  for (const generator of ctx.plugins?.generators ?? []) await generator.generate(pluginSite(ctx))
  for (const generator of extra) await generator(ctx)
}
