/**
 * Stage 5: decide what the destination will hold (planOutputs). When writing in place (watch mode), also
 * remove the files in the destination that this build does not produce (Jekyll's Cleaner), keeping
 * `keep_files`. An atomic build starts from an empty folder, so it has nothing to remove here.
 * Only the destination is ever touched.
 */
import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { obsoleteFiles } from '../plugins/obsolete.js'
import type { BuildContext } from './context.js'
import { planOutputs } from './outputs.js'

export function cleanup(ctx: BuildContext): void {
  ctx.outputs = planOutputs(ctx)
  if (ctx.plugins?.hooks.has('clean:on_obsolete')) {
    ctx.plugins.hooks.triggerSync('clean:on_obsolete', obsoleteFiles(ctx.site.dest, new Set(ctx.outputs.keys()), ctx.config.keep_files))
  }
  if ((ctx.writeMode ?? 'atomic') === 'in-place') removeObsolete(ctx.site.dest, new Set(ctx.outputs.keys()), ctx.config.keep_files)
}

/**
 * Jekyll's keep_files rule: a path (relative to the destination, with `/`) is kept when it starts with
 * one of the entries, so `.git` keeps `.git/config` and `assets/vendor` keeps `assets/vendor-x.js`.
 */
export function isKept(relativePath: string, keepFiles: readonly string[]): boolean {
  return keepFiles.some((k) => relativePath.startsWith(k))
}

/** Deletes every file and folder under `dest` that is neither an output (or a folder of one) nor kept. */
export function removeObsolete(dest: string, outputs: Set<string>, keepFiles: readonly string[]): void {
  const wanted = new Set<string>()
  for (const file of outputs) {
    for (let dir = path.dirname(file); dir.startsWith(dest) && dir !== dest; dir = path.dirname(dir)) wanted.add(dir)
  }
  const rel = (file: string) => path.relative(dest, file).split(path.sep).join('/')
  const visit = (dir: string): void => {
    for (const name of entriesOf(dir)) {
      const file = path.join(dir, name)
      if (isKept(rel(file), keepFiles)) continue
      const isDir = statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false
      if (isDir && wanted.has(file)) visit(file)
      else if (isDir || !outputs.has(file)) rmSync(file, { recursive: true, force: true })
    }
  }
  visit(dest)
  removeEmptyDirs(dest, (dir) => wanted.has(dir) || isKept(rel(dir), keepFiles))
}

/** Removes empty folders below `dir`, except those `keep` accepts. */
function removeEmptyDirs(dir: string, keep: (dir: string) => boolean): void {
  for (const name of entriesOf(dir)) {
    const file = path.join(dir, name)
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      removeEmptyDirs(file, keep)
      if (!keep(file) && readdirSync(file).length === 0) rmdirSync(file)
    }
  }
}

/** The names in a folder; none when it is gone or unreadable. */
function entriesOf(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}
