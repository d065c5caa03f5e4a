/**
 * A list of pages or documents that Liquid sees as their drops (the same drops templates get for
 * `site.posts`), resolved when rendered: generators run before the renderer exists.
 */
import { Drop } from 'liquidjs'
import type { Renderer } from '../render/renderer.js'
import type { Document, Page } from '../site/types.js'

export class LiquidList extends Drop {
  constructor(
    readonly items: ReadonlyArray<Page | Document>,
    private readonly renderer: () => Renderer | undefined,
  ) {
    super()
  }

  private drops(): unknown[] {
    const renderer = this.renderer()
    if (!renderer) return [...this.items]
    return this.items.map((item) => (item.kind === 'page' ? renderer.dropFor(item) : renderer.dropFor(item)))
  }

  get size(): number {
    return this.items.length
  }

  get first(): unknown {
    return this.drops()[0]
  }

  get last(): unknown {
    return this.drops().at(-1)
  }

  override valueOf(): unknown[] {
    return this.drops()
  }

  toLiquid(): unknown[] {
    return this.drops()
  }

  toJSON(): unknown[] {
    return this.drops()
  }
}
