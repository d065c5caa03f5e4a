/**
 * `utterson serve` (aliases `server`, `s`): Jekyll's build flags plus its serve flags; builds, then serves
 * the destination with watching (on by default) and, with `-l`, LiveReload. Runs until interrupted.
 */
import type { Command } from 'commander'
import type { ServeSession } from '../serve/session.js'
import { log } from '../util/log.js'
import { addBuildOptions, type BuildFlags, flagsToOverrides } from './build-command.js'
import { reportError } from './report-error.js'

export interface ServeFlags extends BuildFlags {
  host?: string
  port?: string
  watch?: boolean
  livereload?: boolean
  livereloadPort?: string
  livereloadIgnore?: string
  livereloadMinDelay?: string
  livereloadMaxDelay?: string
  openUrl?: boolean
  skipInitialBuild?: boolean
  showDirListing?: boolean
}

/** Jekyll's configuration keys for the serve flags that were given. */
export function serveFlagsToOverrides(flags: ServeFlags): Record<string, unknown> {
  const overrides = flagsToOverrides(flags)
  const set = (key: string, value: unknown) => {
    if (value !== undefined) overrides[key] = value
  }
  set('host', flags.host)
  set('port', flags.port)
  set('livereload', flags.livereload)
  set('livereload_port', flags.livereloadPort === undefined ? undefined : Number(flags.livereloadPort))
  set('livereload_ignore', flags.livereloadIgnore?.split(',').map((g) => g.trim()).filter(Boolean))
  set('livereload_min_delay', flags.livereloadMinDelay)
  set('livereload_max_delay', flags.livereloadMaxDelay)
  set('open_url', flags.openUrl)
  set('skip_initial_build', flags.skipInitialBuild)
  set('show_dir_listing', flags.showDirListing)
  return overrides
}

/** Jekyll's check: the LiveReload tuning flags need `--livereload`. Returns an error message or undefined. */
export function validateServeFlags(flags: ServeFlags): string | undefined {
  const tuning = [flags.livereloadPort, flags.livereloadIgnore, flags.livereloadMinDelay, flags.livereloadMaxDelay]
  if (!flags.livereload && tuning.some((v) => v !== undefined)) {
    return '--livereload-min-delay, --livereload-max-delay, --livereload-ignore, and --livereload-port require the --livereload option.'
  }
  for (const [name, value] of [['--port', flags.port], ['--livereload-port', flags.livereloadPort]] as const) {
    if (value !== undefined && !(/^\d+$/.test(value) && Number(value) <= 65535)) return `${name} must be a port number (0-65535), got '${value}'.`
  }
  return undefined
}

export function registerServeCommand(program: Command): void {
  addBuildOptions(program.command('serve').aliases(['server', 's']).description('Serve your site locally'))
    .option('--no-incremental', 'Render every page on each change (incremental rebuilds are on by default)')
    .option('-H, --host <host>', 'Host to bind to (defaults to 127.0.0.1)')
    .option('-P, --port <port>', 'Port to listen on (defaults to 4000)')
    .option('-w, --watch', 'Watch for changes and rebuild (default)')
    .option('--no-watch', "Don't watch for changes")
    .option('-l, --livereload', 'Use LiveReload to automatically refresh browsers')
    .option('--livereload-port <port>', 'Port for LiveReload to listen on (defaults to 35729)')
    .option('--livereload-ignore <globs>', 'Files for LiveReload to ignore, comma-separated (quote them)')
    .option('--livereload-min-delay <seconds>', 'Minimum reload delay')
    .option('--livereload-max-delay <seconds>', 'Maximum reload delay')
    .option('-o, --open-url', 'Launch your site in a browser')
    .option('--skip-initial-build', 'Skips the initial site build which occurs before the server is started')
    .option('--show-dir-listing', 'Show a directory listing instead of loading your index file')
    .action(async (flags: ServeFlags) => {
      const code = await runServeCommand(flags)
      if (code !== 0) process.exitCode = code
    })
}

/** Runs `utterson serve` until SIGINT/SIGTERM; resolves to the exit status. */
export async function runServeCommand(flags: ServeFlags): Promise<number> {
  log.configure(flags)
  const invalid = validateServeFlags(flags)
  if (invalid) {
    log.error('Error:', invalid)
    return 1
  }
  let session: ServeSession
  try {
    const overrides = serveFlagsToOverrides(flags)
    const { serve } = await import('../serve/session.js') // the server, watcher and LiveReload: loaded for serve only
    session = await serve({
      build: overrides,
      watch: flags.watch,
      livereload: flags.livereload,
      livereloadPort: flags.livereloadPort === undefined ? undefined : Number(flags.livereloadPort),
      livereloadIgnore: overrides.livereload_ignore as string[] | undefined,
      livereloadMinDelay: flags.livereloadMinDelay,
      livereloadMaxDelay: flags.livereloadMaxDelay,
      skipInitialBuild: flags.skipInitialBuild,
      incremental: flags.incremental !== false,
      openUrl: flags.openUrl,
      trace: flags.trace,
    })
  } catch (error) {
    reportError(error, Boolean(flags.trace))
    return 1
  }
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  await session.close()
  return 0
}
