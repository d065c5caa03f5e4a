/** Pages: files with front matter outside collections (Jekyll's Page). */
import path from 'node:path'
import { log } from '../util/log.js'
import { readFrontMatter } from '../read/front-matter.js'
import { addPermalinkSuffix, generateUrl } from './url.js'
import type { Page } from './types.js'
import type { SiteContext } from './site-context.js'

const HTML_EXTENSIONS = new Set(['.html', '.xhtml', '.htm'])

export interface PageInput {
  path: string
  /** Directory relative to the source ('' for the root, 'about/team' for nested). */
  dir: string
  name: string
  text: string
}

export function createPage(input: PageInput, ctx: SiteContext): Page {
  const ext = path.extname(input.name)
  const basename = input.name.slice(0, input.name.length - ext.length).replace(/\.*$/, '')
  const relativePath = [input.dir, input.name].filter(Boolean).join('/')
  const fm = readFrontMatter(input.text, relativePath)
  if (fm.error) {
    log.warn('YAML Exception', `reading ${input.path}: ${fm.error.message}`)
    if (ctx.config.strict_front_matter) throw fm.error
  }
  // Jekyll looks defaults up only for keys the front matter lacks (Page#data.default_proc).
  const data = { ...ctx.defaults.all(relativePath, 'pages'), ...fm.data }
  const page: Page = {
    kind: 'page',
    path: input.path,
    relativePath,
    data,
    content: fm.body,
    bodyLineOffset: fm.bodyLineOffset,
    ext,
    outputExt: ctx.outputExtFor(ext, data.permalink),
    url: '',
    sourceText: input.text,
    dir: input.dir,
    name: input.name,
    basename,
  }
  page.url = pageUrl(page, String(ctx.config.permalink ?? 'date'))
  return page
}

export function isHtmlPage(page: Page): boolean {
  return HTML_EXTENSIONS.has(page.outputExt)
}

/** Jekyll's Page#template and #url. */
export function pageUrl(page: Page, permalinkStyle: string): string {
  const template = !isHtmlPage(page)
    ? '/:path/:basename:output_ext'
    : page.basename === 'index'
      ? '/:path/'
      : addPermalinkSuffix('/:path/:basename', permalinkStyle)
  const permalink = page.data.permalink
  return generateUrl({
    template,
    placeholders: { path: page.dir, basename: page.basename, output_ext: page.outputExt },
    permalink: typeof permalink === 'string' ? permalink : null,
    placeholderStyle: 'hash',
  })
}
