/**
 * Ruby's String#strip family, which kramdown uses: only ASCII whitespace (and NUL at the end) is
 * removed, so a non-breaking space or an ideographic space (U+3000) stays, unlike JavaScript's trim.
 */

export function rubyLstrip(text: string): string {
  return text.replace(/^[\t\n\v\f\r ]+/, '')
}

export function rubyRstrip(text: string): string {
  return text.replace(/[\0\t\n\v\f\r ]+$/, '')
}

export function rubyStrip(text: string): string {
  return rubyRstrip(rubyLstrip(text))
}
