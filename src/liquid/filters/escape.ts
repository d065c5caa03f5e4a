/**
 * Escaping helpers shared by the filters: XML attribute escaping (Jekyll's
 * `xml_escape`), `CGI.escapeHTML`, `CGI.escape` and Liquid's `escape_once`.
 */

const XML_ATTR: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Ruby `str.encode(xml: :attr)` without the surrounding quotes. */
export function xmlEscape (s: string): string {
  return s.replace(/[&<>"']/g, (c) => XML_ATTR[c])
}

/** Ruby `CGI.escapeHTML`. */
export function escapeHtml (s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c])
}

/** Liquid `escape_once`: like escapeHtml, but leaves `&name;` and `&#123;` entities alone. */
export function escapeHtmlOnce (s: string): string {
  return s.replace(/["><']|&(?!([a-zA-Z]+|(#\d+));)/g, (c) => HTML[c])
}

/** Ruby `CGI.escape`: all but `a-zA-Z0-9_.-~` percent-encoded (UTF-8), space as `+`. */
export function cgiEscape (s: string): string {
  const bytes = new TextEncoder().encode(s)
  let out = ''
  for (const b of bytes) {
    const c = String.fromCharCode(b)
    if (/[a-zA-Z0-9_.\-~]/.test(c)) out += c
    else if (b === 0x20) out += '+'
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/** Ruby `CGI.unescape`: `+` is a space, `%XX` decoded as UTF-8 (invalid sequences kept). */
export function cgiUnescape (s: string): string {
  const bytes: number[] = []
  const src = new TextEncoder().encode(s.replace(/\+/g, ' '))
  for (let i = 0; i < src.length; i++) {
    const hex = String.fromCharCode(src[i + 1] ?? 0, src[i + 2] ?? 0)
    if (src[i] === 0x25 && /^[0-9a-fA-F]{2}$/.test(hex)) { bytes.push(parseInt(hex, 16)); i += 2 } else bytes.push(src[i])
  }
  return new TextDecoder().decode(new Uint8Array(bytes))
}
