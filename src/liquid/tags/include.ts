/**
 * Jekyll's `{% include %}` and `{% include_relative %}` (Jekyll::Tags::IncludeTag semantics):
 * - markup: a file name, or a name with `{{ variables }}` rendered first; then parameters
 *   `key="…"`, `key='…'` (a backslash escapes the quote) or `key=variable.name` (no filters);
 * - file names: only `[\w/.\-()+~#@]`, and no `..`, `./`, `//` (Jekyll's ArgumentError otherwise);
 * - `include` looks in `site.includesDirs` in order (the site's `_includes` before a theme's),
 *   `include_relative` in the folder of the page being rendered; not found is Jekyll's IOError;
 * - the file renders in the caller's context under a new scope, with `include` set only when
 *   parameters are given, so `assign` inside it leaks out as in Jekyll;
 * - every file is parsed once per build.
 * The render steps (fileName, templatesOf, parameters, renderInclude) are methods, so a tag built on
 * this one (`include_cached`) can subclass `liquid.tags.include` and reuse them.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { type Context, type Emitter, evalToken, Liquid, Tag, type TagToken, type Template, Tokenizer, type TopLevelToken, type ValueToken } from 'liquidjs'
import { readKey } from '../filters/jekyll-property.js'
import type { TagEnvironment } from './site-registers.js'

type TagImplementation = Parameters<Liquid['registerTag']>[1]

const PARAM = /([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))/g
const FULL_PARAMS = new RegExp(`^\\s*(?:${PARAM.source}(?=\\s|$)\\s*)*$`)
const VARIABLE_SYNTAX = /(?<variable>[^{]*(\{\{\s*[\w\-.]+\s*(\|.*)?\}\}[^\s{}]*)+)(?<params>.*)/s
const VALID_FILENAME_CHARS = /^[\w/.\-()+~#@]+$/m
const INVALID_SEQUENCES = /[./]{2,}/

/** Liquid's scope limit (Block::MAX_DEPTH): an include nested deeper fails with "Nesting too deep". */
const MAX_DEPTH = 100
const DEPTH = 'include-depth'

type Param = { key: string; value: string } | { key: string; variable: ValueToken }

/** Where the tag looks for files and how it loads them (provided by the engine). */
export interface IncludeLoader {
  /** Parsed templates of an `_includes` file (cached per build), looked up by its name as written. */
  parseInclude(file: string, ctx: Context, currentFile: string | undefined): Generator<unknown, Template[], unknown>
  /** Parsed templates of any file by absolute path (cached per build). */
  parseFile(absolute: string): Template[]
}

