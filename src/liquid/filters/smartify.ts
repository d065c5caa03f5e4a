/** Jekyll's `smartify` filter: the SmartyPants converter (typographic quotes, dashes, ellipses) on a string. */
import type { SiteConfig } from '../../config/load.js'
import { createSmartyPants } from '../../markup/smartypants.js'
import { rubyToS } from './ruby-inspect.js'

export function smartifyFilter(config: SiteConfig): (input: unknown) => string {
  let convert: ((input: string) => string) | undefined
  return (input) => {
    convert ??= createSmartyPants(config)
    return convert(rubyToS(input))
  }
}
