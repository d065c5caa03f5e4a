/**
 * Speed: liquidjs finds the end of the text between tags (`readHTMLToken`) one character at a time, with a
 * closure call per character and stop string; on a 5 KB post that is most of the parse. This finds it with
 * `indexOf`, which gives the same position: the first place where any stop string starts, else the end.
 * Patches `Tokenizer.prototype.readHTMLToken` once per process, like the other liquidjs patches.
 */
import { type Token, Tokenizer } from 'liquidjs'

type TokenClass = new (input: string, begin: number, end: number, file?: string) => Token
interface Scanner {
  input: string
  p: number
  N: number
  file?: string
  readHTMLToken(stopStrings: string[]): Token
}

let patched = false

export function enableFastTextScan(): void {
  if (patched) return
  patched = true
  const proto = Tokenizer.prototype as unknown as Scanner
  // liquidjs does not export its HTMLToken class: take it from a token its own reader makes
  const HTMLToken = (new Tokenizer('{{') as unknown as Scanner).readHTMLToken(['{{']).constructor as TokenClass
  proto.readHTMLToken = function readHTMLToken(this: Scanner, stopStrings: string[]): Token {
    const begin = this.p
    let end = this.N
    for (const stop of stopStrings) {
      const at = this.input.indexOf(stop, begin)
      if (at !== -1 && at < end) end = at
    }
    this.p = end
    return new HTMLToken(this.input, begin, end, this.file)
  }
}
