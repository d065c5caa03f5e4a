/**
 * Stage 6: put the planned outputs on disk.
 *
 * 'atomic' (the default): everything is written into a new folder beside the destination, `keep_files`
 * are moved over from the old one, and the new folder replaces the destination in one rename. A build
 * that fails or is killed before that leaves the previous site exactly as it was. An output that did not
 * change since the previous site (a page with the same bytes; a static file with the same size and time)
 * is hard-linked from it instead of written: creating a file costs far more than reading one back and
 * linking it. The previous site is only read until the swap, and deleted right after it, so the shared
 * files end up belonging to the new site alone. Folders are created first, parents before children, one
 * mkdir each; files are then linked, written or copied, WRITE_CONCURRENCY writes at a time.
 *
 * 'in-place' (watch mode): files are updated inside the existing destination, each one written to a
 * temporary name and renamed over the old one; unchanged files are not touched at all.
 *
 * With `strict` (the --strict flag), a build that logged warnings fails here, before anything is written.
 */
import {
  closeSync,
  constants,
  copyFileSync,
  fstatSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  type Stats,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { copyFile, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { catalogError, ErrorCatalog, strictWarnings } from '../errors/index.js'
import { BuildError } from '../util/errors.js'
import { log } from '../util/log.js'
import type { BuildContext, OutputFile } from './context.js'
import { carryKeptFiles, type Carried, createStaging, discardStaging, moveInto, removeTree, restoreKeptFiles, type Staging, swapIn } from './staging.js'
import { runConcurrently } from '../util/concurrently.js'

export interface WriteOptions {
  /** In place: outputs the caller knows to be on disk already (`utterson serve` tracks what it wrote). */
  skip?: (file: string, output: OutputFile) => boolean
}

/** Synchronous in place (watch mode relies on that); asynchronous when atomic, so files are written concurrently. */
export function write(ctx: BuildContext, options: WriteOptions = {}): void | Promise<void> {
  assertNoStrictWarnings(ctx)
  if ((ctx.writeMode ?? 'atomic') === 'in-place') writeInPlace(ctx, options)
  else return writeAtomic(ctx)
}

/** How many files are written at once: enough to keep libuv's thread pool busy. */
const WRITE_CONCURRENCY = 16

/**
 * `--strict` (config `strict: true`): warnings logged by this build are errors, raised before anything
 * is written. Counts `log.warnings`, which the caller empties when a build starts (the CLI does).
 */
export function assertNoStrictWarnings(ctx: BuildContext): void {
  if (ctx.config.strict !== true) return
  const warnings = strictWarnings()
  if (warnings.length > 0) {
    throw catalogError(ErrorCatalog.StrictWarnings, { count: warnings.length, first: (warnings[0] ?? '').split('\n')[0] ?? '' })
  }
}

async function writeAtomic(ctx: BuildContext): Promise<void> {
  const dest = ctx.site.dest
  let staging: Staging
  try {
    staging = createStaging(dest)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') throw error
    log.debug('Writing:', `cannot create a folder beside ${dest} (${code}); writing in place`)
    writeInPlace(ctx)
    return
  }
  let carried: Carried[] = []
  let swapped: ReturnType<typeof swapIn> = false
  try {
    const { files, folders } = planFiles(ctx, dest)
    const previous = makeFolders(staging, folders)
    await runConcurrently(files, WRITE_CONCURRENCY, (file) => writeStaged(staging, file, previous.has(parentOf(file.rel))))
    carried = carryKeptFiles(staging, ctx.config.keep_files)
    swapped = swapIn(staging)
    if (!swapped) {
      restoreKeptFiles(carried)
      carried = []
      log.debug('Writing:', `cannot replace ${staging.dest} in one step; moving the new files into it`)
      moveInto(staging, ctx.config.keep_files)
    }
  } catch (error) {
    restoreKeptFiles(carried)
    discardStaging(staging)
    throw error
  }
  // the new site is in place; the previous one goes before the build returns
  if (swapped && swapped.old !== undefined) await removeTree(swapped.old)
}

/** One output to put into the staging folder; `rel` is relative to the destination, with the platform's separator. */
interface StagedFile {
  rel: string
  output: OutputFile
}

/**
 * The files to write, in the order of `ctx.outputs`, and every folder they need (relative, parents first).
 * A static file standing where a later output needs a folder is dropped (the folder wins, as it did when
 * the folder replaced the copied file); any other output where a folder must be fails with EISDIR.
 */
function planFiles(ctx: BuildContext, dest: string): { files: StagedFile[]; folders: string[] } {
  const files: Array<StagedFile | undefined> = []
  const folders = new Set<string>()
  const staticAt = new Map<string, number>()
  for (const [file, output] of ctx.outputs) {
    const rel = path.relative(dest, file)
    for (let dir = parentOf(rel); dir !== '' && !folders.has(dir); dir = parentOf(dir)) {
      folders.add(dir)
      const blocker = staticAt.get(dir)
      if (blocker !== undefined) files[blocker] = undefined
    }
    if (output.kind === 'copy') staticAt.set(rel, files.length)
    files.push({ rel, output })
  }
  // a string sorts before every string it is a prefix of, so each folder comes after its parent
  return { files: files.filter((f) => f !== undefined), folders: [...folders].sort() }
}

/** The folder of a relative path ('' for the top). */
function parentOf(rel: string): string {
  const slash = rel.lastIndexOf(path.sep)
  return slash < 0 ? '' : rel.slice(0, slash)
}

/**
 * Creates `folders` (relative, parents first) in the staging folder, one mkdir each. Returns the ones
 * ('' for the top) that are real folders in the previous site too, reached without symbolic links: only
 * files in those are candidates for reuse.
 */
function makeFolders(staging: Staging, folders: readonly string[]): Set<string> {
  const previous = new Set<string>()
  if (lstatSync(staging.dest, { throwIfNoEntry: false })?.isDirectory()) previous.add('')
  for (const rel of folders) {
    guard(rel, () => mkdirSync(path.join(staging.dir, rel)))
    if (previous.has(parentOf(rel)) && lstatSync(path.join(staging.dest, rel), { throwIfNoEntry: false })?.isDirectory()) previous.add(rel)
  }
  return previous
}

/**
 * Puts one output into the staging folder: a hard link to the same file of the previous site when it is
 * unchanged (`inPrevious`: its folder exists there), else a new file. When linking fails (a file system
 * without hard links, a file owned by someone else) the file is written.
 */
async function writeStaged(staging: Staging, { rel, output }: StagedFile, inPrevious: boolean): Promise<void> {
  const target = path.join(staging.dir, rel)
  const previous = path.join(staging.dest, rel)
  try {
    if (output.kind === 'text') {
      const bytes = utf8(output.content)
      output.release?.()
      if (inPrevious && sameBytes(previous, bytes) && tryLink(previous, target)) return
      await writeFile(target, bytes)
      return
    }
    if (inPrevious && sameStaticFile(previous, output) && tryLink(previous, target)) return
    await copyFile(output.from, target, constants.COPYFILE_FICLONE)
    await utimes(target, output.mtime, output.mtime)
  } catch (error) {
    guard(rel, () => {
      throw error
    })
  }
}

/**
 * The UTF-8 bytes of `text` without flattening it. A page's output is usually a tree of pieces sharing the
 * converted content; encoding flattens a string in place, and a flat copy hung on a string that has lived
 * long survives until a full collection (at 100,000 posts, most of the write stage's memory). Encoding a
 * new, short-lived string around it leaves the long-lived one as it was, and the copy dies young.
 */
function utf8(text: string): Buffer {
  return Buffer.from(`${text}\n`).subarray(0, -1)
}

/**
 * Whether `file` of the previous site holds exactly `bytes` (only a regular file with no other hard link
 * counts: not a symbolic link, a FIFO, a file shared with something outside the site). Sizes first.
 */
function sameBytes(file: string, bytes: Buffer): boolean {
  const size = bytes.length
  if (!isOwnFile(lstatSync(file, { throwIfNoEntry: false }), size)) return false
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch {
    return false
  }
  try {
    if (!isOwnFile(fstatSync(fd), size)) return false
    const old = Buffer.allocUnsafe(size)
    for (let read = 0; read < size; ) {
      const n = readSync(fd, old, read, size - read, null)
      if (n === 0) return false
      read += n
    }
    return old.equals(bytes)
  } catch {
    return false
  } finally {
    closeSync(fd)
  }
}

/** A regular file with no other hard link than its place in the previous site, and `size` bytes when given. */
function isOwnFile(stat: Stats | undefined, size?: number): boolean {
  return stat !== undefined && stat.isFile() && stat.nlink === 1 && (size === undefined || stat.size === size)
}

/** The previous site's copy of a static file (a regular file with no other hard link) has the source's size and time. */
function sameStaticFile(file: string, output: Extract<OutputFile, { kind: 'copy' }>): boolean {
  const previous = lstatSync(file, { throwIfNoEntry: false })
  if (!previous || !isOwnFile(previous)) return false
  const source = statSync(output.from, { throwIfNoEntry: false })
  return source !== undefined && previous.size === source.size && Math.abs(previous.mtimeMs - output.mtime.getTime()) < 1
}

function tryLink(existing: string, target: string): boolean {
  try {
    linkSync(existing, target)
    return true
  } catch {
    return false
  }
}

function writeInPlace(ctx: BuildContext, options: WriteOptions = {}): void {
  const made = new Set<string>()
  const dest = ctx.site.dest
  for (const [file, output] of ctx.outputs) {
    if (options.skip?.(file, output)) continue
    const rel = path.relative(dest, file)
    guard(rel, () => {
      ensureDir(path.dirname(file), dest, made)
      if (isUnchanged(file, output)) return
      const temp = path.join(path.dirname(file), `.${path.basename(file)}.utterson-${process.pid}.tmp`)
      try {
        if (output.kind === 'text') writeFileSync(temp, output.content)
        else {
          copyFileSync(output.from, temp, constants.COPYFILE_FICLONE)
          utimesSync(temp, output.mtime, output.mtime)
        }
        const existing = statSync(file, { throwIfNoEntry: false })
        if (existing?.isDirectory()) rmSync(file, { recursive: true, force: true })
        renameSync(temp, file)
      } catch (error) {
        rmSync(temp, { force: true })
        throw error
      }
    })
  }
}

/** True when `file` already holds `output` (same text; or same size and time for a static file). */
function isUnchanged(file: string, output: OutputFile): boolean {
  if (output.kind === 'copy') return sameStatic(file, output)
  const stat = statSync(file, { throwIfNoEntry: false })
  if (!stat?.isFile() || stat.size !== Buffer.byteLength(output.content)) return false
  return readFileSync(file).equals(Buffer.from(output.content))
}

/** A previous copy of a static file with the source's size and modification time (as the writer sets it). */
function sameStatic(file: string, output: Extract<OutputFile, { kind: 'copy' }>): boolean {
  const previous = statSync(file, { throwIfNoEntry: false })
  if (!previous?.isFile()) return false
  const source = statSync(output.from, { throwIfNoEntry: false })
  return source !== undefined && previous.size === source.size && Math.abs(previous.mtimeMs - output.mtime.getTime()) < 1
}

/** Creates `dir` (and its parents), replacing a file inside `root` that stands where a folder must be. */
function ensureDir(dir: string, root: string, made: Set<string>): void {
  if (made.has(dir)) return
  try {
    mkdirSync(dir, { recursive: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EEXIST' && code !== 'ENOTDIR') throw error
    for (let blocker = dir; blocker.startsWith(`${root}${path.sep}`); blocker = path.dirname(blocker)) {
      if (statSync(blocker, { throwIfNoEntry: false })?.isFile()) {
        rmSync(blocker, { force: true })
        break
      }
    }
    mkdirSync(dir, { recursive: true })
  }
  made.add(dir)
}

/** Runs a file operation; a file-system error becomes a BuildError naming the output. */
function guard(rel: string, operation: () => void): void {
  try {
    operation()
  } catch (error) {
    if (error instanceof BuildError) throw error
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw catalogError(ErrorCatalog.WriteFailed, { file: rel.split(path.sep).join('/'), reason: String(reason) }, {}, error)
  }
}
