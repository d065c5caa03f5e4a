/**
 * Loads the site configuration like `Jekyll.configuration`: DEFAULTS < config files < command-line overrides,
 * then the default `posts` collection and the default excludes. Sets `process.env.TZ` from `timezone`.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { catalogError, catalogWarning, ErrorCatalog } from '../errors/index.js'
import { decodeText } from '../read/files.js'
import { deepMerge } from '../util/deep-merge.js'
import { log } from '../util/log.js'
import { DEFAULT_EXCLUDES, DEFAULTS, PERMALINK_STYLE_TEMPLATES } from './defaults.js'
import { isHash, parseYaml } from './yaml.js'

export type SiteConfig = Record<string, unknown> & {
  source: string
  destination: string
  collections: Record<string, Record<string, unknown>>
  include: string[]
  exclude: string[]
  keep_files: string[]
}

/** What the command line (or the programmatic API) sets; keys are Jekyll's config names. */
export interface ConfigOverrides extends Record<string, unknown> {
  source?: string
  destination?: string
  /** Config files, as a list or Jekyll's comma-separated string. */
  config?: string | string[]
}

/** Returns the config file list: the explicit ones, or the first of `_config.yml/.yaml/.toml` in the source. */
function configFiles(source: string, explicit: ConfigOverrides['config']): { files: string[]; isDefault: boolean } {
  const list = typeof explicit === 'string' ? explicit.split(',').map((s) => s.trim()) : (explicit ?? [])
  const files = list.filter((f) => f.length > 0)
  if (files.length > 0) return { files: files.map((f) => path.resolve(f)), isDefault: false }
  const ext = ['yml', 'yaml', 'toml'].find((e) => existsSync(path.join(source, `_config.${e}`))) ?? 'yml'
  return { files: [path.join(source, `_config.${ext}`)], isDefault: true }
}

function readConfigFile(file: string, isDefault: boolean): Record<string, unknown> {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    if (isDefault) {
      log.warn('Configuration file:', 'none')
      return {}
    }
    throw catalogError(ErrorCatalog.ConfigFileMissing, { file }, { file })
  }
  if (/\.toml$/i.test(file)) {
    throw catalogError(ErrorCatalog.ConfigTomlUnsupported, { file }, { file })
  }
  const text = decodeText(bytes, 'utf-8', file) // invalid UTF-8 stops the build, as Psych does
  const data = parseYaml(text.replace(/^\uFEFF/, ''), { file, fileText: text, kind: 'config' })
  if (data === null || data === false) {
    log.info('Configuration file:', file)
    return {}
  }
  if (!isHash(data)) {
    catalogWarning(ErrorCatalog.ConfigNotAMap, { file, kind: Array.isArray(data) ? 'a list' : 'a single value' })
    log.warn('', `Configuration file: (INVALID) ${file}`)
    return {}
  }
  log.info('Configuration file:', file)
  return data
}

function requireArray(config: Record<string, unknown>, key: string): void {
  if (key in config && !Array.isArray(config[key])) {
    throw catalogError(ErrorCatalog.ConfigNotAnArray, { key, value: config[key] })
  }
}

/** Jekyll's `add_default_collections`: array form to hash, `posts` always present with output and permalink. */
function normalizeCollections(config: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const raw = config.collections
  if (raw !== null && raw !== undefined && !Array.isArray(raw) && !isHash(raw)) {
    // Site#collection_names raises ArgumentError for anything else.
    throw catalogError(ErrorCatalog.ConfigCollectionsInvalid, { value: raw }, { file: '_config.yml' })
  }
  let collections: Record<string, Record<string, unknown>> = {}
  if (Array.isArray(raw)) for (const label of raw) collections[String(label)] = {}
  else if (isHash(raw)) {
    for (const [label, meta] of Object.entries(raw)) collections[label] = isHash(meta) ? { ...meta } : {}
  }
  collections = { posts: {}, ...collections }
  const posts: Record<string, unknown> = { ...collections.posts, output: true }
  if (config.permalink && posts.permalink == null) {
    const style = String(config.permalink)
    posts.permalink = PERMALINK_STYLE_TEMPLATES[style] ?? style
  }
  collections.posts = posts
  return collections
}

/** Builds the effective configuration for a site. */
export function loadConfig(overrides: ConfigOverrides = {}, cwd = process.cwd()): SiteConfig {
  const source = path.resolve(cwd, overrides.source ?? '.')
  const { files, isDefault } = configFiles(source, overrides.config)
  let fromFiles: Record<string, unknown> = {}
  for (const file of files) fromFiles = deepMerge(fromFiles, readConfigFile(file, isDefault))
  requireArray(fromFiles, 'include')
  requireArray(fromFiles, 'exclude')
  requireArray(fromFiles, 'plugins')

  const { config: _files, ...rest } = overrides
  const merged = deepMerge(deepMerge({ ...DEFAULTS }, fromFiles), rest)
  merged.source = source
  merged.destination = path.resolve(cwd, String(overrides.destination ?? fromFiles.destination ?? path.join(cwd, '_site')))
  merged.collections = normalizeCollections(merged)
  const exclude = [...((merged.exclude as unknown[]) ?? []).map(String), ...DEFAULT_EXCLUDES]
  merged.exclude = [...new Set(exclude)]
  merged.include = ((merged.include as unknown[]) ?? []).map(String)
  merged.keep_files = ((merged.keep_files as unknown[]) ?? []).map(String)
  if (merged.timezone) process.env.TZ = String(merged.timezone)
  return merged as SiteConfig
}
