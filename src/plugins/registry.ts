/**
 * Everything the loaded plugins registered: generators (by priority), converters, Liquid filters and
 * tags, and the hook table. One registry per build; `api(name)` is what a plugin's `setup` receives.
 */
import type { SiteConfig } from '../config/load.js'
import type { Converter } from '../markup/converter.js'
import { BuildError } from '../util/errors.js'
import { log } from '../util/log.js'
import { assertHookName, HookTable, priorityValue } from './hooks.js'
import type { FilterFunction, GeneratorFunction, LiquidTag, PluginApi, SimpleTag, TagClassFactory } from './types.js'

export interface RegisteredGenerator {
  name: string
  plugin: string
  priority: number
  generate: GeneratorFunction
}

export type RegisteredTag = SimpleTag | LiquidTag | TagClassFactory

export class PluginRegistry {
  readonly hooks = new HookTable()
  readonly converters: Converter[] = []
  readonly filters = new Map<string, FilterFunction>()
  readonly tags = new Map<string, RegisteredTag>()
  /** Names of the plugins set up, in order. */
  readonly loaded: string[] = []
  private readonly generatorList: Array<RegisteredGenerator & { order: number }> = []

  constructor(readonly config: SiteConfig) {}

  /** Generators, highest priority first; equal priorities keep registration order. */
  get generators(): RegisteredGenerator[] {
    return [...this.generatorList].sort((a, b) => b.priority - a.priority || a.order - b.order)
  }

  /** The API object handed to one plugin's `setup`. */
  api(plugin: string): PluginApi {
    const registry = this
    const checkName = (kind: string, name: string) => {
      if (typeof name !== 'string' || !/^[A-Za-z_][\w-]*$/.test(name)) {
        throw new BuildError({ topic: 'Plugin Error', message: `Plugin '${plugin}' registered a ${kind} with an invalid name '${String(name)}'.` })
      }
    }
    return {
      name: plugin,
      config: this.config,
      log,
      addGenerator(generate, options = {}) {
        if (typeof generate !== 'function') {
          throw new BuildError({ topic: 'Plugin Error', message: `Plugin '${plugin}': addGenerator needs a function.` })
        }
        registry.generatorList.push({
          name: options.name ?? plugin,
          plugin,
          priority: priorityValue(options.priority, `generator of plugin '${plugin}'`),
          generate,
          order: registry.generatorList.length,
        })
      },
      addConverter(converter) {
        if (!converter || typeof converter.convert !== 'function' || typeof converter.matches !== 'function') {
          throw new BuildError({ topic: 'Plugin Error', message: `Plugin '${plugin}': addConverter needs { name, priority, matches, outputExt, convert }.` })
        }
        registry.converters.push({
          name: converter.name ?? plugin,
          priority: priorityValue(converter.priority, `converter of plugin '${plugin}'`),
          matches: (ext) => converter.matches(ext),
          outputExt: (ext) => (typeof converter.outputExt === 'function' ? converter.outputExt(ext) : ext),
          convert: (content, item) => converter.convert(content, item),
        })
      },
      addFilter(name, filter) {
        checkName('filter', name)
        if (typeof filter !== 'function') {
          throw new BuildError({ topic: 'Plugin Error', message: `Plugin '${plugin}': filter '${name}' must be a function.` })
        }
        registry.filters.set(name, filter)
      },
      addTag(name, tag) {
        checkName('tag', name)
        if (typeof tag !== 'object' || tag === null || typeof tag.render !== 'function') {
          throw new BuildError({ topic: 'Plugin Error', message: `Plugin '${plugin}': tag '${name}' must be { render(markup, context) }.` })
        }
        registry.tags.set(name, { render: tag.render.bind(tag) })
      },
      addLiquidTag(name, tag) {
        checkName('tag', name)
        const ok = typeof tag === 'function' || (typeof tag === 'object' && tag !== null && ('parse' in tag || 'liquidTag' in tag))
        if (!ok) {
          throw new BuildError({ topic: 'Plugin Error', message: `Plugin '${plugin}': tag '${name}' must be a liquidjs Tag class or { parse, render }.` })
        }
        registry.tags.set(name, tag)
      },
      on(hook, fn, options = {}) {
        assertHookName(hook, plugin)
        if (typeof fn !== 'function') {
          throw new BuildError({ topic: 'Plugin Error', message: `Plugin '${plugin}': hook '${hook}' needs a function.` })
        }
        registry.hooks.register(hook, fn, priorityValue(options.priority, `hook '${hook}' of plugin '${plugin}'`), plugin)
      },
    }
  }
}
