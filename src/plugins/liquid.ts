/** Registers the plugins' Liquid filters and tags on a build's liquidjs engine. */
import { type Context, type Emitter, type FilterImplOptions, Liquid, Tag, type TagToken, type TopLevelToken } from 'liquidjs'
import type { Site } from '../site/types.js'
import type { PluginRegistry, RegisteredTag } from './registry.js'
import type { LiquidTag, SimpleTag, TagClassFactory, TagContext } from './types.js'

export function registerPluginLiquid(liquid: Liquid, registry: PluginRegistry, site: Site): void {
  for (const [name, filter] of registry.filters) liquid.registerFilter(name, filter as FilterImplOptions)
  for (const [name, tag] of registry.tags) liquid.registerTag(name, liquidTagFor(name, tag, liquid, site))
}

function liquidTagFor(name: string, tag: RegisteredTag, liquid: Liquid, site: Site): LiquidTag {
  if (typeof tag === 'function' || 'parse' in tag) return tag as LiquidTag
  if ('liquidTag' in tag) return (tag as TagClassFactory).liquidTag(liquid, site)
  return simpleTagClass(name, tag as SimpleTag, site)
}

/** A liquidjs tag that hands its markup and a TagContext to a SimpleTag. */
function simpleTagClass(name: string, simple: SimpleTag, site: Site): LiquidTag {
  return class PluginTag extends Tag {
    private readonly markup: string
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid)
      this.markup = token.args
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const output = simple.render(this.markup, tagContext(ctx, this.liquid, site))
      if (typeof output !== 'string' && output !== undefined && output !== null) {
        throw new Error(`tag '${name}' must return a string`)
      }
      emitter.write(output ?? '')
    }
  }
}

/** A variable path: `name`, `a.b`, `a[0].b`, `a["key"]`. */
const VARIABLE_PATH = /^[A-Za-z_][\w-]*\??(?:\.[A-Za-z_][\w-]*\??|\[(?:\d+|"[^"]*"|'[^']*')\])*$/

/** The TagContext of one render. */
export function tagContext(ctx: Context, liquid: Liquid, site: Site): TagContext {
  return {
    site,
    config: site.config,
    liquid: ctx,
    get: (path) => (VARIABLE_PATH.test(path) ? liquid.evalValueSync(path, ctx) : undefined),
    filter(name, input, ...args) {
      const impl = liquid.filters[name]
      if (!impl) throw new Error(`undefined filter: ${name}`)
      const handler = typeof impl === 'function' ? impl : impl.handler
      return handler.call({ context: ctx, liquid, token: undefined as never }, input, ...args)
    },
    renderLiquid: (template) => String(liquid.parseAndRenderSync(template, ctx)),
  }
}
