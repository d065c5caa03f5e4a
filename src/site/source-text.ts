/**
 * `sourceText` of pages and documents read from disk, without keeping the file's text for the whole build.
 *
 * The raw text is only wanted for code frames in error messages. Until the item is rendered (its `output`
 * unset), the text is rebuilt from the front matter part (kept as a small copy) and `content`, which still
 * holds the body as read (after conversion it still starts with the same front matter, which is all that
 * front-matter line lookups read). Once rendered, the file is read again on demand. Assigning `sourceText`
 * makes it a plain value again (plugins do that for pages they make).
 *
 * The accessor's functions are shared and the property is added (not redefined), so every item keeps one
 * V8 hidden class with fast properties.
 */
import { readFileSync } from 'node:fs'
import { decodeText } from '../read/files.js'
import { copyString } from '../util/copy-string.js'
import type { Renderable } from './types.js'

const HEAD = Symbol('front matter text')
const ENCODING = Symbol('encoding')

type OnDemand = Renderable & { [HEAD]: string; [ENCODING]: string }

function getSourceText(this: OnDemand): string {
  if (this.output === undefined) return this[HEAD] + this.content
  try {
    return decodeText(readFileSync(this.path), this[ENCODING], this.relativePath)
  } catch {
    return this[HEAD] + this.content
  }
}

function setSourceText(this: Renderable, value: string): void {
  Object.defineProperty(this, 'sourceText', { value, writable: true, configurable: true, enumerable: true })
}

/**
 * Adds `sourceText` to a new page or document: `text` itself, or, when `encoding` says the text was read
 * from the item's file, a property that rebuilds it on demand (`body`, the end of `text`, is what `content` starts as).
 */
export function withSourceText<T extends Omit<Renderable, 'sourceText'>>(item: T, text: string, body: string, encoding?: string): T & { sourceText: string } {
  if (encoding === undefined || body.length > text.length) return Object.assign(item, { sourceText: text })
  Object.defineProperty(item, HEAD, { value: copyString(text.slice(0, text.length - body.length)), writable: true })
  Object.defineProperty(item, ENCODING, { value: encoding, writable: true })
  Object.defineProperty(item, 'sourceText', { get: getSourceText, set: setSourceText, enumerable: true, configurable: true })
  return item as T & { sourceText: string }
}
