/**
 * `{% post_url 2024-01-02-slug %}` (or `folder/2024-01-02-slug`): the post's URL with baseurl.
 * Matches Jekyll's PostComparer: `_posts/<path><date>-<slug>.<ext>` or `<path>_posts/<date>-<slug>.<ext>`,
 * then the deprecated slug-and-day match with a deprecation warning.
 */
import { type Context, type Emitter, Liquid, Tag, type TagToken, type TopLevelToken } from 'liquidjs'
import { log } from '../../util/log.js'
import { relativeUrlIn, type TagEnvironment } from './site-registers.js'

type TagImplementation = Parameters<Liquid['registerTag']>[1]

const NAME = /^(.+\/)*(\d+-\d+-\d+)-(.*)$/

export function postUrlTag(env: TagEnvironment): TagImplementation {
  return class PostUrlTag extends Tag {
    private readonly postName: string
    private readonly matcher: RegExp
    private readonly date: string
    private readonly slug: string
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid)
      this.postName = token.args.trim()
      const m = NAME.exec(this.postName.replace(/^\//, ''))
      if (!m) {
        throw new Error(
          `Could not parse name of post "${this.postName}" in tag 'post_url'.\n Make sure the post exists and the name is correct.\n ` +
            `Jekyll::Errors::InvalidPostNameError: '${this.postName}' does not contain valid date and/or title.\n`,
        )
      }
      this.date = m[2] as string
      this.slug = m[3] as string
      const dir = escapeRegExp(m[1] ?? '')
      const base = `${escapeRegExp(this.date)}-${escapeRegExp(this.slug)}\\.[^.]+`
      this.matcher = new RegExp(`^_posts/${dir}${base}|^${dir}_posts/?${base}`)
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const posts = env.site.collections.get('posts')?.docs ?? []
      const found = posts.find((doc) => this.matcher.test(doc.relativePath))
      if (found) {
        emitter.write(relativeUrlIn(ctx, found.url))
        return
      }
      const legacy = posts.find((doc) => this.slug === String(doc.data.slug ?? '') && sameDay(doc.date, this.date))
      if (legacy) {
        log.warn(
          'Deprecation:',
          `A call to '{% post_url ${this.postName} %}' did not match a post using the new matching method of checking name (path-date-slug) equality. Please make sure that you change this tag to match the post's name exactly.`,
        )
        emitter.write(relativeUrlIn(ctx, legacy.url))
        return
      }
      throw new Error(`Could not find post "${this.postName}" in tag 'post_url'.\nMake sure the post exists and the name is correct.\n`)
    }
  }
}

/** The deprecated match compares year, month and day (Jekyll's slug there never includes folders). */
function sameDay(date: Date, ymd: string): boolean {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number]
  const parsed = new Date(Date.UTC(y, m - 1, d))
  if (parsed.getUTCFullYear() !== y || parsed.getUTCMonth() !== m - 1 || parsed.getUTCDate() !== d) {
    throw new Error(`'${ymd}' does not contain valid date and/or title.`)
  }
  return date.getFullYear() === y && date.getMonth() + 1 === m && date.getDate() === d
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
