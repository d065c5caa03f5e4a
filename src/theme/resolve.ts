/**
 * Resolves `theme: NAME` to a folder, in order:
 *  1. a local folder: a path (`./x`, `../x`, `/x`, `~/x`, relative to the source), or
 *     `<source>/<theme_dir>/NAME` (`theme_dir` defaults to `_themes`; `jekyll-theme-NAME` also tried);
 *  2. an npm package `NAME` or `jekyll-theme-NAME` in a `node_modules` of the source or a parent folder;
 *  3. an installed Ruby gem `NAME` (Jekyll's own lookup), so machines with themes installed as gems keep working.
 * Then finds its folders and gemspec like Jekyll's Theme.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isHash } from '../config/yaml.js'
import { BuildError } from '../util/errors.js'
import { log } from '../util/log.js'
import { findGem, gemPaths } from './gem-paths.js'
import { parseGemspec, type Gemspec } from './gemspec.js'
import type { Theme, ThemeOrigin } from './types.js'

export interface ThemeLookup {
  /** Absolute site source. */
  source: string
  /** `theme_dir` from the configuration (default `_themes`). */
  themeDir?: unknown
  env?: NodeJS.ProcessEnv
  /** Gem directories to search (default: gemPaths(env)). */
  gemDirs?: string[]
}

const DEFAULT_THEME_DIR = '_themes'

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

function isPathLike(name: string): boolean {
  return /^(\.{1,2}([/\\]|$)|[/\\]|~[/\\])/.test(name) || path.isAbsolute(name)
}

interface Candidate {
  root: string
  origin: ThemeOrigin
  version?: string
  gemspecFile?: string
}

function localCandidate(name: string, lookup: ThemeLookup): Candidate | undefined {
  const home = lookup.env?.HOME || os.homedir()
  if (isPathLike(name)) {
    const expanded = name.startsWith('~') ? path.join(home, name.slice(1)) : name
    const root = path.resolve(lookup.source, expanded)
    return isDirectory(root) ? { root, origin: 'local' } : undefined
  }
  const themeDir = typeof lookup.themeDir === 'string' && lookup.themeDir !== '' ? lookup.themeDir : DEFAULT_THEME_DIR
  for (const dirName of [name, `jekyll-theme-${name}`]) {
    const root = path.resolve(lookup.source, themeDir, dirName)
    if (isDirectory(root)) return { root, origin: 'local' }
  }
  return undefined
}

function npmCandidate(name: string, source: string): Candidate | undefined {
  for (let dir = source; ; dir = path.dirname(dir)) {
    for (const pkg of [name, `jekyll-theme-${name}`]) {
      const root = path.join(dir, 'node_modules', pkg)
      if (isDirectory(root)) return { root, origin: 'npm', version: packageVersion(root) }
    }
    if (path.dirname(dir) === dir) return undefined
  }
}

function packageVersion(root: string): string | undefined {
  try {
    const pkg: unknown = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    return isHash(pkg) && typeof pkg.version === 'string' ? pkg.version : undefined
  } catch {
    return undefined
  }
}

function gemCandidate(name: string, lookup: ThemeLookup): Candidate | undefined {
  const gem = findGem(name, lookup.gemDirs ?? gemPaths(lookup.env))
  return gem && { root: gem.dir, origin: 'gem', version: gem.version, gemspecFile: gem.specification }
}

/** A `*.gemspec` in the theme root (source checkouts and npm packages of themes ship one). */
function rootGemspec(root: string, name: string): string | undefined {
  let files: string[]
  try {
    files = readdirSync(root).filter((f) => f.endsWith('.gemspec')).sort()
  } catch {
    return undefined
  }
  const file = files.find((f) => f === `${name}.gemspec`) ?? files[0]
  return file === undefined ? undefined : path.join(root, file)
}

