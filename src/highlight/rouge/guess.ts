/**
 * A subset of Rouge's language guesser (`find_fancy('guess', code)`): the `detect?` rules of the
 * lexers a blog is likely to show (shebangs, doctypes, `<?xml`, `<?php`, `%YAML`, diffs).
 * Several matches make Rouge's guess ambiguous; like Rouge's Markdown lexer, the first is taken.
 * Anything else is plain text.
 */

function shebangIs(code: string, interpreter: string): boolean {
  const line = /^\s*#!(.*)$/m.exec(code)
  if (!line || !/^\s*$/.test(code.slice(0, line.index))) return false
  return new RegExp(`\\b${interpreter}(\\s|$)`).test(line[1]!)
}

function doctype(code: string): string | undefined {
  return /^\s*(?:<\?.*?\?>\s*)?<!DOCTYPE\s+(.+?)>/is.exec(code)?.[1]
}

const DETECTORS: Array<[tag: string, detect: (code: string) => boolean]> = [
  ['diff', (c) => c.startsWith('Index: ') || /^diff[^\n]*?\ba\/[^\n]*\bb\//.test(c) || /---.*?\n[+][+][+]/.test(c) || /[+][+][+].*?\n---/.test(c)],
  ['html', (c) => /\bhtml\b/i.test(doctype(c) ?? '') || (!/^<\?xml\b/.test(c) && /<\s*html\b/.test(c))],
  ['javascript', (c) => shebangIs(c, 'node') || shebangIs(c, 'jsc')],
  ['perl', (c) => shebangIs(c, 'perl')],
  ['php', (c) => shebangIs(c, 'php') || (!/^<\?hh/m.test(c) && /^<\?php/m.test(c))],
  ['python', (c) => shebangIs(c, 'pythonw?(?:[23](?:\\.\\d+)?)?')],
  ['ruby', (c) => shebangIs(c, 'ruby')],
  ['rust', (c) => shebangIs(c, 'rustc')],
  ['shell', (c) => shebangIs(c, '(ba|z|k)?sh')],
  ['xml', (c) => !/html/.test(doctype(c) ?? '') && (/^<\?xml\b/.test(c) || doctype(c) !== undefined)],
  ['yaml', (c) => /^\s*%YAML/.test(c)],
]

/** The Rouge tag Rouge would guess for `code` (approximated), `plaintext` when nothing matches. */
export function guessLanguage(code: string): string {
  for (const [tag, detect] of DETECTORS) if (detect(code)) return tag
  return 'plaintext'
}
