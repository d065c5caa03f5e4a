/**
 * A build is six plain stages over one context, in Jekyll's order:
 * reset → read → generate → render → cleanup → write.
 */
import { loadConfig, type ConfigOverrides } from '../config/load.js'
import { ConversionCache } from '../markup/conversion-cache.js'
import { ConverterChain } from '../markup/converter.js'
import { createMarkdownFileConverter, kramdownOptions } from '../markup/markdown-converter.js'
import { createSassConverters } from '../markup/sass/index.js'
import { mergeThemeConfig, resolveTheme } from '../theme/index.js'
import { afterStage, beforeStage, setupPlugins } from '../plugins/lifecycle.js'
import { parseFrontMatterDate } from '../util/dates.js'
import { BuildError } from '../util/errors.js'
import { ConversionWorkers } from '../render/conversion-workers.js'
import { cleanup } from './cleanup.js'
import type { Site } from '../site/types.js'
import type { BuildContext } from './context.js'
import { generate } from './generate.js'
import { read } from './read.js'
import { render } from './render.js'
import { reset } from './reset.js'
import { write } from './write.js'

export const STAGES = [
  ['reset', reset],
  ['read', read],
  ['generate', generate],
  ['render', render],
  ['cleanup', cleanup],
  ['write', write],
] as const

export interface BuildOptions extends ConfigOverrides {
  /** Working directory for relative paths (default: process.cwd()). */
  cwd?: string
  /** Environment variables to read JEKYLL_ENV and SOURCE_DATE_EPOCH from (default: process.env). */
  env?: NodeJS.ProcessEnv
  /**
   * Worker threads that convert Markdown ahead of the render stage (default 0: the main thread alone).
   * The output is the same either way.
   */
  threads?: number
}

export interface BuildResult {
  context: BuildContext
  timings: Record<string, number>
}

/**
 * Site time: `time` in _config.yml (parsed as Jekyll's Site#reset does), else SOURCE_DATE_EPOCH (seconds)
 * when set, so builds can be reproducible; otherwise now.
 */
export function siteTime(env: NodeJS.ProcessEnv, config?: Record<string, unknown>): Date {
  const configured = config?.time
  if (configured !== undefined && configured !== null && configured !== false) {
    try {
      return parseFrontMatterDate(configured)
    } catch (error) {
      throw new BuildError({ topic: 'Fatal', message: `Invalid time in _config.yml: '${String(configured)}'.`, file: '_config.yml', cause: error })
    }
  }
  const epoch = env.SOURCE_DATE_EPOCH
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) {
      throw new BuildError({ topic: 'Fatal', message: `SOURCE_DATE_EPOCH must be a whole number of seconds, got '${epoch}'.` })
    }
    return new Date(Number(epoch) * 1000)
  }
  return new Date()
}

/** Creates the context of a build: configuration, empty site, converters. */
export function createBuildContext(options: BuildOptions = {}): BuildContext {
  const { cwd, env = process.env, threads, ...overrides } = options
  const siteConfig = loadConfig(overrides, cwd)
  const theme = resolveTheme(siteConfig, { source: siteConfig.source, env })
  const config = mergeThemeConfig(siteConfig, theme)
  const environment = env.JEKYLL_ENV || 'development'
  const site: Site = {
    config,
    source: config.source,
    dest: config.destination,
    time: siteTime(env, config),
    layouts: new Map(),
    pages: [],
    staticFiles: [],
    collections: new Map(),
    data: {},
    includesDirs: [`${config.source}/${String(config.includes_dir ?? '_includes')}`, ...(theme?.includesPath ? [theme.includesPath] : [])],
    theme,
  }
  const conversionCache = ConversionCache.forSite(config, kramdownOptions(config))
  const converters = new ConverterChain([createMarkdownFileConverter(config, conversionCache), ...createSassConverters({ site, environment })])
  return {
    config,
    site,
    converters,
    conversionCache,
    threads: threads ?? DEFAULT_THREADS,
    environment,
    outputs: new Map(),
    timings: {},
  }
}

/**
 * Conversion threads by default: none. On 2 cores the second one is already busy with V8's compiler and
 * garbage collector threads, and a conversion thread made builds about 10% slower (1,000 and 10,000
 * posts); on more cores the gain has not been measured yet. `--threads N` (BuildOptions.threads) turns them on.
 */
const DEFAULT_THREADS = 0

/** A stage of the build, as listed in STAGES. */
export type Stage = (ctx: BuildContext) => void | Promise<void>

/**
 * Runs every stage; a stage's error is re-thrown as is (BuildErrors carry file and line).
 * `replace` swaps stages by name (`utterson serve` renders and writes incrementally).
 */
export async function runBuild(ctx: BuildContext, replace: Partial<Record<(typeof STAGES)[number][0], Stage>> = {}): Promise<BuildResult> {
  await setupPlugins(ctx)
  let finished = false
  // Threads load the Markdown converter while the site is read (the default render stage uses them).
  if (replace.render === undefined && ctx.threads) ctx.conversionWorkers = new ConversionWorkers(ctx.threads, kramdownOptions(ctx.config))
  try {
    for (const [name, defaultStage] of STAGES) {
      const stage: Stage = replace[name] ?? defaultStage
      const start = performance.now()
      await beforeStage(ctx, name)
      await stage(ctx)
      await afterStage(ctx, name)
      ctx.timings[name] = performance.now() - start
    }
    finished = true
  } finally {
    await ctx.conversionWorkers?.close()
    ctx.conversionWorkers = undefined
    // What was converted stays valid even when a later file failed; only a complete full build prunes.
    ctx.conversionCache?.close({ prune: finished && replace.render === undefined })
  }
  return { context: ctx, timings: ctx.timings }
}

/** Builds a site: the programmatic equivalent of `utterson build`. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  return runBuild(createBuildContext(options))
}
