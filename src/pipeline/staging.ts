/**
 * The folder an atomic build is written into, beside the destination, and the swap that puts it in place.
 *
 * Names: `.<dest>.utterson-new-<pid>-XXXXXX` (being written) and `.<dest>.utterson-old-<pid>-XXXXXX`
 * (the previous site during the swap). Only folders with these names, next to the destination, are ever
 * created or removed here; a build killed half-way leaves one behind, which the next build removes
 * (or, if it killed the swap itself, puts back as the destination).
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs'
import { rmdir, unlink } from 'node:fs/promises'
import path from 'node:path'
import { isKept } from './cleanup.js'
import { processIsAlive } from '../util/process-alive.js'
import { runConcurrently } from '../util/concurrently.js'

const MARK = '.utterson-'

/** The folder to write into and the real destination it will replace. */
export interface Staging {
  /** The destination, through a symbolic link if it is one (the link itself stays). */
  dest: string
  /** The new folder, beside `dest`. */
  dir: string
}

/** Creates the staging folder beside `dest` (after clearing what earlier, killed builds left there). */
export function createStaging(dest: string): Staging {
  const real = resolveDest(dest)
  mkdirSync(path.dirname(real), { recursive: true })
  recoverStale(real)
  const dir = mkdtempSync(path.join(path.dirname(real), `.${path.basename(real)}${MARK}new-${process.pid}-`))
  // mkdtemp makes a private (0700) folder; the site keeps the old folder's mode, or gets the usual one
  const previous = statSync(real, { throwIfNoEntry: false })
  chmodSync(dir, previous ? previous.mode & 0o7777 : 0o777 & ~process.umask())
  return { dest: real, dir }
}

/** Removes the staging folder (after a failed build). */
export function discardStaging(staging: Staging): void {
  rmSync(staging.dir, { recursive: true, force: true })
}

/** One kept file or folder moved from the old destination into the staging folder. */
export interface Carried {
  from: string
  to: string
}

/**
 * Moves the `keep_files` of the current destination into the staging folder (renames: no copying),
 * unless the build wrote something at the same place. Returns the moves, to undo them if the swap fails.
 */
export function carryKeptFiles(staging: Staging, keepFiles: readonly string[]): Carried[] {
  const moved: Carried[] = []
  if (keepFiles.length === 0 || !existsSync(staging.dest)) return moved
  const walk = (rel: string): void => {
    let entries: string[]
    try {
      entries = readdirSync(path.join(staging.dest, rel)).sort()
    } catch {
      return
    }
    for (const name of entries) {
      const childRel = rel ? `${rel}/${name}` : name
      const src = path.join(staging.dest, childRel)
      const dst = path.join(staging.dir, childRel)
      const isDir = lstatSync(src).isDirectory()
      if (isKept(childRel, keepFiles)) {
        if (!existsSync(dst)) {
          mkdirSync(path.dirname(dst), { recursive: true })
          renameSync(src, dst)
          moved.push({ from: src, to: dst })
        } else if (isDir && lstatSync(dst).isDirectory()) walk(childRel)
        // else: the build produced a file there, which wins (as when Jekyll writes over a kept file)
      } else if (isDir && keepFiles.some((k) => k.startsWith(`${childRel}/`))) walk(childRel)
    }
  }
  walk('')
  return moved
}

/** Puts carried files back where they were (the build failed after carrying them). */
export function restoreKeptFiles(moved: Carried[]): void {
  for (const { from, to } of [...moved].reverse()) {
    try {
      mkdirSync(path.dirname(from), { recursive: true })
      renameSync(to, from)
    } catch {
      // best effort: the file stays in the staging folder
    }
  }
}

/**
 * Replaces the destination by the staging folder with two renames. Returns false (and changes nothing)
 * when the destination cannot be renamed, e.g. it is a mount point; the caller then moves files into it.
 * Otherwise returns where the previous site now is (`old`, none when there was no destination), for the
 * caller to remove with removeTree.
 */
export function swapIn(staging: Staging): false | { old: string | undefined } {
  if (!existsSync(staging.dest)) {
    renameSync(staging.dir, staging.dest)
    return { old: undefined }
  }
  const old = path.join(path.dirname(staging.dir), path.basename(staging.dir).replace(`${MARK}new-`, `${MARK}old-`))
  try {
    renameSync(staging.dest, old)
  } catch {
    return false
  }
  try {
    renameSync(staging.dir, staging.dest)
  } catch (error) {
    renameSync(old, staging.dest)
    throw error
  }
  return { old }
}

