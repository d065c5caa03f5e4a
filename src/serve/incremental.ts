/**
 * The builds of `utterson serve`. Every batch of changes runs the whole pipeline again in memory (the
 * configuration is reloaded, the source re-read, generators re-run), so deletions, renames and new files
 * need no special cases; but only the pages and documents whose recorded inputs changed are rendered
 * again (see dependencies.ts), only outputs that differ from the previous build are written, and outputs
 * that are gone are removed. Everything is rendered afresh when the configuration changes, when a file
 * changed that no recorded input explains (a Sass partial, say), and with `incremental: false`.
 */
import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { BuildContext, OutputFile } from '../pipeline/context.js'
import { type BuildOptions, createBuildContext, runBuild } from '../pipeline/index.js'
import { cleanup, isKept } from '../pipeline/cleanup.js'
import { planOutputs } from '../pipeline/outputs.js'
import { renderOrder } from '../pipeline/render.js'
import { write } from '../pipeline/write.js'
import { Renderer } from '../render/renderer.js'
import type { Renderable } from '../site/types.js'
import { log } from '../util/log.js'
import { DependencyRecorder, subjectKey, type Trace } from './dependencies.js'
import { type Fingerprint, Fingerprinter } from './fingerprint.js'
import type { Change } from './watch.js'

/** Converted by tools that read other files (Sass partials) or with side effects: always rendered. */
const ALWAYS_RENDER = new Set(['.sass', '.scss', '.coffee'])

interface CacheEntry {
  self: Fingerprint[]
  trace: Trace
  content: string
  output: string | undefined
}

export interface IncrementalOptions {
  /** What `createBuildContext` gets (source, destination, flags, `url`, env). */
  build: BuildOptions
  /** Re-render only what changed (default true); false renders everything on each build. */
  incremental?: boolean
}

export interface BuildReport {
  context: BuildContext
  /** Destination files written by this build. */
  written: string[]
  /** Destination files of the previous build that this one no longer produces (removed). */
  removed: string[]
  /** Source path (relative) of each output, for `--livereload-ignore`. */
  sources: Map<string, string>
  rendered: number
  reused: number
  /** Source paths (relative) of the pages and documents that were rendered, not reused. */
  renderedPaths: string[]
  /** Why everything was rendered, when it was. */
  fullReason?: string
  seconds: number
}

export class IncrementalBuilder {
  private entries = new Map<string, CacheEntry>()
  private written = new Map<string, OutputFile>()
  private configFingerprint: Fingerprint | undefined
  private sources = new Set<string>()
  private time: Date | undefined

  constructor(private readonly options: IncrementalOptions) {}

  /** Forgets what was rendered and written (the next build renders and writes everything). */
  reset(): void {
    this.entries.clear()
    this.written.clear()
  }

  /** One build after `changes` (none for the first). Throws the build's error; the destination is then untouched. */
  async build(changes: Change[] = []): Promise<BuildReport> {
    const start = performance.now()
    const ctx = this.configFingerprint === undefined ? createBuildContext(this.options.build) : quietly(() => createBuildContext(this.options.build))
    const configFingerprint = new Fingerprinter(() => undefined).of(ctx.config)
    let fullReason: string | undefined
    if (this.options.incremental === false) fullReason = 'incremental builds are off'
    else if (configFingerprint !== this.configFingerprint) fullReason = this.configFingerprint === undefined ? 'first build' : 'configuration changed'
    if (configFingerprint !== this.configFingerprint) this.time = undefined
    // site.time stays the same while serving (until the configuration changes), so pages that show it can be reused.
    this.time ??= ctx.site.time
    ctx.site.time = this.time
    const report: BuildReport = { context: ctx, written: [], removed: [], sources: new Map(), rendered: 0, reused: 0, renderedPaths: [], seconds: 0 }
    await runBuild(ctx, {
      render: (c) => {
        fullReason ??= this.unexplained(c, changes)
        if (fullReason) this.entries.clear()
        this.render(c, report)
      },
      cleanup: (c) => this.cleanup(c),
      write: (c) => this.write(c, report),
    })
    this.configFingerprint = configFingerprint
    this.sources = sourcePaths(ctx)
    report.fullReason = fullReason
    report.seconds = (performance.now() - start) / 1000
    return report
  }

  /** Jekyll's render stage, reusing the output of every item whose inputs are unchanged. */
  private render(ctx: BuildContext, report: BuildReport): void {
    const recorder = new DependencyRecorder(ctx.site)
    const renderer = new Renderer({
      site: ctx.site,
      converters: ctx.converters,
      environment: ctx.environment,
      stats: ctx.renderStats,
      plugins: ctx.plugins,
      observer: recorder,
    })
    recorder.attach(renderer)
    ctx.renderer = renderer
    const next = new Map<string, CacheEntry>()
    const renderOne = (item: Renderable): void => {
      const key = subjectKey(item)
      const self = recorder.snapshot(item)
      const previous = this.entries.get(key)
      if (previous && !ALWAYS_RENDER.has(item.ext) && sameList(previous.self, self) && recorder.isCurrent(item, previous.trace)) {
        item.content = previous.content
        item.output = previous.output
        next.set(key, previous)
        report.reused += 1
        return
      }
      const trace = recorder.begin(item)
      try {
        renderer.render(item)
      } finally {
        recorder.end()
      }
      next.set(key, { self, trace, content: item.content, output: item.output })
      report.rendered += 1
      report.renderedPaths.push(item.relativePath)
    }
    for (const item of renderOrder(ctx.site)) renderOne(item)
    this.entries = next
  }

