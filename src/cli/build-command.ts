/** `utterson build`: Jekyll's flags → configuration overrides → one build, with Jekyll's log lines. */
import type { Command } from 'commander'
import { printProfile, RenderStats } from '../profile/index.js'
import { strictWarnings } from '../errors/index.js'
import { BuildError } from '../util/errors.js'
import { log } from '../util/log.js'
import { createProgress } from './progress.js'
import { reportError } from './report-error.js'

export interface BuildFlags {
  source?: string
  destination?: string
  config?: string
  drafts?: boolean
  future?: boolean
  unpublished?: boolean
  limit_posts?: string
  baseurl?: string
  trace?: boolean
  quiet?: boolean
  verbose?: boolean
  safe?: boolean
  incremental?: boolean
  strict_front_matter?: boolean
  layouts?: string
  plugins?: string
  lsi?: boolean
  profile?: boolean
  disableDiskCache?: boolean
  strict?: boolean
  /** `build --threads N`: Utterson's own flag (worker threads converting Markdown). */
  threads?: string
}

/** Jekyll's option names for the flags that were given (absent flags leave the configuration alone). */
export function flagsToOverrides(flags: BuildFlags): Record<string, unknown> {
  const overrides: Record<string, unknown> = {}
  const set = (key: string, value: unknown) => {
    if (value !== undefined) overrides[key] = value
  }
  set('source', flags.source)
  set('destination', flags.destination)
  set('config', flags.config)
  set('show_drafts', flags.drafts)
  set('future', flags.future)
  set('unpublished', flags.unpublished)
  set('limit_posts', flags.limit_posts === undefined ? undefined : Number(flags.limit_posts))
  set('baseurl', flags.baseurl)
  set('quiet', flags.quiet)
  set('verbose', flags.verbose)
  set('safe', flags.safe)
  set('incremental', flags.incremental)
  set('strict_front_matter', flags.strict_front_matter)
  set('strict', flags.strict) // read by the write stage: warnings fail the build before anything is written
  set('layouts_dir', flags.layouts)
  set('plugins_dir', flags.plugins === undefined ? undefined : flags.plugins.split(',').map((d) => d.trim()))
  set('lsi', flags.lsi)
  set('profile', flags.profile)
  set('disable_disk_cache', flags.disableDiskCache)
  return overrides
}

/** Jekyll's global flags (every command takes them). */
export function addGlobalOptions(command: Command): Command {
  return command
    .option('-s, --source <dir>', 'Source directory (defaults to ./)')
    .option('-d, --destination <dir>', 'Destination directory (defaults to ./_site)')
    .option('--safe', 'Safe mode (defaults to false)')
    .option('-p, --plugins <dirs>', 'Plugins directory (defaults to ./_plugins), comma-separated')
    .option('--layouts <dir>', 'Layouts directory (defaults to ./_layouts)')
    .option('--profile', 'Generate a Liquid rendering profile')
    .option('-t, --trace', 'Show the full backtrace when an error occurs')
}

/** The flags of `build` (and `clean` and `serve`): Jekyll's build options. */
export function addBuildOptions(command: Command): Command {
  return addGlobalOptions(command)
    .option('--config <files>', 'Custom configuration file(s), comma-separated')
    .option('-D, --drafts', 'Render posts in the _drafts folder')
    .option('--future', 'Publishes posts with a future date')
    .option('--unpublished', 'Render posts that were marked as unpublished')
    .option('--limit_posts <n>', 'Limits the number of posts to parse and publish')
    .option('-b, --baseurl <url>', 'Serve the website from the given base URL')
    .option('--lsi', 'Use LSI for improved related posts (not implemented: related posts are the most recent)')
    .option('-I, --incremental', 'Enable incremental rebuild')
    .option('--strict_front_matter', 'Fail if errors are present in front matter')
    .option('--disable-disk-cache', 'Disable caching to disk')
    .option('-q, --quiet', 'Silence output')
    .option('-V, --verbose', 'Print verbose output')
}

export function registerBuildCommand(program: Command): void {
  addBuildOptions(program.command('build').alias('b').description('Build your site'))
    .option('--strict', 'Treat warnings as errors: exit with status 1 if the build printed any warning')
    .option('--threads <n>', 'Worker threads converting Markdown ahead of rendering (default 0; measured slower on 2 cores)')
    .action(async (flags: BuildFlags) => {
      process.exitCode = await runBuildCommand(flags)
    })
}

/** `--threads N`: a whole number; absent, the default (undefined). */
function threadsFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value.trim())) throw new BuildError({ topic: 'Error:', message: `--threads must be a whole number (0 for none), got '${value}'.` })
  return Number(value)
}

/** Runs one build as `utterson build` does; resolves to the exit status. */
export async function runBuildCommand(flags: BuildFlags): Promise<number> {
  log.configure(flags)
  log.warnings = []
  const start = performance.now()
  const progress = flags.quiet ? undefined : createProgress()
  try {
    // imported here, not at the top: `serve`, `clean`, `doctor` take their flags from this module and need no pipeline
    const { createBuildContext, runBuild } = await import('../pipeline/index.js')
    const ctx = createBuildContext({ ...flagsToOverrides(flags), threads: threadsFlag(flags.threads) })
    ctx.ownsProcess = true
    if (flags.profile) ctx.renderStats = new RenderStats()
    if (progress) ctx.onRendered = progress.update
    log.info('Source:', ctx.config.source)
    log.info('Destination:', ctx.config.destination)
    log.info('Incremental build:', 'disabled. Enable with --incremental')
    log.info('Generating...')
    await runBuild(ctx)
    progress?.finish()
    if (ctx.renderStats) printProfile((topic) => log.info(topic), ctx.timings, ctx.renderStats.table())
    log.info('', `done in ${((performance.now() - start) / 1000).toFixed(3)} seconds.`)
    log.info('Auto-regeneration:', 'disabled. Use --watch to enable.')
    const warnings = strictWarnings()
    if (flags.strict && warnings.length > 0) {
      log.error('Error:', `--strict: the build printed ${warnings.length} warning${warnings.length === 1 ? '' : 's'}.`)
      return 1
    }
    return 0
  } catch (error) {
    progress?.finish()
    reportError(error, Boolean(flags.trace))
    return 1
  }
}
