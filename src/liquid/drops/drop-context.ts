/** What drops need from the build: the site, one drop per object, and lazy excerpt rendering. */
import type { Document, Page, Site, StaticFile } from '../../site/types.js'

export interface DropContext {
  site: Site
  /** The drop for a document, page or static file (created once, then reused). */
  dropFor(obj: Document): import('./document-drop.js').DocumentDrop
  dropFor(obj: Page): import('./page-drop.js').PageDrop
  dropFor(obj: StaticFile): import('./static-file-drop.js').StaticFileDrop
  /** The rendered excerpt of a document (Liquid + Markdown, no layout), rendered on first use. */
  renderExcerpt(doc: Document): string
  /** The rendered excerpt of a page (only with `page_excerpts: true`). */
  renderPageExcerpt(page: Page): string | undefined
  /** The documents before and after `doc` in its collection. */
  neighbours(doc: Document): { previous?: Document; next?: Document }
}
