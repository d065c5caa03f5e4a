/**
 * `utterson doctor` (alias `hyde`): Jekyll's site checks plus Utterson's own; `--compare DIR` adds the
 * migration report against a `_site` built by Jekyll. Exit status 1 when the site is not healthy or
 * when any page differs.
 */
import type { Command } from 'commander'
import { log } from '../util/log.js'
import { addGlobalOptions, type BuildFlags, flagsToOverrides } from './build-command.js'
import { reportError } from './report-error.js'

export interface DoctorFlags extends BuildFlags {
  compare?: string
  keep?: string
}

export function registerDoctorCommand(program: Command): void {
  addGlobalOptions(program.command('doctor').alias('hyde').description('Search site and print specific deprecation warnings'))
    .option('--config <files>', 'Custom configuration file(s), comma-separated')
    .option('--compare <jekyll_site>', "Build with Utterson and compare, page by page, with Jekyll's output (a _site folder)")
    .option('--keep <dir>', 'With --compare: keep Utterson\'s output in this folder')
    .option('-q, --quiet', 'Silence output')
    .option('-V, --verbose', 'Print verbose output')
    .action(async (flags: DoctorFlags) => {
      process.exitCode = await runDoctorCommand(flags)
    })
}

export async function runDoctorCommand(flags: DoctorFlags): Promise<number> {
  log.configure(flags)
  try {
    const overrides = flagsToOverrides(flags)
    if (flags.compare !== undefined) return await runCompare(flags, overrides)
    const { runDoctor } = await import('../doctor/index.js')
    const { findings, healthy } = await runDoctor(overrides)
    for (const finding of findings) for (const [topic, message] of finding.lines) log.warn(topic, message)
    if (!healthy) return 1
    log.info('Your test results', 'are in. Everything looks fine.')
    return 0
  } catch (error) {
    reportError(error, Boolean(flags.trace))
    return 1
  }
}

async function runCompare(flags: DoctorFlags, overrides: Record<string, unknown>): Promise<number> {
  const { compareWithJekyll } = await import('../doctor/index.js')
  const result = await compareWithJekyll({ ...overrides, jekyllSite: flags.compare as string, keepOutput: flags.keep })
  log.info('Compared with:', result.expectedDir)
  for (const { topic, message } of result.report) log.info(topic, message)
  const { different, missing, extra } = result.summary
  return different + missing + extra === 0 ? 0 : 1
}
