/**
 * The Scss and Sass converters (jekyll-sass-converter): `.scss`/`.sass` pages with front matter become `.css`.
 * When a page is converted, a source map page is added to the site per `sass.sourcemap` (documents, the
 * `scssify`/`sassify` filters and other callers without a page get none, as in Jekyll).
 */
import path from 'node:path'
import type { Renderable, Site } from '../../site/types.js'
import type { Converter } from '../converter.js'
import { compileSass, type SassInputFile } from './compile.js'
import { type SassSettings, sassSettings, sourcemapRequired } from './settings.js'
import { createSourceMapPage, sourceMapUrl } from './source-map-page.js'

const BYTE_ORDER_MARK = /^\uFEFF/

export interface SassConverterOptions {
  site: Site
  /** `jekyll.environment`, for `sourcemap: development`. */
  environment: string
}

/** Settings for a site, read once per build. */
export function siteSassSettings(site: Site): SassSettings {
  return sassSettings({ source: site.source, config: site.config, themeSassPath: site.theme?.sassPath })
}

/** Converts one string; used by the converters and the filters. */
export function convertSass(content: string, syntax: 'scss' | 'sass', settings: SassSettings, file?: SassInputFile, sourceMap = false): { css: string; sourceMap?: Record<string, unknown> } {
  const converterName = syntax === 'sass' ? 'Jekyll::Converters::Sass' : 'Jekyll::Converters::Scss'
  const out = compileSass({ content, syntax, settings, file, sourceMap, converterName })
  const css = out.css.replace(BYTE_ORDER_MARK, settings.addCharset ? '@charset "UTF-8";' : '')
  return { css, sourceMap: out.sourceMap }
}

export function createSassConverters({ site, environment }: SassConverterOptions): Converter[] {
  let settings: SassSettings | undefined
  const make = (syntax: 'scss' | 'sass'): Converter => ({
    name: syntax === 'sass' ? 'Sass' : 'Scss',
    priority: -10,
    matches: (ext) => ext.toLowerCase() === `.${syntax}`,
    outputExt: () => '.css',
    convert(content: string, item?: Renderable): string {
      settings ??= siteSassSettings(site)
      const page = item?.kind === 'page' ? item : undefined
      const withMap = page !== undefined && sourcemapRequired(settings.sourcemap, environment)
      const file: SassInputFile | undefined = item && {
        path: item.path,
        relativePath: item.relativePath,
        sourceText: item.sourceText,
        lineOffset: item.bodyLineOffset,
      }
      const out = convertSass(content, syntax, settings, file, withMap)
      if (!page || !withMap || !out.sourceMap) return `${out.css}\n`
      const mapPage = createSourceMapPage(page, { ...out.sourceMap, file: encodeURI(path.posix.basename(page.url.endsWith('/') ? `${page.basename}.css` : page.url)) })
      const existing = site.pages.findIndex((p) => p.url === mapPage.url && p.ext === '.map')
      if (existing === -1) site.pages.push(mapPage)
      else site.pages[existing] = mapPage
      return `${out.css}\n\n/*# sourceMappingURL=${encodeURI(path.posix.basename(sourceMapUrl(page)))} */`
    },
  })
  return [make('scss'), make('sass')]
}
