/** Pages: files with front matter outside collections (Jekyll's Page). */
import path from 'node:path'
import { BuildError } from '../util/errors.js'
import { log } from '../util/log.js'
import { readFrontMatter } from '../read/front-matter.js'
import { copyString } from '../util/copy-string.js'
import { withSourceText } from './source-text.js'
import { excerptSeparator, extractExcerpt } from './excerpt.js'
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
  /** The encoding `text` was read with from `path`: then the text is not kept (see withSourceText). */
  encoding?: string
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
  if (fm.notAHash) {
    throw new BuildError({
      topic: 'Error',
      message: `Invalid YAML front matter in ${relativePath}: it must be a set of 'key: value' pairs.`,
      file: relativePath,
      line: 2,
      source: input.text,
    })
  }
  if (fm.data.permalink === '') {
    throw new BuildError({
      topic: 'Error',
      message: `Invalid permalink in ${relativePath}: it is empty.`,
      file: relativePath,
      line: lineOf(input.text, /^permalink:/m),
      source: input.text,
      hint: 'Remove the permalink line or give it a value such as /about/.',
    })
  }
  // Jekyll looks defaults up only for keys the front matter lacks (Page#data.default_proc);
  // Liquid sees them deep-merged under the front matter (Page#to_liquid), see PageDrop.
  const defaults = ctx.defaults.all(relativePath, 'pages')
  const data = { ...defaults, ...fm.data }
  const page: Page = withSourceText({
    kind: 'page',
    path: input.path,
    relativePath,
    data,
    content: fm.body,
    bodyLineOffset: fm.bodyLineOffset,
    ext,
    outputExt: ctx.outputExtFor(ext, data.permalink),
    url: '',
    dir: input.dir,
    name: input.name,
    basename,
    defaults,
    frontMatter: fm.data,
  }, input.text, fm.body, input.encoding)
  page.url = pageUrl(page, String(ctx.config.permalink ?? 'date'))
  // Page#generate_excerpt: only with `page_excerpts`, for HTML pages, unless the front matter has an excerpt.
  const separator = excerptSeparator(data, ctx.config)
  const ownExcerpt = data.excerpt !== undefined && data.excerpt !== null && data.excerpt !== false
  if (ctx.config.page_excerpts && separator !== '' && isHtmlPage(page) && !ownExcerpt) {
    page.excerptSource = copyString(extractExcerpt(page.content, separator, relativePath))
  }
  return page
}

function lineOf(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text)
  return match ? text.slice(0, match.index).split('\n').length : undefined
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
