/**
 * The `.css.map` page written next to a compiled Sass page (jekyll-sass-converter's SourceMapPage): same folder
 * and front matter, no Liquid, no layout. Its URL is the CSS page's URL plus `.map`, so a CSS page with a
 * `permalink` keeps its CSS (Jekyll would write the map over it) and the `sourceMappingURL` comment points at it.
 */
import type { Page } from '../../site/types.js'

/** `/assets/main.css` → `/assets/main.css.map`; a folder URL gets `<basename>.css.map`. */
export function sourceMapUrl(cssPage: Page): string {
  return cssPage.url.endsWith('/') ? `${cssPage.url}${cssPage.basename}.css.map` : `${cssPage.url}.map`
}

export function createSourceMapPage(cssPage: Page, map: Record<string, unknown>): Page {
  const name = `${cssPage.basename}.css.map`
  const content = JSON.stringify(map)
  return {
    ...cssPage,
    path: cssPage.path.slice(0, cssPage.path.length - cssPage.name.length) + name,
    relativePath: [cssPage.dir, name].filter(Boolean).join('/'),
    data: { ...cssPage.data, layout: null, render_with_liquid: false },
    content,
    bodyLineOffset: 0,
    ext: '.map',
    outputExt: '.map',
    url: sourceMapUrl(cssPage),
    sourceText: content,
    name,
    basename: `${cssPage.basename}.css`,
    output: content,
  }
}
