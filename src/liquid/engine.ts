/**
 * The Liquid engine of a build: liquidjs configured like Jekyll 4.3's Liquid 5.4 (Jekyll's filters and
 * tags, Ruby output and condition rules, `liquid:` options). Every template, include and layout is parsed
 * once per build and reused.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { type Context, type FS, Liquid, type Template } from 'liquidjs'
import { isHash } from '../config/yaml.js'
import type { Site } from '../site/types.js'
import { BuildError } from '../util/errors.js'
import { log } from '../util/log.js'
import { registerPluginLiquid } from '../plugins/liquid.js'
import type { PluginRegistry } from '../plugins/registry.js'
import { smartifyFilter } from './filters/smartify.js'
import { liquidError, type TemplateSource } from './errors.js'
import { enforceFilterArity } from './filters/arity.js'
import { registerJekyllFilters, rubyOutput } from './filters/index.js'
import { UNKNOWN_OPERATOR_FILTER } from './lax/lax-markup.js'
import { checkLiquid, type ErrorMode, StrictModeError } from './lax/template-check.js'
import { removeBlankStrings } from './tags/blank-bodies.js'
import { RubyCaseTag } from './tags/case.js'
import { enableRubyBlank, rubyOperators } from './tags/conditions.js'
import { RubyForTag } from './tags/for.js'
import { highlightTag } from './tags/highlight.js'
import { IfchangedTag } from './tags/ifchanged.js'
import { type IncludeLoader, includeTag } from './tags/include.js'
import { linkTag } from './tags/link.js'
import { postUrlTag } from './tags/post-url.js'
import { JekyllRenderTag } from './tags/render.js'
import type { TagEnvironment } from './tags/site-registers.js'
import { RubyTablerowTag } from './tags/tablerow.js'
import { enableRubyWhitespaceControl } from './tags/whitespace-control.js'
import { enableFastTextScan } from './fast-text-scan.js'

export interface LiquidEngineOptions {
  site: Site
  markdownify(input: string): string
  /** Plugins whose filters and tags are registered after Jekyll's. */
  plugins?: PluginRegistry
}

export class LiquidEngine {
  readonly liquid: Liquid
  /** `liquid.error_mode`: `warn` (Jekyll's default), `strict` or `lax`. */
  readonly errorMode: ErrorMode
  private readonly parsed = new Map<string, Template[]>()
  private readonly files = new Map<string, Template[]>()

  constructor(private readonly opts: LiquidEngineOptions) {
    const { site } = opts
    const liquidConfig = isHash(site.config.liquid) ? site.config.liquid : {}
    this.errorMode = errorModeOf(liquidConfig.error_mode)
    this.liquid = new Liquid({
      root: [site.source],
      partials: site.includesDirs,
      layouts: [],
      dynamicPartials: false,
      relativeReference: false,
      extname: '',
      strictFilters: liquidConfig.strict_filters === true,
      strictVariables: liquidConfig.strict_variables === true,
      ownPropertyOnly: true,
      outputEscape: rubyOutput,
      // liquidjs asks Intl for the default locale otherwise (~15 ms of ICU start-up); only its own
      // date filter uses it, and Jekyll's `date` (Ruby strftime, English names) replaces that filter.
      locale: 'en-US',
      cache: true,
      operators: rubyOperators,
      fs: includesFs((text, file) => this.checkInclude(text, file)),
    })
    enableRubyBlank()
    enableRubyWhitespaceControl()
    enableFastTextScan()
    registerJekyllFilters(this.liquid, { markdownify: opts.markdownify })
    this.liquid.registerFilter(UNKNOWN_OPERATOR_FILTER, (operator: unknown) => {
      throw new Error(`Unknown operator ${String(operator)}`)
    })
    const env: TagEnvironment = { site }
    const loader: IncludeLoader = {
      parseInclude: (file, ctx, currentFile) => this.parseInclude(file, ctx, currentFile),
      parseFile: (absolute) => this.parseFile(absolute),
    }
    this.liquid.registerTag('for', RubyForTag)
    this.liquid.registerTag('case', RubyCaseTag)
    this.liquid.registerTag('tablerow', RubyTablerowTag)
    this.liquid.registerTag('ifchanged', IfchangedTag)
    this.liquid.registerTag('render', JekyllRenderTag)
    this.liquid.registerTag('include', includeTag(env, loader, false))
    this.liquid.registerTag('include_relative', includeTag(env, loader, true))
    this.liquid.registerTag('highlight', highlightTag(env))
    this.liquid.registerTag('link', linkTag(env))
    this.liquid.registerTag('post_url', postUrlTag(env))
    this.liquid.registerFilter('smartify', smartifyFilter(site.config))
    enforceFilterArity(this.liquid)
    if (opts.plugins) registerPluginLiquid(this.liquid, opts.plugins, site)
  }

