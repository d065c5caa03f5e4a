/**
 * The parts of Ruby's Addressable 2.8 that Jekyll's URL filters rely on:
 * `URI.parse(s).absolute?`, `URI.parse(s).normalize.to_s` and `URI.normalize_component`.
 */

const UNRESERVED = 'a-zA-Z0-9\\-._~'
const SUB_DELIMS = "!$&'()*+,;="
const GEN_DELIMS = ':/?#[]@'
const esc = (chars: string) => chars.replace(/[\\\]\-^[]/g, (c) => `\\${c}`)
const PCHAR = `${UNRESERVED}${esc(SUB_DELIMS)}:@`
const COMPONENT_DEFAULT = new RegExp(`[^${UNRESERVED}${esc(SUB_DELIMS + GEN_DELIMS)}]`, 'u')
const PATH_SEGMENT = new RegExp(`[^${PCHAR}]`, 'u')
const FRAGMENT = new RegExp(`[^${PCHAR}/?]`, 'u')
const QUERY = /[^a-zA-Z0-9\-._~!$'()*+,=:@/?%]|%(?!2B|2b)/u

const URI_PARTS = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s

/** True when `s` has a scheme (`http:`, `mailto:` …), like Addressable's `absolute?`. */
export function isAbsoluteUrl (s: string): boolean {
  const m = URI_PARTS.exec(s)
  return !!m && m[1] !== undefined
}

/** Decodes `%XX` sequences (except those of `keep`) as UTF-8. */
function unencode (s: string, keep = ''): string {
  const bytes: number[] = []
  const src = new TextEncoder().encode(s)
  for (let i = 0; i < src.length; i++) {
    const hex = String.fromCharCode(src[i + 1] ?? 0, src[i + 2] ?? 0)
    if (src[i] === 0x25 && /^[0-9a-fA-F]{2}$/.test(hex) && !keep.includes(String.fromCharCode(parseInt(hex, 16)))) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else bytes.push(src[i])
  }
  return new TextDecoder().decode(new Uint8Array(bytes))
}

function encode (s: string, unsafe: RegExp): string {
  const global = new RegExp(unsafe.source, 'gu')
  return s.replace(global, (m) => {
    return Array.from(new TextEncoder().encode(m), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')
  })
}

/** `Addressable::URI.normalize_component`: decode, NFKC, re-encode characters outside the class. */
export function normalizeComponent (s: string, unsafe: RegExp = COMPONENT_DEFAULT, keep = ''): string {
  return encode(unencode(s, keep).normalize('NFKC'), unsafe)
}

/** RFC 3986 remove_dot_segments. */
function removeDotSegments (path: string): string {
  let input = path
  const out: string[] = []
  while (input.length > 0) {
    if (input.startsWith('../')) input = input.slice(3)
    else if (input.startsWith('./')) input = input.slice(2)
    else if (input.startsWith('/./')) input = input.slice(2)
    else if (input === '/.') input = '/'
    else if (input.startsWith('/../')) { input = input.slice(3); out.pop() } else if (input === '/..') { input = '/'; out.pop() } else if (input === '.' || input === '..') input = ''
    else {
      const next = input.indexOf('/', input.startsWith('/') ? 1 : 0)
      const seg = next === -1 ? input : input.slice(0, next)
      out.push(seg)
      input = input.slice(seg.length)
    }
  }
  return out.join('')
}

const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443', ftp: '21' }

function normalizeAuthority (authority: string, scheme: string | undefined): string {
  const at = authority.lastIndexOf('@')
  const userinfo = at >= 0 ? authority.slice(0, at + 1) : ''
  let hostPort = at >= 0 ? authority.slice(at + 1) : authority
  const portMatch = /:(\d*)$/.exec(hostPort)
  let port = ''
  if (portMatch && !hostPort.endsWith(']')) {
    port = portMatch[1]
    hostPort = hostPort.slice(0, portMatch.index)
  }
  if (port !== '' && scheme && DEFAULT_PORTS[scheme] === port) port = ''
  return `${userinfo}${hostPort.toLowerCase()}${port ? `:${port}` : ''}`
}

/** `Addressable::URI.parse(s).normalize.to_s` for the URL shapes Jekyll produces. */
export function normalizeUrl (s: string): string {
  const m = URI_PARTS.exec(s)
  if (!m) return s
  const [, rawScheme, authority, rawPath, query, fragment] = m
  const scheme = rawScheme?.toLowerCase()
  let path = rawPath.trim().split('/').map((seg) => normalizeComponent(seg, PATH_SEGMENT)).join('/')
  path = removeDotSegments(path)
  if (path === '' && scheme && ['http', 'https', 'ftp', 'tftp'].includes(scheme)) path = '/'
  let out = scheme ? `${scheme}:` : ''
  if (authority !== undefined) out += `//${normalizeAuthority(authority, scheme)}`
  out += path
  if (query !== undefined) {
    const q = query.split('&').map((pair) => normalizeComponent(pair, QUERY, '+')).join('&')
    if (q !== '') out += `?${q}`
  }
  if (fragment !== undefined) {
    const f = normalizeComponent(fragment, FRAGMENT)
    if (f !== '') out += `#${f}`
  }
  return out
}
