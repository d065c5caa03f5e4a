/**
 * `utterson doctor`: reads the site (reset, read, generate, as Jekyll's doctor does) and runs Jekyll's
 * checks, then Utterson's own. With `--compare`, also the migration report (compare.ts).
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { ConfigOverrides } from '../config/load.js'
import { createBuildContext, runBuild } from '../pipeline/index.js'
import type { Finding } from './finding.js'
import { conflictingUrls, deprecatedConfig, postsOutsideCollectionsDir, siteUrl, urlsDifferingByCase } from './jekyll-checks.js'
import { rubyOnlySettings, rubyPlugins, tomlConfigFiles, unsupportedPlugins } from './utterson-checks.js'

export { compareWithJekyll, type CompareOptions, type CompareResult } from './compare.js'
export type { Finding } from './finding.js'

export interface DoctorOptions extends ConfigOverrides {
  cwd?: string
  env?: NodeJS.ProcessEnv
}

export interface DoctorResult {
  findings: Finding[]
  /** No finding that makes the site unhealthy (Jekyll's doctor exits with 1 otherwise). */
  healthy: boolean
}

/** The configuration files the build would read (explicit `config`, else the default one). */
function configFiles(options: DoctorOptions): string[] {
  const cwd = options.cwd ?? process.cwd()
  const explicit = typeof options.config === 'string' ? options.config.split(',') : (options.config ?? [])
  const files = explicit.map((f) => f.trim()).filter(Boolean)
  if (files.length > 0) return files.map((f) => path.resolve(cwd, f))
  const source = path.resolve(cwd, options.source ?? '.')
  const found = ['yml', 'yaml', 'toml'].find((e) => existsSync(path.join(source, `_config.${e}`)))
  return found ? [path.join(source, `_config.${found}`)] : []
}

/** Runs every check on the site the options describe. */
export async function runDoctor(options: DoctorOptions = {}): Promise<DoctorResult> {
  const toml = tomlConfigFiles(configFiles(options))
  if (toml.length > 0) return { findings: toml, healthy: false }
  const ctx = createBuildContext(options)
  // Like Jekyll's doctor: reset, read and generate (plugins included), then stop: nothing is rendered or written.
  const skip = () => {}
  await runBuild(ctx, { render: skip, cleanup: skip, write: skip })
  const { config, site } = ctx
  const findings = [
    ...deprecatedConfig(config),
    ...conflictingUrls(site),
    ...urlsDifferingByCase(site),
    ...siteUrl(config),
    ...postsOutsideCollectionsDir(config),
    ...unsupportedPlugins(config),
    ...rubyPlugins(config),
    ...rubyOnlySettings(config),
  ]
  return { findings, healthy: findings.every((f) => !f.unhealthy) }
}
