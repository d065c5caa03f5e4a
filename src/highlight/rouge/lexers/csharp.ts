/** Rouge's `csharp` lexer (c#, cs). */
import { LexerDefinition, mixin } from '../regex-lexer.js'

const alt = (s: string) => s.trim().split(/\s+/).join('|')
const ID = '@?[_a-zA-Z]\\w*'
const KEYWORDS = alt(`abstract as base break case catch checked const continue default delegate do else enum event explicit
  extern false finally fixed for foreach goto if implicit in interface internal is lock new null operator out override
  params private protected public readonly ref return sealed sizeof stackalloc static switch this throw true try typeof
  unchecked unsafe virtual void volatile while add alias async await get global partial remove set value where yield
  nameof ascending by descending equals from group in into join let on orderby select`)
const KEYWORDS_TYPE = alt('bool byte char decimal double dynamic float int long object sbyte short string uint ulong ushort var')
const CPP_KEYWORDS = alt('if endif else elif define undef line error warning region endregion pragma')

export const csharp = new LexerDefinition({
  name: 'csharp',
  states: {
    whitespace: [
      [/\s+/, ''],
      [/\/\/.*?$/, 'c1'],
      [/\/[*].*?[*]\//s, 'cm'],
    ],
    nest: [
      [/\{/, 'p', 'nest'],
      [/}/, 'p', '#pop'],
      mixin('root'),
    ],
    splice_string: [
      [/\\./, 's'],
      [/\{/, 'p', 'nest'],
      [/"|\n/, 's', '#pop'],
      [/./u, 's'],
    ],
    splice_literal: [
      [/""/, 's'],
      [/\{/, 'p', 'nest'],
      [/"/, 's', '#pop'],
      [/./u, 's'],
    ],
    root: [
      mixin('whitespace'),
      [/[$]\s*"/, 's', 'splice_string'],
      [/[$]@\s*"/, 's', 'splice_literal'],
      [new RegExp(`(<\\[)\\s*(${ID}:)?`), 'k'],
      [/\]>/, 'k'],
      [/[~!%^&*()+=|[\]{}:;,.<>/?-]/, 'p'],
      [/@"(""|[^"])*"/, 's'],
      [/"(\\.|.)*?["\n]/u, 's'],
      [/'(\\.|.)'/u, 'sc'],
      [/0x[0-9a-f]+[lu]?/i, 'm'],
      [/[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?/i, 'm'],
      [/\b(?:class|struct|interface)\b/, 'k', 'class'],
      [/\b(?:namespace|using)\b/, 'k', 'namespace'],
      [new RegExp(`^#[ \\t]*(${CPP_KEYWORDS})\\b.*?\\n`), 'cp'],
      [new RegExp(`\\b(${KEYWORDS})\\b`), 'k'],
      [new RegExp(`\\b(${KEYWORDS_TYPE})\\b`), 'kt'],
      [new RegExp(`${ID}(?=\\s*[(])`), 'nf'],
      [new RegExp(ID), 'n'],
    ],
    class: [mixin('whitespace'), [new RegExp(ID), 'nc', '#pop']],
    namespace: [
      mixin('whitespace'),
      [/(?=[(])/, '', '#pop'],
      [new RegExp(`(${ID}|[.])+`), 'nn', '#pop'],
    ],
  },
})