/** How many files or folders removeTree removes at once. */
const REMOVE_CONCURRENCY = 16

/**
 * Removes the folder `dir` and everything in it (symbolic links are removed, not followed). The files are
 * unlinked REMOVE_CONCURRENCY at a time, then the folders, deepest first, a level at a time: on a slow disk
 * that takes about half as long as rmSync when the files are freed (not only unlinked because the new site
 * links them). Whatever that leaves (something that appeared meanwhile, an error) is removed by rmSync.
 */
export async function removeTree(dir: string): Promise<void> {
  const files: string[] = []
  const levels: string[][] = []
  try {
    const walk = (folder: string, depth: number): void => {
      if (levels.length === depth) levels.push([])
      levels[depth]?.push(folder)
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const file = path.join(folder, entry.name)
        if (entry.isDirectory()) walk(file, depth + 1)
        else files.push(file)
      }
    }
    walk(dir, 0)
    await runConcurrently(files, REMOVE_CONCURRENCY, unlink)
    for (const level of levels.reverse()) await runConcurrently(level, REMOVE_CONCURRENCY, rmdir)
  } catch {
    // finished below
  }
  rmSync(dir, { recursive: true, force: true })
}

/**
 * Fallback when the destination cannot be swapped: moves every staged file into it and removes what the
 * build did not produce (keeping `keep_files`), then removes the staging folder. Not atomic, still complete.
 */
export function moveInto(staging: Staging, keepFiles: readonly string[]): void {
  const produced = new Set<string>()
  const walk = (rel: string): void => {
    for (const name of readdirSync(path.join(staging.dir, rel)).sort()) {
      const childRel = rel ? `${rel}/${name}` : name
      const src = path.join(staging.dir, childRel)
      const dst = path.join(staging.dest, childRel)
      const existing = lstatSync(dst, { throwIfNoEntry: false })
      produced.add(childRel)
      if (lstatSync(src).isDirectory()) {
        if (existing && !existing.isDirectory()) rmSync(dst, { force: true })
        mkdirSync(dst, { recursive: true })
        walk(childRel)
      } else {
        if (existing?.isDirectory()) rmSync(dst, { recursive: true, force: true })
        renameSync(src, dst)
      }
    }
  }
  mkdirSync(staging.dest, { recursive: true })
  walk('')
  const prune = (rel: string): void => {
    for (const name of readdirSync(path.join(staging.dest, rel))) {
      const childRel = rel ? `${rel}/${name}` : name
      if (isKept(childRel, keepFiles)) continue
      const file = path.join(staging.dest, childRel)
      if (!produced.has(childRel)) rmSync(file, { recursive: true, force: true })
      else if (lstatSync(file).isDirectory()) prune(childRel)
    }
  }
  prune('')
  discardStaging(staging)
}

/**
 * Removes what killed builds left beside `dest`: staging folders, and old destinations (put back in
 * place when the destination itself is missing, i.e. the build was killed between the two renames).
 * Folders of builds that are still running (their pid is alive) are left alone.
 */
export function recoverStale(dest: string): void {
  const parent = path.dirname(dest)
  const prefix = `.${path.basename(dest)}${MARK}`
  let names: string[]
  try {
    names = readdirSync(parent)
  } catch {
    return
  }
  for (const name of names.sort()) {
    if (!name.startsWith(prefix)) continue
    const match = /^(new|old)-(\d+)-[^/]+$/.exec(name.slice(prefix.length))
    if (!match) continue
    const pid = Number(match[2])
    if (pid !== process.pid && processIsAlive(pid)) continue
    const file = path.join(parent, name)
    if (match[1] === 'old' && !existsSync(dest)) renameSync(file, dest)
    else rmSync(file, { recursive: true, force: true })
  }
}

/** The destination with symbolic links resolved, so that swapping replaces the folder a link points to. */
function resolveDest(dest: string): string {
  if (!lstatSync(dest, { throwIfNoEntry: false })?.isSymbolicLink()) return dest
  try {
    return realpathSync(dest)
  } catch {
    return path.resolve(path.dirname(dest), readlinkSync(dest)) // a dangling link: build where it points
  }
}
