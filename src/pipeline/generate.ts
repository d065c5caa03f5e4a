/** Stage 3: generators add pages and documents (pagination, feeds, plugins). None are built in yet. */
import type { BuildContext } from './context.js'

export type Generator = (ctx: BuildContext) => void | Promise<void>

export async function generate(ctx: BuildContext, generators: Generator[] = []): Promise<void> {
  for (const generator of generators) await generator(ctx)
}
