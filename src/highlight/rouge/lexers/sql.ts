/** Rouge's `sql` lexer. */
import { LexerDefinition } from '../regex-lexer.js'
import { wordSet } from './keywords.js'

const KEYWORDS = wordSet('sql.keywords')
const TYPES = wordSet('sql.keywords_type')

export const sql = new LexerDefinition({
  name: 'sql',
  states: {
    root: [
      [/\s+/, ''],
      [/--.*/, 'c1'],
      [/\/\*/, 'cm', 'multiline_comments'],
      [/\d+/, 'mi'],
      [/'/, 's1', 'single_string'],
      [/"/, 'nv', 'double_string'],
      [/`/, 'nv', 'backtick'],
      [/\w[\w\d]*/, (c) => {
        const word = c.m[0].toUpperCase()
        c.token(TYPES.has(word) ? 'nb' : KEYWORDS.has(word) ? 'k' : 'n')
      }],
      [/[+*/<>=~!@#%&|?^-]/, 'o'],
      [/[;:()[\]{},.]/, 'p'],
    ],
    multiline_comments: [
      [/\/[*]/, 'cm', 'multiline_comments'],
      [/[*]\//, 'cm', '#pop'],
      [/[^/*]+/, 'cm'],
      [/[/*]/, 'cm'],
    ],
    backtick: [
      [/\\./, 'se'],
      [/``/, 'se'],
      [/`/, 'nv', '#pop'],
      [/[^\\`]+/, 'nv'],
    ],
    single_string: [
      [/\\./, 'se'],
      [/''/, 'se'],
      [/'/, 's1', '#pop'],
      [/[^\\']+/, 's1'],
    ],
    double_string: [
      [/\\./, 'se'],
      [/""/, 'se'],
      [/"/, 'nv', '#pop'],
      [/[^\\"]+/, 'nv'],
    ],
  },
})
