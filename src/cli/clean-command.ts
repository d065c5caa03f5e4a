/**
 * `utterson clean`: removes the destination, `.jekyll-metadata`, the cache folder (`cache_dir`,
 * default `.jekyll-cache`, which also holds Utterson's Markdown cache) and `.sass-cache`, as `jekyll clean` does.
 */
import { existsSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import { log } from '../util/log.js'
import { addBuildOptions, type BuildFlags, flagsToOverrides } from './build-command.js'
import { reportError } from './report-error.js'

export function registerCleanCommand(program: Command): void {
  addBuildOptions(program.command('clean').description('Clean the site (removes site output and metadata file) without building.'))
    .action(async (flags: BuildFlags) => {
      process.exitCode = await runCleanCommand(flags)
    })
}

/** What `clean` removes: [path, whether it is a folder]. */
export function cleanTargets(config: { source: string; destination: string; cache_dir?: unknown }): Array<[string, boolean]> {
  return [
    [config.destination, true],
    [path.join(config.source, '.jekyll-metadata'), false],
    [path.join(config.source, String(config.cache_dir ?? '.jekyll-cache')), true],
    [path.join(config.source, '.sass-cache'), true],
  ]
}

export async function runCleanCommand(flags: BuildFlags): Promise<number> {
  log.configure(flags)
  try {
    const [{ loadConfig }, { assertSafeDestination }] = await Promise.all([import('../config/load.js'), import('../pipeline/reset.js')])
    const config = loadConfig(flagsToOverrides(flags))
    // the same guard as a build: never delete the source, a folder holding it, the home folder or `/`
    assertSafeDestination(config.source, config.destination)
    for (const [target, isDir] of cleanTargets(config)) {
      const stat = existsSync(target) ? statSync(target) : undefined
      if (stat && stat.isDirectory() === isDir) {
        log.info('Cleaner:', `Removing ${target}...`)
        rmSync(target, { recursive: true, force: true })
      } else {
        log.info('Cleaner:', `Nothing to do for ${target}.`)
      }
    }
    return 0
  } catch (error) {
    reportError(error, Boolean(flags.trace))
    return 1
  }
}
