/**
 * `utterson serve` as a whole: the HTTP server on the destination, the first build, the watcher whose
 * batches rebuild incrementally, and LiveReload. A failed build is reported in the terminal and shown on
 * every page; the server keeps running and the next good save recovers. `site.url` is the local address
 * (in development), as Jekyll sets it.
 */
import { spawn } from 'node:child_process'
import { EventEmitter } from 'node:events'
import path from 'node:path'
import { reportError } from '../cli/report-error.js'
import { loadConfig } from '../config/load.js'
import type { BuildOptions } from '../pipeline/index.js'
import { EntryFilter } from '../read/entry-filter.js'
import { fnmatch } from '../util/fnmatch.js'
import { log } from '../util/log.js'
import { SiteServer } from './http.js'
import { type BuildReport, IncrementalBuilder } from './incremental.js'
import { livereloadSnippet } from './inject.js'
import type { LiveReloadServer } from './livereload.js'
import { mountPoint } from './resolve-path.js'
import { type Change, SourceWatcher, sourceIgnore } from './watch.js'

export interface ServeOptions {
  /** Build options: source, destination, config files, drafts, … (keys are Jekyll's config names). */
  build: BuildOptions
  /** Override the configuration's `host`, `port`, … (already in `build` when given on the command line). */
  watch?: boolean
  livereload?: boolean
  livereloadPort?: number
  livereloadIgnore?: string[]
  livereloadMinDelay?: string
  livereloadMaxDelay?: string
  skipInitialBuild?: boolean
  incremental?: boolean
  openUrl?: boolean
  /** Quiet time before a batch of changes is built (ms). */
  debounceMs?: number
  /** Print stack traces of build errors. */
  trace?: boolean
}

export interface ServeEvents {
  build: [BuildReport]
  failed: [unknown]
}

/** Jekyll's `format_url`. */
function formatUrl(host: string, port: number, baseurl = ''): string {
  const shown = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
  return `http://${shown}:${port}${baseurl}`
}

export class ServeSession extends EventEmitter<ServeEvents> {
  /** The error of the last build, while it is the latest outcome. */
  lastError: unknown = undefined
  /** Address of the site, e.g. http://127.0.0.1:4000/blog/ */
  address = ''
  private server: SiteServer | undefined
  private livereload: LiveReloadServer | undefined
  private watcher: SourceWatcher | undefined
  private watchKey = ''
  private builder: IncrementalBuilder | undefined
  private dest = ''
  private baseurl = ''
  private buildOptions: BuildOptions = {}
  private building: Promise<void> = Promise.resolve()

  constructor(private readonly options: ServeOptions) {
    super()
  }

  /** The destination being served. */
  get destination(): string {
    return this.dest
  }

  get port(): number {
    return this.server?.port ?? 0
  }

  get livereloadPort(): number | undefined {
    return this.livereload?.port
  }

  /** Browsers connected to the LiveReload server. */
  get livereloadClients(): number {
    return this.livereload?.clientCount ?? 0
  }

