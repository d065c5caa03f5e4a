/** `utterson help [COMMAND]`: the help of the program or of one command, with Jekyll's message for an unknown one. */
import type { Command } from 'commander'
import { log } from '../util/log.js'

export function registerHelpCommand(program: Command): void {
  program.helpCommand(false)
  program
    .command('help')
    .argument('[command]', 'The command to explain')
    .description('Show the help message, optionally for a given subcommand.')
    .action((name: string | undefined) => {
      process.exitCode = runHelpCommand(program, name)
    })
}

export function runHelpCommand(program: Command, name: string | undefined): number {
  if (name === undefined) {
    process.stdout.write(program.helpInformation())
    return 0
  }
  const command = program.commands.find((c) => c.name() === name || c.aliases().includes(name))
  if (command) {
    process.stdout.write(command.helpInformation())
    return 0
  }
  log.error('Error:', `Hmm... we don't know what the '${name}' command is.`)
  log.info('Valid commands:', program.commands.map((c) => c.name()).join(', '))
  return 1
}
