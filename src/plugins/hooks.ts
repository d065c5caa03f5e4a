/**
 * The hook table: functions registered by `owner:event` name, run highest priority first and, at equal
 * priority, in registration order (Jekyll's Hooks). Document hooks run for the collection's owner
 * (`posts`) and then for `documents`.
 */
import { BuildError } from '../util/errors.js'
import type { HookFunction, HookName, HookPayloads, Priority } from './types.js'

const EVENTS: Record<string, readonly string[]> = {
  site: ['after_init', 'after_reset', 'post_read', 'pre_render', 'post_render', 'post_write'],
  pages: ['post_init', 'pre_render', 'post_convert', 'post_render', 'post_write'],
  posts: ['post_init', 'pre_render', 'post_convert', 'post_render', 'post_write'],
  documents: ['post_init', 'pre_render', 'post_convert', 'post_render', 'post_write'],
  clean: ['on_obsolete'],
}

const PRIORITIES: Record<string, number> = { highest: 100, high: 10, normal: 0, low: -10, lowest: -100 }

/** A priority as a number (Jekyll's names map to 100, 10, 0, -10, -100). */
export function priorityValue(priority: Priority | undefined, what: string): number {
  if (priority === undefined) return 0
  if (typeof priority === 'number' && Number.isFinite(priority)) return priority
  const value = PRIORITIES[String(priority)]
  if (value === undefined) {
    throw new BuildError({
      topic: 'Plugin Error',
      message: `${what}: unknown priority '${String(priority)}'.`,
      hint: 'Use highest, high, normal, low, lowest or a number.',
    })
  }
  return value
}

/** Throws a BuildError for a name that is not one of Jekyll's hook owners and events. */
export function assertHookName(name: string, plugin: string): asserts name is HookName {
  const [owner, event, extra] = name.split(':')
  if (extra === undefined && owner && event && EVENTS[owner]?.includes(event)) return
  const known = Object.entries(EVENTS).map(([o, events]) => `${o}:{${events.join(',')}}`).join(' ')
  throw new BuildError({
    topic: 'Plugin Error',
    message: `Plugin '${plugin}' registered an unknown hook '${name}'.`,
    hint: `Hooks are owner:event with ${known}.`,
  })
}

interface Entry {
  fn: (...args: never[]) => unknown
  priority: number
  order: number
  plugin: string
}

export class HookTable {
  private readonly table = new Map<HookName, Entry[]>()
  private count = 0

  register<H extends HookName>(name: H, fn: HookFunction<H>, priority: number, plugin: string): void {
    const list = this.table.get(name) ?? []
    list.push({ fn: fn as Entry['fn'], priority, order: this.count++, plugin })
    list.sort((a, b) => b.priority - a.priority || a.order - b.order)
    this.table.set(name, list)
  }

  has(name: HookName): boolean {
    return (this.table.get(name)?.length ?? 0) > 0
  }

  /** Runs the hooks of `name` in order, waiting for each (site hooks). */
  async trigger<H extends HookName>(name: H, ...args: HookPayloads[H]): Promise<void> {
    for (const entry of this.table.get(name) ?? []) {
      await (entry.fn as (...a: HookPayloads[H]) => unknown)(...args)
    }
  }

  /** Runs the hooks of `name` synchronously (page and document hooks, inside the render loop). */
  triggerSync<H extends HookName>(name: H, ...args: HookPayloads[H]): void {
    for (const entry of this.table.get(name) ?? []) {
      const result = (entry.fn as (...a: HookPayloads[H]) => unknown)(...args)
      if (result instanceof Promise) {
        throw new BuildError({
          topic: 'Plugin Error',
          message: `The '${name}' hook of plugin '${entry.plugin}' returned a promise.`,
          hint: 'Page and document hooks run while rendering and must be synchronous.',
        })
      }
    }
  }
}
