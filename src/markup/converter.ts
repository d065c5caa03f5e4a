/** Converters turn a document's content into output (Markdown → HTML, …), like Jekyll's Converter plugins. */
import path from 'node:path'
import type { Renderable } from '../site/types.js'

export interface Converter {
  readonly name: string
  /** Higher runs first (Jekyll: highest 100 … lowest -100). */
  readonly priority: number
  matches(ext: string): boolean
  outputExt(ext: string): string
  /** `item` is the page or document being converted, when there is one (the Sass converter needs it). */
  convert(content: string, item?: Renderable): string
}

/** Jekyll's Identity converter: matches everything, changes nothing. */
export const identityConverter: Converter = {
  name: 'Identity',
  priority: -100,
  matches: () => true,
  outputExt: (ext) => ext,
  convert: (content) => content,
}

/** The converters of a site, with Jekyll's rules for picking and chaining them. */
export class ConverterChain {
  private readonly converters: Converter[]
  private readonly byExt = new Map<string, Converter[]>()

  constructor(converters: Converter[]) {
    this.converters = [...converters, identityConverter].sort((a, b) => b.priority - a.priority)
  }

  /** Converters that match `ext`, highest priority first. */
  for(ext: string): Converter[] {
    let list = this.byExt.get(ext)
    if (!list) {
      list = this.converters.filter((c) => c.matches(ext))
      this.byExt.set(ext, list)
    }
    return list
  }

  /** Jekyll's Renderer#output_ext: the permalink's extension, else the converters' output extension. */
  outputExt(ext: string, permalink: unknown): string {
    if (typeof permalink === 'string' && permalink !== '' && !permalink.endsWith('/')) {
      const permalinkExt = path.posix.extname(permalink)
      if (permalinkExt) return permalinkExt
    }
    const exts = this.for(ext).map((c) => c.outputExt(ext))
    return (exts.length === 1 ? exts[0] : exts[exts.length - 2]) ?? ext
  }

  /** A chain with `extra` converters (plugins') added to these. */
  with(extra: Converter[]): ConverterChain {
    return new ConverterChain([...this.converters.filter((c) => c !== identityConverter), ...extra])
  }

  convert(content: string, ext: string, item?: Renderable): string {
    let output = content
    for (const converter of this.for(ext)) output = converter.convert(output, item)
    return output
  }
}
