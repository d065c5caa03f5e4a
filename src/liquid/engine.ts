/**
 * The Liquid engine of a build: liquidjs configured like Jekyll's Liquid 5.4 (includes in `_includes`,
 * Jekyll filters and tags, Ruby output rules). Templates are parsed once per build and reused.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { type FS, Liquid, type Template } from 'liquidjs'
import { isHash } from '../config/yaml.js'
import type { Site } from '../site/types.js'
import { BuildError } from '../util/errors.js'
import { registerJekyllFilters, rubyOutput } from './filters/index.js'
import { liquidError, type TemplateSource } from './errors.js'
import { HighlightTag } from './tags/highlight.js'
import { linkTag } from './tags/link.js'
import { postUrlTag } from './tags/post-url.js'
import type { TagEnvironment } from './tags/site-registers.js'

export interface LiquidEngineOptions {
  site: Site
  markdownify(input: string): string
}

export class LiquidEngine {
  readonly liquid: Liquid
  private readonly parsed = new Map<string, Template[]>()

  constructor(private readonly opts: LiquidEngineOptions) {
    const { site } = opts
    const liquidConfig = isHash(site.config.liquid) ? site.config.liquid : {}
    this.liquid = new Liquid({
      root: [site.source],
      partials: site.includesDirs,
      layouts: [],
      jekyllInclude: true,
      jekyllWhere: true,
      dynamicPartials: false,
      relativeReference: false,
      extname: '',
      strictFilters: liquidConfig.strict_filters === true,
      strictVariables: liquidConfig.strict_variables === true,
      ownPropertyOnly: true,
      outputEscape: rubyOutput,
      cache: true,
      fs: includesFs(site),
    })
    registerJekyllFilters(this.liquid, { markdownify: opts.markdownify })
    const env: TagEnvironment = { site }
    this.liquid.registerTag('highlight', HighlightTag)
    this.liquid.registerTag('link', linkTag(env))
    this.liquid.registerTag('post_url', postUrlTag(env))
  }

  /** Parses a template once per build; `key` identifies it (its path, or path#excerpt). */
  parse(text: string, source: TemplateSource, key = source.parsedAs): Template[] {
    let templates = this.parsed.get(key)
    if (!templates) {
      try {
        templates = this.liquid.parse(text, source.parsedAs)
      } catch (error) {
        throw liquidError(error, source, (p) => this.relative(p))
      }
      this.parsed.set(key, templates)
    }
    return templates
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

  private relative(absolute: string): string {
    const source = this.opts.site.source
    return absolute.startsWith(`${source}/`) ? absolute.slice(source.length + 1) : absolute
  }
}

/** Include lookup in `_includes` (the site's first, then the theme's), with Jekyll's error for a missing file. */
function includesFs(site: Site): FS {
  const cache = new Map<string, string>()
  const read = (file: string): string => {
    let text = cache.get(file)
    if (text === undefined) {
      text = readFileSync(file, 'utf8')
      cache.set(file, text)
    }
    return text
  }
  return {
    exists: async (file) => existsSync(file),
    existsSync: (file) => existsSync(file),
    readFile: async (file) => read(file),
    readFileSync: read,
    resolve: (dir, file) => {
      if (/\.\.[/\\]|[/\\]\.\.|^\//.test(file)) {
        throw new BuildError({
          topic: 'Liquid Exception',
          message: `Invalid syntax for include tag. File contains invalid characters or sequences: ${file}`,
          hint: 'Include names are paths inside _includes; `..` is not allowed.',
        })
      }
      return path.resolve(dir, file)
    },
    containsSync: (root, file) => file.startsWith(root),
    contains: async (root, file) => file.startsWith(root),
    dirname: path.dirname,
    sep: path.sep,
  }
}
