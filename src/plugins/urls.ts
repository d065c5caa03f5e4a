/** `relative_url` and `absolute_url` outside a render (generators), with the same rules as the Liquid filters. */
import type { SiteConfig } from '../config/load.js'
import type { FilterContext } from '../liquid/filters/filter-context.js'
import { absoluteUrl, relativeUrl } from '../liquid/filters/url.js'

/** A filter `this` whose `site.*` lookups read the configuration. */
function configContext(config: SiteConfig): FilterContext {
  const context = { getSync: (keys: unknown[]) => (keys[0] === 'site' ? config[String(keys[1])] : undefined) }
  return { context } as unknown as FilterContext
}

export function siteRelativeUrl(config: SiteConfig, url: string): string {
  return String(relativeUrl.call(configContext(config), url))
}

export function siteAbsoluteUrl(config: SiteConfig, url: string): string {
  return String(absoluteUrl.call(configContext(config), url))
}
