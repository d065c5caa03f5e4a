/** `utterson new PATH [--blank] [--force]`: a new blog from Utterson's starter templates, as `jekyll new`. */
import path from 'node:path'
import type { Command } from 'commander'
import { log } from '../util/log.js'
import { reportError } from './report-error.js'

export interface NewFlags {
  force?: boolean
  blank?: boolean
  skipBundle?: boolean
  trace?: boolean
  quiet?: boolean
}

export function registerNewCommand(program: Command): void {
  program
    .command('new')
    .argument('<path...>', 'Folder of the new site (created if missing)')
    .description('Creates a new Jekyll site scaffold in PATH')
    .option('--force', 'Force creation even if PATH already exists')
    .option('--blank', 'Creates scaffolding but with empty files')
    .option('--skip-bundle', "Skip 'bundle install' (accepted for Jekyll compatibility; there is nothing to install)")
    .option('-q, --quiet', 'Silence output')
    .option('-t, --trace', 'Show the full backtrace when an error occurs')
    .action(async (parts: string[], flags: NewFlags) => {
      process.exitCode = await runNewCommand(parts.join(' '), flags)
    })
}

/** Creates the site; resolves to the exit status. The welcome post is dated now (or SOURCE_DATE_EPOCH). */
export async function runNewCommand(target: string, flags: NewFlags, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  log.configure(flags)
  const dir = path.resolve(target)
  const [{ createSite, SiteExistsError }, { siteTime }] = await Promise.all([import('../scaffold/index.js'), import('../pipeline/index.js')])
  try {
    createSite(dir, { blank: flags.blank, force: flags.force, now: siteTime(env) })
  } catch (error) {
    if (error instanceof SiteExistsError) {
      log.error('Conflict:', `${dir} exists and is not empty.`)
      log.error('', `Ensure ${dir} is empty or else try again with \`--force\` to proceed and overwrite any files.`)
      return 1
    }
    reportError(error, Boolean(flags.trace))
    return 1
  }
  log.info(`New Utterson site installed in ${dir}.`)
  if (!flags.blank) {
    log.info('Next:', `cd ${path.relative(process.cwd(), dir) || '.'} && npx utterson serve`)
  }
  return 0
}
