/** The site as tags see it: given to tag classes when the engine is created (liquidjs has no per-render registers). */
import type { Context } from 'liquidjs'
import type { Site } from '../../site/types.js'
import type { FilterContext } from '../filters/filter-context.js'
import { relativeUrl } from '../filters/url.js'

export interface TagEnvironment {
  site: Site
}

/** `relative_url` of a URL path, with the baseurl of the render context. */
export function relativeUrlIn(ctx: Context, url: string): string {
  return String(relativeUrl.call({ context: ctx } as unknown as FilterContext, url))
}
