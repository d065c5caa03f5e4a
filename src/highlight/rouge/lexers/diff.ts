/** Rouge's `diff` lexer (patch, udiff). */
import { LexerDefinition } from '../regex-lexer.js'

export const diff = new LexerDefinition({
  name: 'diff',
  states: {
    root: [
      [/^ .*$\n?/, ''],
      [/^---$\n?/, 'p'],
      [/^[+>]+.*$\n?/, 'gi'],
      [/^\+.*$\n?/, 'gi'],
      [/^[-<]+.*$\n?/, 'gd'],
      [/^!.*$\n?/, 'gs'],
      [/^([Ii]ndex|diff).*$\n?/, 'gh'],
      [/^(@@[^@]*@@)([^\n]*\n)/, (c) => c.groups('p', '')],
      [/^\w.*$\n?/, 'p'],
      [/^=.*$\n?/, 'gh'],
      [/\s.*$\n?/, ''],
    ],
  },
})
