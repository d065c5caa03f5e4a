/** `page` while an excerpt is rendered (Jekyll's ExcerptDrop): the document's data without `layout` and `excerpt`. */
import type { Document } from '../../site/types.js'
import { DocumentDrop } from './document-drop.js'
import type { DropContext } from './drop-context.js'

export class ExcerptDrop extends DocumentDrop {
  constructor(doc: Document, ctx: DropContext, readonly source: string) {
    super(doc, ctx)
  }
  override get content(): string { return this.source }
  override get excerpt(): unknown { return undefined }
  get layout(): unknown { return this.doc.data.layout }
  override get id(): string { return `${super.id}#excerpt` }
  override get relative_path(): string { return `${this.doc.relativePath}/#excerpt` }
  override get path(): string { return `${this.doc.relativePath}/#excerpt` }
  override liquidMethodMissing(key: string): unknown {
    if (key === 'excerpt') return undefined
    return this.doc.data[key]
  }
}
