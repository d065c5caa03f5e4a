/**
 * `utterson doctor --compare DIR`: builds the site with Utterson into a temporary folder and compares it,
 * page by page, with the `_site` Jekyll produced (DIR itself, or DIR/_site when DIR is a Jekyll site).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { compareReport, diffSites, summarize, type CompareSummary, type FileDiff, type ReportLine } from '../compare/index.js'
import type { ConfigOverrides } from '../config/load.js'
import { build } from '../pipeline/index.js'
import { BuildError } from '../util/errors.js'

export interface CompareOptions extends ConfigOverrides {
  /** Jekyll's output folder, or a Jekyll site folder that holds it in `_site`. */
  jekyllSite: string
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Keep Utterson's output here instead of a temporary folder (not deleted). */
  keepOutput?: string
}

export interface CompareResult {
  expectedDir: string
  diffs: FileDiff[]
  summary: CompareSummary
  report: ReportLine[]
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory()

/** Jekyll's output folder for DIR, and the source to build when none is given. */
export function resolveJekyllOutput(dir: string): { output: string; source?: string } {
  const nested = path.join(dir, '_site')
  if (isDir(nested) && !existsSync(path.join(dir, 'index.html'))) return { output: nested, source: dir }
  return { output: dir }
}

export async function compareWithJekyll(options: CompareOptions): Promise<CompareResult> {
  const { jekyllSite, keepOutput, ...buildOptions } = options
  const cwd = options.cwd ?? process.cwd()
  const resolved = resolveJekyllOutput(path.resolve(cwd, jekyllSite))
  if (!isDir(resolved.output)) {
    throw new BuildError({
      topic: 'Compare',
      message: `${jekyllSite} is not a folder with Jekyll's output.`,
      hint: 'Give the _site folder Jekyll built, or the Jekyll site folder that holds it.',
    })
  }
  const destination = keepOutput ? path.resolve(cwd, keepOutput) : mkdtempSync(path.join(os.tmpdir(), 'utterson-compare-'))
  try {
    await build({ ...buildOptions, source: buildOptions.source ?? resolved.source, destination })
    const diffs = diffSites(resolved.output, destination)
    return { expectedDir: resolved.output, diffs, summary: summarize(diffs), report: compareReport(diffs, resolved.output, destination) }
  } finally {
    if (!keepOutput) rmSync(destination, { recursive: true, force: true })
  }
}
