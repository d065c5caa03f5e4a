/**
 * Stage 6: put the planned outputs on disk.
 *
 * 'atomic' (the default): everything is written into a new folder beside the destination, `keep_files`
 * are moved over from the old one, and the new folder replaces the destination in one rename. A build
 * that fails or is killed before that leaves the previous site exactly as it was. Static files that did
 * not change (same size and time as in the previous site) are hard-linked from it instead of copied.
 *
 * 'in-place' (watch mode): files are updated inside the existing destination, each one written to a
 * temporary name and renamed over the old one; unchanged files are not touched at all.
 *
 * With `strict` (the --strict flag), a build that logged warnings fails here, before anything is written.
 */
import { constants, copyFileSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { catalogError, ErrorCatalog, strictWarnings } from '../errors/index.js'
import { BuildError } from '../util/errors.js'
import { log } from '../util/log.js'
import type { BuildContext, OutputFile } from './context.js'
import { carryKeptFiles, type Carried, createStaging, discardStaging, moveInto, restoreKeptFiles, type Staging, swapIn } from './staging.js'

export interface WriteOptions {
  /** In place: outputs the caller knows to be on disk already (`utterson serve` tracks what it wrote). */
  skip?: (file: string, output: OutputFile) => boolean
}

/** Synchronous in place (watch mode relies on that); asynchronous when atomic, so text files are written concurrently. */
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
  try {
    const made = new Set<string>()
    const texts: Array<{ rel: string; target: string; content: string }> = []
    for (const [file, output] of ctx.outputs) {
      const rel = path.relative(dest, file)
      const target = path.join(staging.dir, rel)
      guard(rel, () => {
        ensureDir(path.dirname(target), staging.dir, made)
        if (output.kind === 'text') texts.push({ rel, target, content: output.content })
        else writeFresh(target, output, path.join(staging.dest, rel))
      })
    }
    await writeTexts(texts)
    carried = carryKeptFiles(staging, ctx.config.keep_files)
    if (!swapIn(staging)) {
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
}

/** Writes one output into a new folder; a static file unchanged since the previous site is hard-linked from it. */
function writeFresh(target: string, output: OutputFile, previous: string): void {
  if (output.kind === 'text') {
    writeFileSync(target, output.content)
    return
  }
  if (sameStatic(previous, output)) {
    try {
      linkSync(previous, target)
      return
    } catch {
      // file systems without hard links: copy
    }
  }
  copyFileSync(output.from, target, constants.COPYFILE_FICLONE)
  utimesSync(target, output.mtime, output.mtime)
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

/** Writes new text files into the staging folder, WRITE_CONCURRENCY at a time; the first failure is reported. */
async function writeTexts(texts: Array<{ rel: string; target: string; content: string }>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < texts.length) {
      const { rel, target, content } = texts[next++] as (typeof texts)[number]
      try {
        await writeFile(target, content)
      } catch (error) {
        guard(rel, () => {
          throw error
        })
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(WRITE_CONCURRENCY, texts.length) }, worker))
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