  /** Parses a template once per build; `key` identifies it (its path, or path#excerpt). */
  parse(text: string, source: TemplateSource, key = source.parsedAs): Template[] {
    let templates = this.parsed.get(key)
    if (!templates) {
      templates = this.parseOnce(text, source)
      this.parsed.set(key, templates)
    }
    return templates
  }

  /** Parses a template rendered once (a page's or document's body): nothing is kept. */
  parseOnce(text: string, source: TemplateSource): Template[] {
    try {
      const templates = this.liquid.parse(this.check(text, source), source.parsedAs)
      removeBlankStrings(templates)
      return templates
    } catch (error) {
      throw liquidError(error, source, (p) => this.relative(p))
    }
  }

  /**
   * Renders parsed templates with the given variables; errors name the file and the line.
   * Synchronous: excerpts are rendered on first use from inside drops, which cannot wait.
   */
  render(templates: Template[], scope: Record<string, unknown>, source: TemplateSource): string {
    try {
      return this.liquid.renderSync(templates, scope) as string
    } catch (error) {
      throw liquidError(error, source, (p) => this.relative(p))
    }
  }

  /** An `_includes` file through liquidjs's partial loader (its cache; profilers hook `_parsePartialFile`). */
  private *parseInclude(file: string, ctx: Context, currentFile: string | undefined): Generator<unknown, Template[], unknown> {
    const templates = (yield this.liquid._parsePartialFile(file, ctx.sync, currentFile)) as Template[]
    removeBlankStrings(templates)
    return templates
  }

  /** Any file by absolute path (`include_relative`), parsed once. */
  private parseFile(absolute: string): Template[] {
    let templates = this.files.get(absolute)
    if (!templates) {
      templates = this.liquid.parse(this.checkInclude(readFileSync(absolute, 'utf8'), absolute), absolute)
      removeBlankStrings(templates)
      this.files.set(absolute, templates)
    }
    return templates
  }

  /** `error_mode` for a page or layout: Liquid warnings are logged as Jekyll logs them, with the line in the file. */
  private check(text: string, source: TemplateSource, showWarnings = true): string {
    try {
      const checked = checkLiquid(text, this.errorMode)
      if (showWarnings) for (const w of checked.warnings) {
        log.warn('Liquid Warning:', `Liquid syntax error (line ${w.line + source.lineOffset}): ${w.message} in ${source.file}`)
      }
      return checked.text
    } catch (error) {
      if (!(error instanceof StrictModeError)) throw error
      const line = error.warning.line + source.lineOffset
      throw new BuildError({
        topic: 'Liquid Exception',
        message: `Liquid Exception: Liquid syntax error: ${error.warning.message}`,
        file: source.file,
        line,
        source: source.sourceText,
        hint: error.onlyInStrictMode ? 'liquid.error_mode is strict; `warn` (the default) only warns about this.' : undefined,
      })
    }
  }

  /** `error_mode` for an include: as in Jekyll, lax parsing applies but warnings are not shown. */
  private checkInclude(text: string, absolute: string): string {
    return this.check(text, { file: this.relative(absolute), sourceText: text, lineOffset: 0, parsedAs: absolute }, false)
  }

  private relative(absolute: string): string {
    const source = this.opts.site.source
    return absolute.startsWith(`${source}/`) ? absolute.slice(source.length + 1) : absolute
  }
}

function errorModeOf(value: unknown): ErrorMode {
  return value === 'strict' || value === 'lax' ? value : 'warn'
}

/** The file system liquidjs loads includes through: only regular files exist; text is read (and checked) once per build. */
function includesFs(check: (text: string, file: string) => string): FS {
  const cache = new Map<string, string>()
  const read = (file: string): string => {
    let text = cache.get(file)
    if (text === undefined) {
      text = check(readFileSync(file, 'utf8'), file)
      cache.set(file, text)
    }
    return text
  }
  const isFile = (file: string): boolean => {
    try {
      return statSync(file).isFile()
    } catch {
      return false
    }
  }
  return {
    exists: async (file) => isFile(file),
    existsSync: isFile,
    readFile: async (file) => read(file),
    readFileSync: read,
    resolve: (dir, file) => path.join(dir, file),
    containsSync: (root, file) => file.startsWith(root),
    contains: async (root, file) => file.startsWith(root),
    dirname: path.dirname,
    sep: path.sep,
  }
}
