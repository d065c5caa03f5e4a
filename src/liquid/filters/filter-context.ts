/** The `this` that liquidjs gives a filter function. */
import type { Context, Liquid } from 'liquidjs'

/** What a filter sees as `this`: the render context and the engine. */
export interface FilterContext {
  context: Context
  liquid: Liquid
}
