/** Stage 1: a fresh, empty site for this build (Jekyll's Site#reset), after checking the destination is safe. */
import { realpathSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { catalogError, ErrorCatalog } from '../errors/index.js'
import { createCollections } from '../read/collections.js'
import type { BuildContext } from './context.js'

export function reset(ctx: BuildContext): void {
  const { config } = ctx
  assertSafeDestination(config.source, config.destination)
  const limit = Number(config.limit_posts ?? 0)
  if (limit < 0) throw catalogError(ErrorCatalog.LimitPostsNegative, { value: config.limit_posts })
  ctx.site.layouts.clear()
  ctx.site.pages = []
  ctx.site.staticFiles = []
  ctx.site.collections = createCollections(config)
  ctx.site.data = {}
  ctx.outputs.clear()
}

/**
 * The destination is replaced by each build, so it must never be the source, a folder that contains the
 * source, the user's home or the file-system root; nor an existing file. Checked on the paths as given and
 * with symbolic links resolved (a `_site` linking to `.` is refused too).
 */
export function assertSafeDestination(source: string, destination: string, home = os.homedir()): void {
  const src = path.resolve(source)
  const dest = path.resolve(destination)
  const pairs: [string, string][] = [[src, dest]]
  const realSrc = realOrNull(src)
  const realDest = realOrNull(dest)
  if (realSrc || realDest) pairs.push([realSrc ?? src, realDest ?? dest])
  const homes = [path.resolve(home), realOrNull(home)].filter((h): h is string => Boolean(h))
  for (const [s, d] of pairs) {
    const reason = d === path.parse(d).root ? 'root' : homes.includes(d) ? 'home' : s === d ? 'source' : isWithin(s, d) ? 'parent' : undefined
    if (reason) throw catalogError(ErrorCatalog.UnsafeDestination, { dest, source: src, reason })
  }
  const stat = statSync(dest, { throwIfNoEntry: false })
  if (stat && !stat.isDirectory()) throw catalogError(ErrorCatalog.DestinationNotADirectory, { dest })
}

/** True when `child` is `parent` or inside it. */
export function isWithin(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep)
}

function realOrNull(file: string): string | null {
  try {
    return realpathSync(file)
  } catch {
    return null
  }
}
