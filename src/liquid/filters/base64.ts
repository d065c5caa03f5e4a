/**
 * Liquid 5.4's base64 filters: `base64_encode`/`base64_decode` (Ruby's strict_encode64/strict_decode64, so
 * malformed input is an error) and `base64_url_safe_encode`/`base64_url_safe_decode` (`-_` alphabet, padded
 * on encode, padding optional on decode). Decoded bytes are read as UTF-8.
 */
import type { Liquid } from 'liquidjs'
import { rubyToS } from './ruby-inspect.js'

const STRICT = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

export function base64Encode(input: unknown): string {
  return Buffer.from(rubyToS(input), 'utf8').toString('base64')
}

export function base64Decode(input: unknown): string {
  const text = rubyToS(input)
  if (!STRICT.test(text)) throw new Error('invalid base64 provided to base64_decode')
  return Buffer.from(text, 'base64').toString('utf8')
}

export function base64UrlSafeEncode(input: unknown): string {
  return base64Encode(input).replace(/\+/g, '-').replace(/\//g, '_')
}

export function base64UrlSafeDecode(input: unknown): string {
  const text = rubyToS(input)
  const padded = !text.endsWith('=') && text.length % 4 !== 0 ? text.padEnd((text.length + 3) & ~3, '=') : text
  const standard = padded.replace(/-/g, '+').replace(/_/g, '/')
  if (!STRICT.test(standard)) throw new Error('invalid base64 provided to base64_url_safe_decode')
  return Buffer.from(standard, 'base64').toString('utf8')
}

export function registerBase64Filters(liquid: Liquid): void {
  liquid.registerFilter('base64_encode', base64Encode)
  liquid.registerFilter('base64_decode', base64Decode)
  liquid.registerFilter('base64_url_safe_encode', base64UrlSafeEncode)
  liquid.registerFilter('base64_url_safe_decode', base64UrlSafeDecode)
}
