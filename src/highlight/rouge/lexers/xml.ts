/** Rouge's `xml` lexer. */
import { LexerDefinition } from '../regex-lexer.js'

const NAME = '[\\p{L}:_][\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\p{Cf}:.·-]*'

export const xml = new LexerDefinition({
  name: 'xml',
  states: {
    root: [
      [/[^<&]+/, ''],
      [/&\S*?;/, 'ni'],
      [/<!\[CDATA\[.*?\]\]>/, 'cp'],
      [/<!--/, 'c', 'comment'],
      [/<\?.*?\?>/, 'cp'],
      [/<![^>]*>/, 'cp'],
      [new RegExp(`<\\s*${NAME}`, 'u'), 'nt', 'tag'],
      [new RegExp(`<\\s*/\\s*${NAME}\\s*>`, 'u'), 'nt'],
    ],
    comment: [
      [/[^-]+/, 'c'],
      [/-->/, 'c', '#pop'],
      [/-/, 'c'],
    ],
    tag: [
      [/\s+/, ''],
      [new RegExp(`${NAME}\\s*=`, 'u'), 'na', 'attr'],
      [/\/?\s*>/, 'nt', '#pop'],
    ],
    attr: [
      [/\s+/, ''],
      [/".*?"|'.*?'|[^\s>]+/s, 's', '#pop'],
    ],
  },
})
