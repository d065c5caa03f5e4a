#!/usr/bin/env node
/** The `utterson` command: Jekyll's commands and flags. */
import { readFileSync } from 'node:fs'
import { Command } from 'commander'
import { addBuildOptions, type BuildFlags, runBuildCommand } from './build-command.js'

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }

const program = new Command('utterson')
  .description('Utterson is a Jekyll-compatible static site generator for Node.js.')
  .version(`utterson ${pkg.version}`, '-v, --version', 'Print the name and version')
  .showSuggestionAfterError(true)

addBuildOptions(program.command('build').alias('b').description('Build your site'))
  .action(async (flags: BuildFlags) => {
    process.exitCode = await runBuildCommand(flags)
  })

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
