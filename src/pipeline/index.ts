/**
 * A build is six plain stages over one context, in Jekyll's order:
 * reset → read → generate → render → cleanup → write.
 */
import { loadConfig, type ConfigOverrides } from '../config/load.js'
import { ConverterChain } from '../markup/converter.js'
import { createMarkdownFileConverter } from '../markup/markdown-converter.js'
import { BuildError } from '../util/errors.js'
import { cleanup } from './cleanup.js'
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
}

export interface BuildResult {
  context: BuildContext
  timings: Record<string, number>
}

/** Site time: SOURCE_DATE_EPOCH (seconds) when set, so builds can be reproducible; otherwise now. */
export function siteTime(env: NodeJS.ProcessEnv): Date {
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
  const { cwd, env = process.env, ...overrides } = options
  const config = loadConfig(overrides, cwd)
  const converters = new ConverterChain([createMarkdownFileConverter(config)])
  return {
    config,
    site: {
      config,
      source: config.source,
      dest: config.destination,
      time: siteTime(env),
      layouts: new Map(),
      pages: [],
      staticFiles: [],
      collections: new Map(),
      data: {},
      includesDirs: [`${config.source}/${String(config.includes_dir ?? '_includes')}`],
    },
    converters,
    environment: env.JEKYLL_ENV || 'development',
    outputs: new Map(),
    timings: {},
  }
}

/** Runs every stage; a stage's error is re-thrown as is (BuildErrors carry file and line). */
export async function runBuild(ctx: BuildContext): Promise<BuildResult> {
  for (const [name, stage] of STAGES) {
    const start = performance.now()
    await stage(ctx)
    ctx.timings[name] = performance.now() - start
  }
  return { context: ctx, timings: ctx.timings }
}

/** Builds a site: the programmatic equivalent of `utterson build`. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  return runBuild(createBuildContext(options))
}
