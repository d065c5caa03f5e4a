/** Rouge's `docker` lexer (dockerfile); `RUN` lines are lexed as shell. */
import { LexerDefinition, type LexerRun } from '../regex-lexer.js'
import { shell } from './shell.js'

const KEYWORDS = 'FROM MAINTAINER CMD LABEL EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG STOPSIGNAL HEALTHCHECK SHELL'.split(' ').join('|')
const shellRun = (lexer: LexerRun) => lexer.vars.shell as LexerRun

export const docker = new LexerDefinition({
  name: 'docker',
  start: (lexer) => { lexer.vars.shell = shell.run() },
  states: {
    root: [
      [/\s+/, ''],
      [/^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*)/i, (c) => c.groups('k', 'w', 's', 'w', 'k', 'w', 's')],
      [new RegExp(`^(ONBUILD)(\\s+)(${KEYWORDS})(.*)`, 'i'), (c) => c.groups('k', 'w', 'k', 's')],
      [new RegExp(`^(${KEYWORDS})\\b(.*)`, 'i'), (c) => c.groups('k', 's')],
      [/#.*?$/, 'c'],
      [/^(ONBUILD\s+)?RUN(\s+)/i, (c) => {
        c.token('k')
        c.push('run')
        c.lexer.vars.shell = shell.run()
      }],
      [/\w+/, ''],
      [/[^\w]+/, ''],
      [/./, ''],
    ],
    run: [
      [/\n/, '', '#pop'],
      [/\\[\s\S]/, 'se'],
      [/(\\.|[^\n\\])+/, (c) => c.delegate(shellRun(c.lexer))],
    ],
  },
})
