#!/usr/bin/env node
/** The `utterson` command: Jekyll's commands and flags. One registration block per command. */
import { readFileSync } from 'node:fs'
import { Command } from 'commander'
import { registerBuildCommand } from './build-command.js'
import { registerCleanCommand } from './clean-command.js'
import { registerDoctorCommand } from './doctor-command.js'
import { registerHelpCommand } from './help-command.js'
import { registerNewCommand } from './new-command.js'
import { registerServeCommand } from './serve-command.js'

// src/cli/main.ts, dist/cli/main.js and the bundled dist/bundle/main.js are all two folders below the package root
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }

const program = new Command('utterson')
  .usage('<subcommand> [options]')
  .description('Utterson is a Jekyll-compatible static site generator for Node.js.')
  .version(`utterson ${pkg.version}`, '-v, --version', 'Print the name and version')
  .showSuggestionAfterError(true)

// build (alias b)
registerBuildCommand(program)

// serve (aliases server, s)
registerServeCommand(program)

// new PATH
registerNewCommand(program)

// clean
registerCleanCommand(program)

// doctor (alias hyde)
registerDoctorCommand(program)

// help [COMMAND]
registerHelpCommand(program)

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
