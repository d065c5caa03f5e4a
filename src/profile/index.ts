/** `--profile`: per-template render statistics and the per-stage build summary, in Jekyll's tables. */
export { instrumentIncludes } from './include-timing.js'
export { phaseSummary, printProfile } from './phase-summary.js'
export { RenderStats, type TemplateStats } from './render-stats.js'
export { tabulate } from './table.js'
