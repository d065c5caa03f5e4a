/**
 * jekyll-include-cache 0.2: `{% include_cached file params %}` renders like `{% include %}` once per file
 * and parameter values, then reuses that output for the rest of the build (so an include that reads
 * `page` shows the first page's values). The cache is emptied before each render pass.
 */
import { type Context, Drop, type Emitter, Liquid, Tag, type TagToken, type Template, type TopLevelToken } from 'liquidjs'
import { definePlugin } from '../../types.js'

const FILE_AND_PARAMS = /^((?:[^\s{]*\{\{[^}]*\}\}[^\s{]*)+|\S+)\s*([\s\S]*)$/
const PARAM = /([\w-]+)\s*=\s*(?:"((?:\\.|[^"\\])*)"|'((?:\\.|[^'\\])*)'|([\w.-]+))/g

type Param = { key: string; literal: string } | { key: string; expression: string }

export default definePlugin({
  name: 'jekyll-include-cache',
  setup(api) {
    const cache = new Map<string, string>()
    api.on('site:pre_render', () => cache.clear())
    api.addLiquidTag('include_cached', { liquidTag: (liquid) => includeCachedTag(liquid, cache) })
  },
})

function includeCachedTag(liquid: Liquid, cache: Map<string, string>) {
  const ids = new WeakMap<object, number>()
  let count = 0
  const identity = (value: object) => {
    let id = ids.get(value)
    if (id === undefined) ids.set(value, (id = ++count))
    return id
  }
  /** A cache key for a parameter value: by content, except drops (pages, documents) by identity. */
  const keyOf = (value: unknown): string => {
    if (value instanceof Drop) return `drop:${identity(value)}`
    if (Array.isArray(value)) return `[${value.map(keyOf).join(',')}]`
    if (value instanceof Date) return `date:${value.getTime()}`
    if (value && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${keyOf(v)}`).join(',')}}`
    return `${typeof value}:${String(value)}`
  }

  return class IncludeCachedTag extends Tag {
    private readonly file: string
    private readonly params: Param[] = []
    private readonly include: Template[]

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid)
      const markup = token.args.trim()
      const match = FILE_AND_PARAMS.exec(markup)
      this.file = match?.[1] ?? markup
      for (const m of (match?.[2] ?? '').matchAll(PARAM)) {
        const literal = m[2] ?? m[3]
        this.params.push(literal !== undefined ? { key: m[1]!, literal } : { key: m[1]!, expression: m[4]! })
      }
      // The include itself is Jekyll's include tag, parsed once.
      this.include = liquid.parse(`{% include ${markup} %}`, token.file)
    }

    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const file = this.file.includes('{{') ? String(liquid.parseAndRenderSync(this.file, ctx)).trim() : this.file
      const params = this.params
        .map((p) => [p.key, 'literal' in p ? p.literal : liquid.evalValueSync(p.expression, ctx)] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      const key = `${file}\0${params.length ? params.map(([k, v]) => `${k}=${keyOf(v)}`).join('\0') : 'nil'}`
      let output = cache.get(key)
      if (output === undefined) {
        output = String(yield this.liquid.renderer.renderTemplates(this.include, ctx))
        cache.set(key, output)
      }
      emitter.write(output)
    }
  }
}
