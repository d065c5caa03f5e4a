/**
 * jekyll-avatar 0.8: `{% avatar name %}`, `{% avatar user=page.author size=80 %}`, `lazy=true` print a
 * GitHub avatar `<img>` with a srcset for 1x–4x. `PAGES_AVATARS_URL` replaces the avatar host.
 */
import { crc32 } from 'node:zlib'
import { rubyToS } from '../../../liquid/filters/ruby-inspect.js'
import { definePlugin, type TagContext } from '../../types.js'
import { lookup } from '../../values.js'

const SERVERS = 4
const DEFAULT_SIZE = '40'
const SCALES = [1, 2, 3, 4]

export default definePlugin({
  name: 'jekyll-avatar',
  setup(api) {
    api.addTag('avatar', { render: (markup, context) => avatarTag(markup, context, process.env.PAGES_AVATARS_URL) })
  },
})

export function avatarTag(markup: string, context: TagContext, customHost?: string): string {
  const raw = markup.trim()
  const size = /\bsize=(\d+)\b/i.exec(raw)?.[1] ?? DEFAULT_SIZE
  const userVariable = /\buser=([\w.]+)\b/.exec(raw)?.[1]
  const text = context.renderLiquid(raw)
  const username = userVariable !== undefined ? lookupVariable(context, userVariable) : plainUsername(text)
  const path = (scale: number) => `${username}?v=3&s=${scale === 1 ? size : Number.parseInt(size, 10) * scale}`
  const host = customHost ? undefined : `https://avatars${crc32(path(1)) % SERVERS}.githubusercontent.com`
  const url = (scale: number) => (host ? `${host}/${path(scale)}` : new URL(path(scale), customHost!.endsWith('/') ? customHost : `${customHost}/`).toString())
  const srcset = SCALES.map((scale) => `${url(scale)} ${scale}x`).join(', ')
  const lazy = text.includes('lazy=true')
  const attributes: Array<[string, string]> = [
    ['class', Number.parseInt(size, 10) < 48 ? 'avatar avatar-small' : 'avatar'],
    ['alt', username],
    ['width', size],
    ['height', size],
    ['data-proofer-ignore', 'true'],
    ...(lazy ? ([['src', ''], ['data-src', url(1)], ['data-srcset', srcset]] as Array<[string, string]>) : ([['src', url(1)], ['srcset', srcset]] as Array<[string, string]>)),
  ]
  return `<img ${attributes.map(([k, v]) => `${k}="${v}"`).join(' ')} />`
}

function plainUsername(text: string): string {
  const first = text.includes(' ') ? (text.split(' ').filter(Boolean)[0] ?? '') : text
  return first.startsWith('@') ? first.slice(1) : first
}

/** `user=a.b.c`: each segment looked up in turn; the name itself when the value is nil. */
function lookupVariable(context: TagContext, variable: string): string {
  const [first, ...rest] = variable.split('.')
  let value = context.get(first!)
  let seen = first!
  for (const key of rest) {
    if (value === undefined || value === null) throw new Error(`avatar: '${seen}' is nil, so '${variable}' cannot be looked up`)
    value = lookup(value, key)
    seen += `.${key}`
  }
  return value === undefined || value === null || value === false ? variable : rubyToS(value)
}
