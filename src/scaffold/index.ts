/**
 * `utterson new`: writes a working blog (or, with `blank`, a bare skeleton) from Utterson's own starter
 * templates. Like Jekyll, refuses a folder that has files in it unless `force` is set.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { formatRubyTime } from './ruby-time.js'
import { BLANK_CONFIG, BLANK_FOLDERS, BLANK_INDEX, BLANK_LAYOUT, BLANK_STYLESHEET } from './blank-site.js'
import { layersDiagram, pipelineDiagram } from './diagrams.js'
import { DEFAULT_LAYOUT, FOOTER_INCLUDE, HEAD_INCLUDE, HEADER_INCLUDE, HOME_LAYOUT, PAGE_LAYOUT, POST_LAYOUT, STYLESHEET } from './starter-layouts.js'
import { STARTER_404, STARTER_ABOUT, STARTER_CONFIG, STARTER_GITIGNORE, STARTER_INDEX, welcomePost } from './starter-pages.js'

export interface NewSiteOptions {
  /** Only the skeleton: configuration, a layout, a page, empty `_posts` and friends. */
  blank?: boolean
  /** Write even into a folder that has files (existing files with the same names are overwritten). */
  force?: boolean
  /** The welcome post's date (default: now). */
  now?: Date
}

export class SiteExistsError extends Error {
  constructor(readonly dir: string) {
    super(`${dir} exists and is not empty.`)
    this.name = 'SiteExistsError'
  }
}

/** Jekyll's test: any file or folder below `dir` whose name does not start with a dot. */
export function hasVisibleFiles(dir: string): boolean {
  if (!existsSync(dir)) return false
  if (!statSync(dir).isDirectory()) return true
  return readdirSync(dir).some((name) => !name.startsWith('.'))
}

/** The files of the site, relative path → content. */
export function siteFiles(options: NewSiteOptions = {}): Map<string, string | Buffer> {
  if (options.blank) {
    return new Map<string, string | Buffer>([
      ['_config.yml', BLANK_CONFIG],
      ['_layouts/default.html', BLANK_LAYOUT],
      ['index.md', BLANK_INDEX],
      ['assets/css/main.css', BLANK_STYLESHEET],
    ])
  }
  const now = options.now ?? new Date()
  const day = formatRubyTime(now).slice(0, 10)
  return new Map<string, string | Buffer>([
    ['_config.yml', STARTER_CONFIG],
    ['.gitignore', STARTER_GITIGNORE],
    ['index.md', STARTER_INDEX],
    ['about.md', STARTER_ABOUT],
    ['404.html', STARTER_404],
    [`_posts/${day}-welcome-to-utterson.md`, welcomePost(formatRubyTime(now))],
    ['_layouts/default.html', DEFAULT_LAYOUT],
    ['_layouts/home.html', HOME_LAYOUT],
    ['_layouts/post.html', POST_LAYOUT],
    ['_layouts/page.html', PAGE_LAYOUT],
    ['_includes/head.html', HEAD_INCLUDE],
    ['_includes/header.html', HEADER_INCLUDE],
    ['_includes/footer.html', FOOTER_INCLUDE],
    ['assets/css/style.css', STYLESHEET],
    ['assets/img/welcome/pipeline.png', pipelineDiagram()],
    ['assets/img/welcome/layers.png', layersDiagram()],
  ])
}

/** Creates the site in `dir`; returns the absolute paths written. Throws SiteExistsError for a non-empty folder. */
export function createSite(dir: string, options: NewSiteOptions = {}): string[] {
  const root = path.resolve(dir)
  if (!options.force && hasVisibleFiles(root)) throw new SiteExistsError(root)
  mkdirSync(root, { recursive: true })
  const written: string[] = []
  for (const [rel, content] of siteFiles(options)) {
    const file = path.join(root, rel)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
    written.push(file)
  }
  if (options.blank) for (const folder of BLANK_FOLDERS) mkdirSync(path.join(root, folder), { recursive: true })
  return written
}
