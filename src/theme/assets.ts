/**
 * The theme's `assets/` folder (Jekyll's ThemeAssetsReader): every file, depth first in name order, becomes a page
 * (with front matter) or a static file, unless the site already has one with the same path. Symlinks are skipped.
 */
import { lstatSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { hasFrontMatter } from '../read/front-matter.js'
import { readHead, readText } from '../read/files.js'
import { createPage } from '../site/page.js'
import type { SiteContext } from '../site/site-context.js'
import { createStaticFile } from '../site/static-file.js'
import type { Page, StaticFile } from '../site/types.js'
import { log } from '../util/log.js'
import type { Theme } from './types.js'

export interface ThemeAssets {
  pages: Page[]
  staticFiles: StaticFile[]
}

/** Files under `dir`, depth first with each folder's entries sorted (Ruby's Find.find), as absolute paths. */
function findFiles(dir: string): string[] {
  const out: string[] = []
  let names: string[]
  try {
    names = readdirSync(dir).sort()
  } catch {
    return out
  }
  for (const name of names) {
    const file = path.join(dir, name)
    const stat = lstatSync(file)
    if (stat.isSymbolicLink()) {
      log.warn('Theme reader:', `Ignored symlinked asset: ${file}`)
    } else if (stat.isDirectory()) out.push(...findFiles(file))
    else out.push(file)
  }
  return out
}

const withoutLeadingSlash = (p: string) => p.replace(/^\/+/, '')

/**
 * Reads the theme's assets as pages and static files, leaving out the paths the site already has
 * (`existing` holds site pages and static files, whose paths are compared without a leading slash).
 */
export function readThemeAssets(theme: Theme | undefined, ctx: SiteContext, existing: ThemeAssets): ThemeAssets {
  const out: ThemeAssets = { pages: [], staticFiles: [] }
  if (!theme?.assetsPath) return out
  const pagePaths = new Set(existing.pages.map((p) => withoutLeadingSlash(p.relativePath)))
  const staticPaths = new Set(existing.staticFiles.map((f) => withoutLeadingSlash(f.relativePath)))
  for (const file of findFiles(theme.assetsPath)) {
    const relativePath = path.relative(theme.root, file).split(path.sep).join('/')
    const dir = path.posix.dirname(relativePath)
    const name = path.posix.basename(relativePath)
    if (hasFrontMatter(readHead(file))) {
      if (pagePaths.has(relativePath)) {
        log.debug('Theme:', `Ignoring ${relativePath} in theme due to existing file with that path in site.`)
        continue
      }
      out.pages.push(createPage({ path: file, dir, name, text: readText(file) }, ctx))
    } else {
      if (staticPaths.has(relativePath)) {
        log.debug('Theme:', `Ignoring ${relativePath} in theme due to existing file with that path in site.`)
        continue
      }
      const stat = lstatSync(file)
      out.staticFiles.push(createStaticFile({ path: file, relativePath, mtime: stat.mtime, data: ctx.defaults.all(relativePath, undefined) }))
    }
  }
  return out
}
