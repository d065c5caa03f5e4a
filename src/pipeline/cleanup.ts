/**
 * Stage 5: remove files in the destination that this build does not produce (Jekyll's Cleaner),
 * keeping `keep_files`. Only the destination is ever touched.
 */
import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import type { BuildContext } from './context.js'
import { planOutputs } from './outputs.js'

export function cleanup(ctx: BuildContext): void {
  ctx.outputs = planOutputs(ctx)
  const dest = ctx.site.dest
  const keep = ctx.config.keep_files.map((k) => path.join(dest, k))
  const kept = (file: string) => keep.some((k) => file === k || file.startsWith(k))
  const wanted = new Set<string>()
  for (const file of ctx.outputs.keys()) {
    for (let dir = file; dir.startsWith(dest) && dir !== dest; dir = path.dirname(dir)) wanted.add(dir)
  }
  const visit = (dir: string): void => {
    let entries: string[]
    try {
      entries = readdirSync(dir)
    } catch {
      return
    }
    for (const name of entries) {
      const file = path.join(dir, name)
      if (kept(file)) continue
      const isDir = statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false
      if (isDir && wanted.has(file)) {
        visit(file)
        continue
      }
      if (!wanted.has(file) || isDir) rmSync(file, { recursive: true, force: true })
    }
  }
  visit(dest)
  removeEmptyDirs(dest, wanted)
}

function removeEmptyDirs(dir: string, wanted: Set<string>): void {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return
  }
  for (const name of entries) {
    const file = path.join(dir, name)
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      removeEmptyDirs(file, wanted)
      if (!wanted.has(file) && readdirSync(file).length === 0) rmdirSync(file)
    }
  }
}
