/**
 * Compiles Sass/SCSS with dart-sass (the `sass` package, loaded on first use so sites without Sass do not pay
 * for it). Relative imports resolve from the page's own folder, then the load paths. Old themes' deprecation
 * warnings are silenced unless `verbose` (see settings.ts); errors become BuildErrors naming the file and line
 * (the page itself, or the partial the error is in).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type * as Sass from 'sass'
import { BuildError } from '../../util/errors.js'
import { log } from '../../util/log.js'
import type { SassSettings } from './settings.js'

let sassModule: typeof Sass | undefined
function sass(): typeof Sass {
  sassModule ??= createRequire(import.meta.url)('sass') as typeof Sass
  return sassModule
}

/** The file being compiled, for error messages, relative imports and source maps. */
export interface SassInputFile {
  /** Absolute path. */
  path: string
  /** Path shown in messages (relative to the source for site files). */
  relativePath: string
  /** The whole file as read (front matter included), for the code frame. */
  sourceText: string
  /** Lines before the compiled content (front matter). */
  lineOffset: number
}

export interface SassOutput {
  css: string
  /** The source map, when asked for (sources relative to the site source). */
  sourceMap?: Record<string, unknown>
}

export interface CompileRequest {
  content: string
  syntax: 'scss' | 'sass'
  settings: SassSettings
  file?: SassInputFile
  sourceMap: boolean
  /** Converter name for messages (Jekyll's class name). */
  converterName: string
}

export function compileSass(req: CompileRequest): SassOutput {
  const { settings, file } = req
  const url = file ? pathToFileURL(file.path) : undefined
  const options: Sass.StringOptions<'sync'> = {
    syntax: req.syntax === 'sass' ? 'indented' : 'scss',
    style: settings.style,
    loadPaths: settings.loadPaths,
    url,
    sourceMap: req.sourceMap,
    sourceMapIncludeSources: req.sourceMap,
    quietDeps: settings.quietDeps,
    verbose: settings.verbose,
    silenceDeprecations: settings.silenceDeprecations as Sass.DeprecationOrId[],
    logger: {
      warn(message, opts) {
        const where = opts.span?.url ? ` (${displayPath(opts.span.url, settings.source)}:${opts.span.start.line + 1})` : ''
        log.warn(opts.deprecation ? 'Sass deprecation:' : 'Sass warning:', `${message}${where}`)
      },
      debug(message, opts) {
        log.info('Sass debug:', `${message} (${displayPath(opts.span.url, settings.source)}:${opts.span.start.line + 1})`)
      },
    },
  }
  let result: Sass.CompileResult
  try {
    result = sass().compileString(req.content, options)
  } catch (error) {
    throw sassError(error, req, url)
  }
  if (!result.sourceMap) return { css: result.css }
  const sourceMap = relativeSourceMap(result.sourceMap, settings.source)
  includeLoadedFiles(sourceMap, result.loadedUrls, settings.source, url, req.content)
  return { css: result.css, sourceMap }
}

function displayPath(url: URL | undefined, source: string): string {
  if (!url) return 'stdin'
  if (url.protocol !== 'file:') return url.toString()
  const file = fileURLToPath(url)
  const rel = path.relative(source, file)
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/')
}

function relativeSource(s: string, source: string): string {
  if (!s.startsWith('file:')) return s
  return encodeURI(path.relative(source, fileURLToPath(s)).split(path.sep).join('/'))
}

interface SourceMapJson extends Record<string, unknown> {
  sources: string[]
  sourcesContent: string[]
}

/** Source map with `file:` sources made relative to the site source (as jekyll-sass-converter does). */
function relativeSourceMap(map: Sass.CompileResult['sourceMap'] & object, source: string): SourceMapJson {
  const sources = map.sources.map((s) => relativeSource(s, source))
  return { version: map.version, file: map.file, sources, sourcesContent: map.sourcesContent ?? [], names: map.names, mappings: map.mappings }
}

/**
 * dart-sass lists only the files that produced CSS; libsass lists every file it loaded (a main file of
 * `@import`s, partials of variables and mixins). Adding the others keeps the map's sources the same as Jekyll's.
 */
function includeLoadedFiles(map: SourceMapJson, loaded: URL[], source: string, entry: URL | undefined, entryContent: string): void {
  const urls = entry && !loaded.some((u) => u.href === entry.href) ? [entry, ...loaded] : loaded
  for (const url of urls) {
    const rel = relativeSource(url.href, source)
    if (map.sources.includes(rel)) continue
    let content: string
    try {
      content = entry && url.href === entry.href ? entryContent : url.protocol === 'file:' ? readFileSync(fileURLToPath(url), 'utf8') : ''
    } catch {
      content = ''
    }
    map.sources.push(rel)
    map.sourcesContent.push(content)
  }
}

function sassError(error: unknown, req: CompileRequest, pageUrl: URL | undefined): unknown {
  const e = error as Partial<Sass.Exception>
  if (typeof e.sassMessage !== 'string' || !e.span) return error
  const span = e.span
  const inPage = !span.url || (pageUrl !== undefined && span.url.href === pageUrl.href)
  const page = req.file
  const what = page ? page.relativePath : 'stdin'
  let file: string | undefined
  let line = span.start.line + 1
  let sourceText: string | undefined
  if (inPage) {
    file = page?.relativePath
    line += page?.lineOffset ?? 0
    sourceText = page?.sourceText ?? req.content
  } else if (span.url) {
    file = displayPath(span.url, req.settings.source)
    try {
      sourceText = span.url.protocol === 'file:' ? readFileSync(fileURLToPath(span.url), 'utf8') : undefined
    } catch {
      sourceText = undefined
    }
  }
  return new BuildError({
    topic: 'Conversion error:',
    message: `${req.converterName} encountered an error while converting '${what}': ${e.sassMessage}`,
    file,
    line,
    col: span.start.column + 1,
    source: sourceText,
    hint: inPage || !file ? undefined : `imported from ${what}`,
    cause: error,
  })
}
