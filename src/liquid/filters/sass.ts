/**
 * Jekyll's `scssify` and `sassify` filters: the string compiled with the site's Sass settings (`sass:` config,
 * `_sass`, the theme's `_sass`), without a source map. Settings come from the render context's `site`.
 */
import type { Liquid } from 'liquidjs'
import { convertSass } from '../../markup/sass/converter.js'
import { sassSettings, type SassSettings } from '../../markup/sass/settings.js'
import { findTheme } from '../../theme/resolve.js'
import type { FilterContext } from './filter-context.js'
import { liquidValue, rubyToS } from './ruby-inspect.js'

const settingsCache = new Map<string, SassSettings>()

function siteValue(ctx: FilterContext, key: string): unknown {
  return liquidValue(ctx.context.getSync(['site', key]))
}

function settingsFor(ctx: FilterContext): SassSettings {
  const source = String(siteValue(ctx, 'source') ?? process.cwd())
  const config = { sass: siteValue(ctx, 'sass'), safe: siteValue(ctx, 'safe') }
  const theme = siteValue(ctx, 'theme')
  const themeDir = siteValue(ctx, 'theme_dir')
  const key = JSON.stringify([source, config, theme, themeDir])
  let settings = settingsCache.get(key)
  if (!settings) {
    const themeSassPath = typeof theme === 'string' ? findTheme(theme, { source, themeDir })?.sassPath : undefined
    settings = sassSettings({ source, config, themeSassPath })
    settingsCache.set(key, settings)
  }
  return settings
}

function convert(ctx: FilterContext, input: unknown, syntax: 'scss' | 'sass'): string {
  return `${convertSass(rubyToS(input), syntax, settingsFor(ctx)).css}\n`
}

/** Registers scssify and sassify. */
export function registerSassFilters(liquid: Liquid): void {
  liquid.registerFilter('scssify', function (this: FilterContext, input: unknown) {
    return convert(this, input, 'scss')
  })
  liquid.registerFilter('sassify', function (this: FilterContext, input: unknown) {
    return convert(this, input, 'sass')
  })
}
