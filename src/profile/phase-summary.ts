/** Jekyll's "Build Process Summary" table: one row per stage (time in seconds, 4 decimals) and the total. */
import { tabulate } from './table.js'

const PHASES = ['reset', 'read', 'generate', 'render', 'cleanup', 'write'] as const

/** `timings` are milliseconds by stage name, as `BuildContext.timings` holds them. */
export function phaseSummary(timings: Record<string, number>): string {
  let total = 0
  const rows = PHASES.map((phase) => {
    // Jekyll adds up the rounded times, so the total is the sum of the printed rows
    const rounded = Math.round((timings[phase] ?? 0) / 1000 * 10_000) / 10_000
    total += rounded
    return [phase.toUpperCase(), rounded.toFixed(4)]
  })
  return tabulate([['PHASE', 'TIME'], ...rows, ['TOTAL TIME', total.toFixed(4)]])
}

/** Prints both tables the way `jekyll build --profile` does, through `info(topic)`. */
export function printProfile(info: (topic: string) => void, timings: Record<string, number>, renderTable: string): void {
  info('\nBuild Process Summary:')
  info(phaseSummary(timings))
  info('\nSite Render Stats:')
  info(renderTable)
}
