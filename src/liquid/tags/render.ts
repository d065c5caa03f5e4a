/**
 * Liquid 5's `{% render %}`: parsed as usual, but Jekyll 4.3 gives Liquid no file system for it,
 * so rendering it always fails with Liquid's "This liquid context does not allow includes."
 */
import { RenderTag } from 'liquidjs'

export class JekyllRenderTag extends RenderTag {
  override *render(): Generator<unknown, void, unknown> {
    throw new Error('This liquid context does not allow includes.')
  }
}