  /**
   * The first build replaces the destination in one step (Jekyll's cleanup, atomic write); later ones
   * update it in place and remove only the outputs of the previous build that are gone (no folder walk).
   */
  private cleanup(ctx: BuildContext): void {
    if (this.written.size === 0) {
      ctx.writeMode = 'atomic'
      cleanup(ctx)
      return
    }
    ctx.writeMode = 'in-place'
    ctx.outputs = planOutputs(ctx)
    const dest = ctx.site.dest
    for (const file of this.written.keys()) {
      if (ctx.outputs.has(file)) continue
      const rel = path.relative(dest, file)
      if (rel.startsWith('..') || isKept(rel.split(path.sep).join('/'), ctx.config.keep_files)) continue
      rmSync(file, { force: true })
      for (let dir = path.dirname(file); dir.startsWith(dest + path.sep); dir = path.dirname(dir)) {
        try {
          if (readdirSync(dir).length > 0) break
          rmdirSync(dir)
        } catch {
          break
        }
      }
    }
  }

  /** Writes the outputs that differ from the previous build's (the cleanup stage removed the stale ones). */
  private async write(ctx: BuildContext, report: BuildReport): Promise<void> {
    const previous = this.written
    const changed = new Set<string>()
    for (const [file, output] of ctx.outputs) {
      const was = previous.get(file)
      if (!was || !sameOutput(was, output) || !existsSync(file)) changed.add(file)
    }
    await write(ctx, { skip: (file) => !changed.has(file) })
    this.written = new Map(ctx.outputs)
    report.written = [...changed]
    report.removed = [...previous.keys()].filter((file) => !ctx.outputs.has(file))
    report.sources = outputSources(ctx)
  }

  /** A reason to render everything when a changed file is not something the recorded traces cover. */
  private unexplained(ctx: BuildContext, changes: Change[]): string | undefined {
    if (changes.length === 0) return undefined
    const { site, config } = ctx
    const current = sourcePaths(ctx)
    const folders = [
      path.join(site.source, String(config.layouts_dir ?? '_layouts')),
      path.join(site.source, String(config.data_dir ?? '_data')),
      ...site.includesDirs,
    ].map((dir) => path.resolve(dir) + path.sep)
    const drafts = config.show_drafts ? undefined : path.join(site.source, String(config.collections_dir ?? ''), '_drafts') + path.sep
    for (const change of changes) {
      if (change.kind === 'addDir' || change.kind === 'unlinkDir') continue
      const file = path.resolve(change.path)
      if (current.has(file) || this.sources.has(file)) continue
      if (folders.some((dir) => file.startsWith(dir))) continue
      if (drafts && file.startsWith(drafts)) continue
      const rel = path.relative(site.source, file)
      if (!rel.startsWith('..') && path.dirname(rel) === '.' && /^_config\.(ya?ml|toml)$/.test(rel)) continue
      if (rel.split(path.sep).some((part) => /^[.#~]/.test(part) || part.endsWith('~'))) continue
      return `${rel.startsWith('..') ? file : rel} is not a page, post, layout, include or data file`
    }
    return undefined
  }
}

/** Runs `fn` without info lines (the configuration file is named once, on the first build, as Jekyll does). */
function quietly<T>(fn: () => T): T {
  const level = log.level
  if (level === 'debug' || level === 'info') log.level = 'warn'
  try {
    return fn()
  } finally {
    log.level = level
  }
}

function sameList(a: Fingerprint[], b: Fingerprint[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false
  return true
}

function sameOutput(a: OutputFile, b: OutputFile): boolean {
  if (a.kind === 'text') return b.kind === 'text' && a.content === b.content
  return b.kind === 'copy' && a.from === b.from && a.mtime.getTime() === b.mtime.getTime()
}

/** Absolute paths of every source file that became a page, document or static file. */
function sourcePaths(ctx: BuildContext): Set<string> {
  const paths = new Set<string>()
  for (const collection of ctx.site.collections.values()) for (const doc of collection.docs) paths.add(doc.path)
  for (const page of ctx.site.pages) paths.add(page.path)
  for (const file of ctx.site.staticFiles) paths.add(file.path)
  return paths
}

/** Destination file → source path relative to the site (as `--livereload-ignore` matches them). */
function outputSources(ctx: BuildContext): Map<string, string> {
  const map = new Map<string, string>()
  for (const [file, output] of ctx.outputs) map.set(file, path.relative(ctx.site.source, output.source).split(path.sep).join('/'))
  return map
}
