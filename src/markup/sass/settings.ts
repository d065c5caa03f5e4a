/**
 * The `sass:` settings of a site, as jekyll-sass-converter reads them: `sass_dir` (default `_sass`), `load_paths`
 * (globs, relative to the source; kept inside the source in safe mode), the theme's `_sass`, `style`, `sourcemap`
 * (`always` | `never` | `development`) and `add_charset`; `quiet_deps` and `silence_deprecations` (jekyll-sass-converter
 * 3.x); plus `verbose`: Utterson silences the deprecation warnings every old theme triggers (SILENCED_DEPRECATIONS)
 * and those of files loaded from load paths, unless `verbose: true`.
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { isHash } from '../../config/yaml.js'

export type SassStyle = 'expanded' | 'compressed'
export type SourcemapPolicy = 'always' | 'never' | 'development'

export interface SassSettings {
  /** Absolute site source. */
  source: string
  style: SassStyle
  /** Existing folders searched by `@import`/`@use`, in order. */
  loadPaths: string[]
  sourcemap: SourcemapPolicy
  addCharset: boolean
  verbose: boolean
  /** Silence warnings from files reached through load paths (dependencies). */
  quietDeps: boolean
  /** Deprecation ids not reported. */
  silenceDeprecations: string[]
}

/** Deprecations every pre-2023 theme (minima 2.5 and most others) triggers on each build. */
export const SILENCED_DEPRECATIONS = ['import', 'slash-div', 'global-builtin', 'color-functions'] as const

export interface SassSettingsInput {
  source: string
  /** The site configuration (`sass`, `safe`). */
  config: Record<string, unknown>
  /** The theme's `_sass` folder, if any. */
  themeSassPath?: string
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

/** `Jekyll.sanitized_path`: the path, forced under `base`. */
function insideSource(source: string, p: string): string {
  const resolved = path.resolve(source, p)
  if (resolved === source || resolved.startsWith(source + path.sep)) return resolved
  return path.join(source, path.resolve('/', p))
}

/** Expands `*`, `?` and `[…]` in each path segment (Ruby's Dir.glob, relative to `cwd`). */
function glob(pattern: string, cwd: string): string[] {
  const absolute = path.resolve(cwd, pattern)
  if (!/[*?[]/.test(pattern)) return [absolute]
  let bases = [path.parse(absolute).root]
  for (const segment of absolute.split(path.sep).filter(Boolean)) {
    if (!/[*?[]/.test(segment)) {
      bases = bases.map((b) => path.join(b, segment))
      continue
    }
    const re = new RegExp(
      `^${segment.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*+/g, '[^/]*').replace(/\?/g, '[^/]')}$`,
    )
    bases = bases.flatMap((b) => {
      try {
        return readdirSync(b).sort().filter((n) => re.test(n) && (segment.startsWith('.') || !n.startsWith('.'))).map((n) => path.join(b, n))
      } catch {
        return []
      }
    })
  }
  return bases
}

function list(value: unknown): string[] {
  if (value === undefined || value === null) return []
  return (Array.isArray(value) ? value : [value]).map(String)
}

export function sassSettings({ source, config, themeSassPath }: SassSettingsInput): SassSettings {
  const sass = isHash(config.sass) ? config.sass : {}
  const safe = config.safe === true
  const sassDir = sass.sass_dir === undefined || sass.sass_dir === null || String(sass.sass_dir) === '' ? '_sass' : String(sass.sass_dir)
  let paths = [...list(sass.load_paths), path.relative(source, insideSource(source, sassDir)) || '.']
  if (safe) paths = paths.map((p) => insideSource(source, p))
  paths = paths.flatMap((p) => glob(p, source)).map((p) => (safe ? insideSource(source, p) : p))
  paths = [...new Set(paths)]
  if (themeSassPath) paths.push(themeSassPath)
  // libsass resolved the imports of a page relative to the site source (Jekyll passed `<source>/<name>` as the
  // file name); keep that working after the site's and theme's folders.
  paths.push(source)
  const verbose = sass.verbose === true
  const style = String(sass.style ?? '').replace(/^:/, '') === 'compressed' ? 'compressed' : 'expanded'
  const policy = String(sass.sourcemap ?? 'always').replace(/^:/, '')
  return {
    source,
    style,
    loadPaths: [...new Set(paths)].filter(isDirectory),
    sourcemap: policy === 'never' || policy === 'development' ? policy : 'always',
    addCharset: sass.add_charset === true,
    verbose,
    quietDeps: typeof sass.quiet_deps === 'boolean' ? sass.quiet_deps : !verbose,
    silenceDeprecations: [...new Set([...(verbose ? [] : SILENCED_DEPRECATIONS), ...list(sass.silence_deprecations)])],
  }
}

/** Whether a page gets a source map (jekyll-sass-converter's sourcemap_required?). */
export function sourcemapRequired(policy: SourcemapPolicy, environment: string): boolean {
  if (policy === 'never') return false
  if (policy === 'always') return true
  return environment === 'development'
}