export function includeTag(env: TagEnvironment, loader: IncludeLoader, relative: boolean): TagImplementation {
  const tagName = relative ? 'include_relative' : 'include'
  const syntaxExample = `{% ${tagName} file.ext param='value' param2='value' %}`
  const located = new Set<string>() // names already found in the includes folders this build

  return class IncludeTag extends Tag {
    protected readonly file: string
    protected readonly fileTemplate?: Template[]
    protected readonly params?: Param[]
    protected readonly currentFile?: string

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid)
      this.currentFile = token.file
      const markup = token.args.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '')
      const matched = VARIABLE_SYNTAX.exec(markup)
      let params: string | undefined
      if (matched?.groups) {
        this.file = (matched.groups.variable as string).trim()
        params = (matched.groups.params as string).trim()
        this.fileTemplate = liquid.parse(this.file, token.file)
      } else {
        const split = /\s+/.exec(markup)
        this.file = split ? markup.slice(0, split.index) : markup
        params = split ? markup.slice(split.index + split[0].length) : undefined
      }
      if (params !== undefined) {
        if (!FULL_PARAMS.test(params)) {
          throw new Error(`Invalid syntax for ${tagName} tag:\n\n${params}\n\nValid syntax:\n\n${syntaxExample}\n\n`)
        }
        this.params = parseParams(params)
      }
    }

    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const file = yield* this.fileName(ctx)
      const templates = yield* this.templatesOf(file, ctx)
      const params = yield* this.parameters(ctx)
      yield* this.renderInclude(templates, params, ctx, emitter)
    }

    /** The file name: the markup's, or its `{{ }}` rendered; Jekyll's check of the characters and `..`. */
    *fileName(ctx: Context): Generator<unknown, string, unknown> {
      const file = this.fileTemplate ? ((yield this.liquid.renderer.renderTemplates(this.fileTemplate, ctx)) as string) : this.file
      if (INVALID_SEQUENCES.test(file) || !VALID_FILENAME_CHARS.test(file)) {
        throw new Error(
          `Invalid syntax for include tag. File contains invalid characters or sequences:\n\n  ${file}\n\nValid syntax:\n\n  ${syntaxExample}\n\n`,
        )
      }
      return file
    }

    /** The parsed file (located in the includes folders, or next to the page for include_relative). */
    *templatesOf(file: string, ctx: Context): Generator<unknown, Template[], unknown> {
      if (relative) return loader.parseFile(locate(file, [pageDir(ctx, env)], env))
      if (!located.has(file)) {
        locate(file, env.site.includesDirs, env)
        located.add(file)
      }
      return (yield* loader.parseInclude(file, ctx, this.currentFile)) as Template[]
    }

    /** The `include` hash, or undefined when the tag has no parameters (then `include` is left as it was). */
    *parameters(ctx: Context): Generator<unknown, Record<string, unknown> | undefined, unknown> {
      return this.params ? yield* evalParams(this.params, ctx) : undefined
    }

    /** Renders the file in the caller's context under a new scope (so `assign` leaks out, as in Jekyll). */
    *renderInclude(templates: Template[], params: Record<string, unknown> | undefined, ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const depth = ctx.getRegister<{ n: number }>(DEPTH, { n: 0 })
      if (++depth.n > MAX_DEPTH) throw new Error('Nesting too deep')
      ctx.push(params ? { include: params } : {})
      try {
        yield this.liquid.renderer.renderTemplates(templates, ctx, emitter)
      } finally {
        ctx.pop()
        depth.n--
      }
    }
  }
}

function parseParams(params: string): Param[] {
  const out: Param[] = []
  for (const m of params.matchAll(PARAM)) {
    const [, key, dq, sq, variable] = m as unknown as [string, string, string | undefined, string | undefined, string | undefined]
    if (dq !== undefined) out.push({ key, value: dq.replaceAll('\\"', '"') })
    else if (sq !== undefined) out.push({ key, value: sq.replaceAll("\\'", "'") })
    else out.push({ key, variable: new Tokenizer(variable as string).readValue() as ValueToken })
  }
  return out
}

function* evalParams(params: Param[], ctx: Context): Generator<unknown, Record<string, unknown>, unknown> {
  const values: Record<string, unknown> = {}
  for (const p of params) values[p.key] = 'value' in p ? p.value : yield evalToken(p.variable, ctx)
  return values
}

/** The first `dir/file` that is a regular file, or Jekyll's "Could not locate" error. */
function locate(file: string, dirs: string[], env: TagEnvironment): string {
  for (const dir of dirs) {
    const candidate = path.join(dir, file)
    if (isFile(candidate)) return candidate
  }
  const safe = env.site.config.safe === true
  throw new Error(
    `Could not locate the included file '${file}' in any of ${rubyArray(dirs)}. Ensure it exists in one of those directories and` +
      (safe ? ' is not a symlink as those are not allowed in safe mode.' : ', if it is a symlink, does not point outside your site source.'),
  )
}

/** `include_relative` resolves against the folder of the page being rendered (also from its layouts and includes). */
function pageDir(ctx: Context, env: TagEnvironment): string {
  // Jekyll's registers[:page]: the page of the render (an `assign` cannot hide it; strict_variables does not apply)
  const page = (ctx.environments as Record<string, unknown>).page
  const pagePath = page === undefined || page === null ? undefined : readKey(page, 'path')
  if (typeof pagePath !== 'string') return env.site.source
  const collection = readKey(page, 'collection')
  const collectionsDir = String(env.site.config.collections_dir ?? '')
  const relativePath = (collection ? path.posix.join(collectionsDir, pagePath) : pagePath).replace(/\/#excerpt$/, '')
  return path.join(env.site.source, path.posix.dirname(relativePath))
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

function rubyArray(items: string[]): string {
  return `[${items.map((s) => JSON.stringify(s)).join(', ')}]`
}