function readGemspec(file: string | undefined): Gemspec | undefined {
  if (!file) return undefined
  try {
    return parseGemspec(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

/** A theme sub-folder, resolved through symlinks but kept inside the root (Jekyll's Theme#path_for). */
function folder(root: string, name: string): string | undefined {
  const candidate = path.join(root, name)
  if (!existsSync(candidate)) return undefined
  let real: string
  try {
    real = realpathSync(candidate)
  } catch {
    log.error('Theme error:', `Directory '${name}' is not accessible or includes a symbolic link loop.`)
    return undefined
  }
  if (real !== root && !real.startsWith(root + path.sep)) return undefined
  return isDirectory(real) ? real : undefined
}

/** Names of the plugins a theme enables: its runtime dependencies other than `jekyll` (PluginManager#require_theme_deps). */
export function themePluginNames(theme: Pick<Theme, 'gemspec'> | undefined): string[] {
  return (theme?.gemspec?.runtimeDependencies ?? []).filter((name) => name !== 'jekyll')
}

/** Finds theme `name`; undefined when it is nowhere. */
export function findTheme(rawName: string, lookup: ThemeLookup): Theme | undefined {
  const name = rawName.trim().toLowerCase()
  const looksLikePath = isPathLike(rawName.trim())
  const candidate =
    localCandidate(looksLikePath ? rawName.trim() : name, lookup) ??
    (looksLikePath ? undefined : (npmCandidate(name, lookup.source) ?? gemCandidate(name, lookup)))
  if (!candidate) return undefined
  const root = realpathSync(candidate.root)
  const gemspec = readGemspec(candidate.gemspecFile ?? rootGemspec(root, looksLikePath ? path.basename(root) : name))
  const theme: Theme = {
    name: looksLikePath ? (gemspec?.name ?? path.basename(root)).toLowerCase() : name,
    root,
    origin: candidate.origin,
    version: candidate.version ?? gemspec?.version,
    includesPath: folder(root, '_includes'),
    layoutsPath: folder(root, '_layouts'),
    sassPath: folder(root, '_sass'),
    assetsPath: folder(root, 'assets'),
    dataPath: folder(root, '_data'),
    gemspec,
    plugins: [],
  }
  theme.plugins = themePluginNames(theme)
  return theme
}

/**
 * The theme of a site configuration (Site#configure_theme): none when `theme` is unset; a warning and none when it
 * is not a string; a BuildError when it cannot be found. `remote_theme` is never downloaded: without `theme`
 * a local copy named after the repository is used when one exists, else a warning says how to vendor it.
 */
export function resolveTheme(config: Record<string, unknown>, lookup: Omit<ThemeLookup, 'themeDir'>): Theme | undefined {
  const full = { ...lookup, themeDir: config.theme_dir }
  const value = config.theme
  if (value === undefined || value === null) return remoteTheme(config.remote_theme, full)
  if (typeof value !== 'string') {
    log.warn('Theme:', `value of 'theme' in config should be String to use gem-based themes, but got ${rubyClass(value)}`)
    return undefined
  }
  if (config.remote_theme !== undefined && config.remote_theme !== null) {
    log.warn('Remote theme:', `'remote_theme: ${String(config.remote_theme)}' is ignored: 'theme: ${value}' is used.`)
  }
  const theme = findTheme(value, full)
  if (!theme) {
    throw new BuildError({
      topic: 'Dependency Error:',
      message: `The ${value.trim().toLowerCase()} theme could not be found.`,
      hint:
        `looked in ${path.join(typeof config.theme_dir === 'string' && config.theme_dir ? config.theme_dir : DEFAULT_THEME_DIR, value.trim())}, ` +
        `node_modules/${value.trim()} (or jekyll-theme-${value.trim()}) and the installed Ruby gems. ` +
        `Install it (npm install ${value.trim()}, or gem install ${value.trim()}) or copy it into that folder.`,
    })
  }
  log.debug('Theme:', theme.name)
  log.debug('Theme source:', theme.root)
  return theme
}

function remoteTheme(value: unknown, lookup: ThemeLookup): Theme | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const spec = String(value)
  // owner/repo@ref, or a full GitHub URL: the repository name is the theme's name.
  const repo = spec.replace(/@.*$/, '').replace(/\.git$/, '').split('/').filter(Boolean).pop() ?? spec
  const theme = findTheme(repo, lookup)
  if (theme) {
    log.info('Remote theme:', `using the local copy of ${spec} at ${theme.root} (remote themes are not downloaded)`)
    return theme
  }
  log.warn(
    'Remote theme:',
    `${spec} is not downloaded: Utterson builds without network access. Put a copy of the theme in ` +
      `_themes/${repo} (git clone https://github.com/${spec.replace(/@.*$/, '')} _themes/${repo}) or install it ` +
      `with npm, then set 'theme: ${repo}'.`,
  )
  return undefined
}

function rubyClass(value: unknown): string {
  if (Array.isArray(value)) return 'Array'
  if (isHash(value)) return 'Hash'
  if (typeof value === 'boolean') return value ? 'TrueClass' : 'FalseClass'
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Float'
  return typeof value
}