  /** Starts everything; resolves when the site is being served (after the first build, even a failed one). */
  async start(): Promise<void> {
    const opts = this.options
    const env = opts.build.env ?? process.env
    const config = loadConfigQuietly(opts.build)
    const host = String(config.host ?? '127.0.0.1')
    const port = Number(config.port ?? 4000)
    this.dest = config.destination
    this.baseurl = mountPoint(config.baseurl)
    const livereload = opts.livereload ?? config.livereload === true
    const watch = livereload ? true : (opts.watch ?? true)
    const snippetPort = { port: opts.livereloadPort ?? Number(config.livereload_port ?? 35729) }

    if (livereload) {
      const { LiveReloadServer } = await import('./livereload.js') // and its WebSocket server: only with --livereload
      this.livereload = new LiveReloadServer({ host, port: snippetPort.port })
      snippetPort.port = await this.livereload.start()
      log.info('LiveReload address:', formatUrl(host, snippetPort.port))
    }
    const snippet = livereload
      ? livereloadSnippet({ port: snippetPort.port, minDelay: opts.livereloadMinDelay, maxDelay: opts.livereloadMaxDelay })
      : undefined
    const headers = (config.webrick as { headers?: Record<string, string> } | undefined)?.headers
    this.server = new SiteServer({
      host,
      port,
      root: () => this.dest,
      baseurl: () => this.baseurl,
      headers: headers && typeof headers === 'object' ? Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)])) : {},
      encoding: String(config.encoding ?? 'utf-8'),
      showDirListing: config.show_dir_listing === true,
      snippet: () => snippet,
      buildError: () => this.lastError,
    })
    const boundPort = await this.server.start()

    // Jekyll: in development, site.url is the server's address (127.0.0.1 shown as localhost).
    const development = (env.JEKYLL_ENV || 'development') === 'development'
    const urlHost = host === '127.0.0.1' ? 'localhost' : host
    this.buildOptions = {
      ...opts.build,
      serving: true,
      watch,
      ...(development ? { url: formatUrl(urlHost, boundPort) } : {}),
    }
    this.builder = new IncrementalBuilder({ build: this.buildOptions, incremental: opts.incremental ?? true })

    log.info('Source:', config.source)
    log.info('Destination:', config.destination)
    log.info('Incremental build:', opts.incremental === false ? 'disabled (--no-incremental)' : 'enabled')
    if (!opts.skipInitialBuild) {
      log.info('Generating...')
      await this.rebuild([])
    } else {
      log.info('Build Warning:', 'Skipping the initial build. This may result in an out-of-date site.')
    }
    if (watch) {
      await this.startWatcher()
      log.info('Auto-regeneration:', `enabled for '${config.source}'`)
    } else {
      log.info('Auto-regeneration:', 'disabled. Use --watch to enable.')
    }
    this.address = `${formatUrl(host, boundPort, this.baseurl)}/`
    log.info('Server address:', this.address)
    log.info('Server running...', 'press ctrl-c to stop.')
    if (opts.openUrl) openBrowser(this.address)
  }

  /** Resolves once no change is waiting and no build is running. */
  async settled(): Promise<void> {
    for (;;) {
      await this.building
      await this.watcher?.idle()
      await this.building
      if (!this.watcher?.busy) return
    }
  }

  async close(): Promise<void> {
    await this.watcher?.close()
    await this.building
    await this.server?.close()
    await this.livereload?.close()
  }

  /** One build (serialised with the others); reports, updates the error state and reloads browsers. */
  rebuild(changes: Change[]): Promise<void> {
    const run = this.building.then(() => this.runBuild(changes))
    this.building = run.catch(() => undefined)
    return run
  }

  private async runBuild(changes: Change[]): Promise<void> {
    const builder = this.builder
    if (!builder) return
    if (changes.length > 0) {
      const stamp = new Date()
      const pad = (n: number) => String(n).padStart(2, '0')
      const time = `${stamp.getFullYear()}-${pad(stamp.getMonth() + 1)}-${pad(stamp.getDate())} ${pad(stamp.getHours())}:${pad(stamp.getMinutes())}:${pad(stamp.getSeconds())}`
      log.info('Regenerating:', `${changes.length} file(s) changed at ${time}`)
      const source = path.resolve(this.buildOptions.source ?? '.')
      for (const change of changes.slice(0, 5)) log.info('', path.relative(source, change.path) || change.path)
      if (changes.length > 5) log.info('', `...and ${changes.length - 5} more`)
    }
    const hadError = this.lastError !== undefined
    try {
      const report = await builder.build(changes)
      this.lastError = undefined
      this.dest = report.context.site.dest
      this.baseurl = mountPoint(report.context.config.baseurl)
      log.info('', `${changes.length > 0 ? '...' : ''}done in ${report.seconds.toFixed(3)} seconds.`)
      log.debug('Incremental:', `${report.rendered} rendered, ${report.reused} reused${report.fullReason ? ` (full: ${report.fullReason})` : ''}`)
      this.reloadBrowsers(report, hadError)
      await this.maybeRestartWatcher(report)
      this.emit('build', report)
    } catch (error) {
      this.lastError = error
      reportError(error, Boolean(this.options.trace))
      log.error('', 'The server keeps running: fix the error and save to rebuild.')
      this.livereload?.reload([`${this.baseurl}/`])
      this.emit('failed', error)
    }
  }

  /** LiveReload messages for what changed: CSS alone is swapped in place, anything else reloads the page. */
  private reloadBrowsers(report: BuildReport, afterError: boolean): void {
    const live = this.livereload
    if (!live) return
    const ignore = this.options.livereloadIgnore ?? []
    const dest = report.context.site.dest
    const paths: string[] = []
    for (const file of [...report.written, ...report.removed]) {
      const rel = path.relative(dest, file).split(path.sep).join('/')
      const source = report.sources.get(file)
      if (ignore.some((glob) => fnmatch(glob, rel) || (source !== undefined && fnmatch(glob, source)))) continue
      paths.push(`${this.baseurl}/${rel}`)
    }
    const css = paths.filter((p) => /\.css$/i.test(p))
    const other = paths.filter((p) => !/\.css$/i.test(p))
    const messages = other.length > 50 ? [...css, ...other.slice(0, 1)] : [...css, ...other]
    if (afterError && other.length === 0) messages.push(`${this.baseurl}/`)
    if (messages.length > 0) live.reload(messages)
  }

  private async startWatcher(): Promise<void> {
    const config = loadConfigQuietly(this.buildOptions)
    const source = config.source
    const filter = new EntryFilter({ source, include: config.include, exclude: config.exclude })
    const configFiles = typeof this.buildOptions.config === 'string' ? this.buildOptions.config.split(',').map((f) => path.resolve(f.trim())) : []
    const cacheDir = path.resolve(source, String(config.cache_dir ?? '.jekyll-cache'))
    const ignored = sourceIgnore(source, config.destination, (rel) => !filter.isIncluded(rel) && filter.isExcluded(rel), [cacheDir])
    this.watchKey = JSON.stringify([config.destination, config.include, config.exclude])
    const watcher = new SourceWatcher({
      paths: [source, ...configFiles.filter((f) => !f.startsWith(source + path.sep))],
      ignored: (file) => !configFiles.includes(path.resolve(file)) && ignored(file),
      debounceMs: this.options.debounceMs,
      onBatch: (changes) => this.rebuild(changes),
    })
    this.watcher = watcher
    await watcher.start()
  }

  /** A configuration change of `exclude`, `include` or `destination` changes what is watched. */
  private async maybeRestartWatcher(report: BuildReport): Promise<void> {
    if (!this.watcher) return
    const { config } = report.context
    const key = JSON.stringify([config.destination, config.include, config.exclude])
    if (key === this.watchKey) return
    const old = this.watcher
    this.watcher = undefined
    void old.close()
    await this.startWatcher()
  }
}

function loadConfigQuietly(options: BuildOptions): ReturnType<typeof loadConfig> {
  const level = log.level
  log.level = 'error'
  try {
    const { cwd, env: _env, ...overrides } = options
    return loadConfig(overrides, cwd)
  } finally {
    log.level = level
  }
}

/** `--open-url`: the platform's opener, as Jekyll's launch_browser. */
function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'start' : 'xdg-open'
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true })
    child.on('error', () => log.error('Error:', `Could not open ${url} with ${command}.`))
    child.unref()
  } catch {
    log.error('Error:', `Could not open ${url} with ${command}.`)
  }
}

/** Starts `utterson serve`; the returned session is running. */
export async function serve(options: ServeOptions): Promise<ServeSession> {
  const session = new ServeSession(options)
  await session.start()
  return session
}
