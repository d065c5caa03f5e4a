/** Rouge's `java` lexer. */
import { LexerDefinition } from '../regex-lexer.js'

const alt = (s: string) => s.trim().split(/\s+/).join('|')
const KEYWORDS = alt('assert break case catch continue default do else finally for if goto instanceof new return switch this throw try while')
const DECLARATIONS = alt(`abstract const enum extends final implements native private protected public static strictfp super
  synchronized throws transient volatile`)
const TYPES = alt('boolean byte char double float int long short var void')
const ID = '[\\p{Alphabetic}_][\\p{L}\\p{M}\\p{Nd}\\p{Pc}]*'
const DIGIT = '(?:[0-9]_+[0-9]|[0-9])'
const u = (source: string, flags = '') => new RegExp(source, `u${flags}`)

export const java: LexerDefinition = new LexerDefinition({
  name: 'java',
  states: {
    root: [
      [/[^\S\n]+/, ''],
      [/\/\/.*?$/, 'c1'],
      [/\/\*.*?\*\//s, 'cm'],
      [new RegExp(`(?:${KEYWORDS})\\b`), 'k'],
      [/(\s*(?:[a-zA-Z_][a-zA-Z0-9_.[\]<>]*\s+)+?)([a-zA-Z_][a-zA-Z0-9_]*)(\s*)(\()/, (c) => {
        c.delegate(java, c.m[1])
        c.token('nf', c.m[2])
        c.token('', c.m[3])
        c.token('o', c.m[4])
      }],
      [u(`@${ID}`), 'nd'],
      [new RegExp(`(?:${DECLARATIONS})\\b`), 'kd'],
      [new RegExp(`(?:${TYPES})\\b`), 'kt'],
      [/(?:true|false|null)\b/, 'kc'],
      [/(?:class|interface)\b/, 'kd', 'class'],
      [/(?:import|package)\b/, 'kn', 'import'],
      [/"(\\\\|\\"|[^"])*"/, 's'],
      [/'(?:\\.|[^\\]|\\u[0-9a-f]{4})'/, 'sc'],
      [u(`(\\.)(${ID})`), (c) => c.groups('o', 'na')],
      [u(`${ID}:`), 'nl'],
      [/\p{Uppercase}[\p{Uppercase}\p{Nd}_]*\b/u, 'no'],
      [/\p{Uppercase}[\p{Alphabetic}\p{Nd}]*\b/u, 'nc'],
      [u(`\\$?${ID}`), 'n'],
      [/[~^*!%&[\](){}<>|+=:;,./?-]/, 'o'],
      [new RegExp(`${DIGIT}+\\.${DIGIT}+([eE]${DIGIT}+)?[fd]?`), 'mf'],
      [/0b(?:[01]_+[01]|[01])+/i, 'mb'],
      [/0x(?:[0-9a-f]_+[0-9a-f]|[0-9a-f])+/i, 'mh'],
      [/0(?:[0-7]_+[0-7]|[0-7])+/, 'mo'],
      [new RegExp(`${DIGIT}+L?`), 'mi'],
      [/\n/, ''],
    ],
    class: [
      [/\s+/, ''],
      [u(ID), 'nc', '#pop'],
    ],
    import: [
      [/\s+/, ''],
      [/[a-z0-9_.]+\*?/i, 'nn', '#pop'],
    ],
  },
})
