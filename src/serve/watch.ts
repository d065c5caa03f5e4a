/**
 * Watches the source with chokidar and hands changes over in batches: events are collected until the
 * source has been quiet for `debounceMs`, then one batch is processed; events that arrive while a batch
 * is being processed make the next batch. The destination, `.git`, `node_modules`, caches, `exclude`d
 * paths and editor temporary files are not watched.
 */
import path from 'node:path'
import { type FSWatcher, watch } from 'chokidar'

export type ChangeKind = 'add' | 'change' | 'unlink' | 'addDir' | 'unlinkDir'

export interface Change {
  kind: ChangeKind
  /** Absolute path. */
  path: string
}

export interface SourceWatcherOptions {
  /** Folders and files to watch (the source, and configuration files outside it). */
  paths: string[]
  /** True for paths that must not be watched. */
  ignored: (absolutePath: string) => boolean
  debounceMs?: number
  /** Processes one batch; errors are the callee's to report. */
  onBatch: (changes: Change[]) => Promise<void>
}

/** Folders never watched, wherever they are. */
const ALWAYS_IGNORED = new Set(['.git', 'node_modules', '.jekyll-cache', '.sass-cache'])
/** Editor backups, swap and lock files. */
const EDITOR_TEMP = /(^\.#|^#.*#$|~$|\.sw[a-p]$|^\.~lock\.)/

/**
 * The ignore rule for a source folder: destination, `others` (the cache folder: builds write there), special
 * folders, editor files, then `excluded`.
 */
export function sourceIgnore(source: string, destination: string, excluded: (relative: string) => boolean, others: string[] = []): (file: string) => boolean {
  const skipped = [destination, ...others].map((dir) => path.resolve(dir))
  return (file) => {
    const abs = path.resolve(file)
    if (skipped.some((dir) => abs === dir || abs.startsWith(dir + path.sep))) return true
    const rel = path.relative(source, abs)
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false
    const parts = rel.split(path.sep)
    if (parts.some((p) => ALWAYS_IGNORED.has(p))) return true
    if (parts[parts.length - 1] === '.jekyll-metadata' || EDITOR_TEMP.test(parts[parts.length - 1] ?? '')) return true
    return excluded(parts.join('/'))
  }
}

export class SourceWatcher {
  private watcher: FSWatcher | undefined
  private pending = new Map<string, ChangeKind>()
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private closed = false
  private readonly debounceMs: number
  private idleWaiters: Array<() => void> = []

  constructor(private readonly options: SourceWatcherOptions) {
    this.debounceMs = options.debounceMs ?? 100
  }

  /** Starts watching; resolves once the initial scan is done (later changes are reported). */
  start(): Promise<void> {
    const ignored = this.options.ignored
    const watcher = watch(this.options.paths, {
      ignoreInitial: true,
      ignored: (file: string) => ignored(file),
      atomic: true,
    })
    this.watcher = watcher
    for (const kind of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) {
      watcher.on(kind, (file: string) => this.queue(kind, file))
    }
    watcher.on('error', () => {
      // A folder that vanished mid-scan and the like: the next event brings the watcher up to date.
    })
    return new Promise((resolve) => watcher.once('ready', () => resolve()))
  }

  /** True while changes are waiting or a batch is being processed. */
  get busy(): boolean {
    return this.pending.size > 0 || this.running !== undefined || this.timer !== undefined
  }

  /** Resolves when no change is waiting and no batch is running. */
  idle(): Promise<void> {
    if (!this.busy) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  async close(): Promise<void> {
    this.closed = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    await this.watcher?.close()
    await this.running
    this.pending.clear()
    this.notifyIdle()
  }

  private queue(kind: ChangeKind, file: string): void {
    if (this.closed || this.options.ignored(file)) return
    this.pending.set(path.resolve(file), kind)
    this.schedule()
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.flush()
    }, this.debounceMs)
  }

  private async flush(): Promise<void> {
    if (this.running || this.closed) return
    if (this.pending.size === 0) {
      this.notifyIdle()
      return
    }
    const changes = [...this.pending].map(([file, kind]) => ({ kind, path: file }))
    this.pending = new Map()
    this.running = this.options.onBatch(changes).catch(() => undefined)
    await this.running
    this.running = undefined
    if (this.pending.size > 0 && !this.timer) this.schedule()
    else if (!this.busy) this.notifyIdle()
  }

  private notifyIdle(): void {
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const resolve of waiters) resolve()
  }
}
