/**
 * Builds small temporary sites the way `utterson build` does (runBuildCommand: flags → build → report),
 * in this process, capturing everything the logger prints.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type BuildFlags, runBuildCommand } from '../../src/cli/build-command.js'
import { log } from '../../src/util/log.js'

process.env.SOURCE_DATE_EPOCH = '1704067200' // 2024-01-01, the clock the Jekyll recordings were made with
process.env.TZ = 'UTC'
process.env.NO_COLOR = '1'

export interface BuildOutcome {
  code: number
  /** Everything printed (stdout and stderr lines, in order). */
  output: string
  src: string
  dest: string
}

const roots: string[] = []

/** A new empty folder under the system's temporary folder (removed by `removeTempDirs`). */
export function tempDir(prefix = 'utterson-errors-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  roots.push(dir)
  return dir
}

export function removeTempDirs(): void {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Writes `files` (relative path → content) under `dir`. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
}

/** Runs `utterson build -s src -d dest` with extra flags; resolves to the exit status and the log. */
export async function runBuild(src: string, dest: string, flags: BuildFlags = {}): Promise<BuildOutcome> {
  const lines: string[] = []
  const sink = log.sink
  log.sink = { out: (line) => lines.push(line), err: (line) => lines.push(line) }
  try {
    const code = await runBuildCommand({ source: src, destination: dest, ...flags })
    return { code, output: lines.join('\n'), src, dest }
  } finally {
    log.sink = sink
  }
}

/** Writes a site into a new temporary folder and builds it into `<tmp>/site`. */
export async function buildFiles(files: Record<string, string | Uint8Array>, flags: BuildFlags = {}): Promise<BuildOutcome> {
  const root = tempDir()
  const src = path.join(root, 'src')
  mkdirSync(src)
  writeFiles(src, files)
  return runBuild(src, path.join(root, 'site'), flags)
}

/** Every file below `dir`, relative, sorted ([] when it does not exist). */
export function listFiles(dir: string): string[] {
  let entries: import('node:fs').Dirent[]
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true })
  } catch {
    return []
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
}
