/**
 * Rouge's `console` lexer (terminal, shell-session): lines starting with a prompt are lexed as
 * shell (state kept from one prompt line to the next), `...` lines are comments, every other line
 * is output (`go`). Options: `prompt` (comma-separated prompt ends, default `$ # > ;`), `comments`,
 * `error` (comma-separated error prefixes), `lang` (the command language, default shell).
 */
import type { LexerRun, Token } from '../regex-lexer.js'
import type { RougeLexer, RougeLexerOptions } from '../rouge-lexer.js'
import { shell } from './shell.js'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function list(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(',')
}

export function consoleLexer(options: RougeLexerOptions = {}, resolve?: (name: string) => RougeLexer | undefined): RougeLexer {
  const prompt = list(options.prompt)
  const errors = list(options.error)
  const comments = options.comments === undefined ? 'guess' : !['false', 'off', '0'].includes(options.comments)
  const allowComments = comments === 'guess' ? prompt.length > 0 && !prompt.includes('#') : comments
  const endChars = prompt.length > 0 ? prompt.filter((c) => c !== '') : allowComments ? ['$', '>', ';'] : ['$', '#', '>', ';']
  const promptRe = new RegExp(`^${allowComments ? '[^<#]*?' : '[\\s\\S]*?'}(?:${endChars.map(escape).join('|')})`)
  const errorRe = errors.length > 0 ? new RegExp(`^(?:${errors.map(escape).join('|')})`) : null
  const langName = options.lang
  return {
    lex(text: string): Token[] {
      const langLexer = langName === undefined ? undefined : resolve?.(langName)
      let run: LexerRun | undefined
      const lang = () => (run ??= shell.run())
      const out: Token[] = []
      for (const line of text.match(/[^\n]*\n|[^\n]+$/g) ?? []) {
        if (/^\s*(?:<[.]+>|[.]+)\s*$/.test(line)) {
          run = undefined
          out.push(['c', line])
          continue
        }
        const p = promptRe.exec(line)
        if (p) {
          out.push(['gp', p[0]])
          const rest = line.slice(p[0].length)
          const ws = /^\s*/.exec(rest)![0]
          if (ws) out.push(['w', ws])
          const command = rest.slice(ws.length)
          if (langLexer) out.push(...langLexer.lex(command))
          else out.push(...lang().tokens(command))
        } else if (allowComments && /^\s*?#/.test(line.trim())) {
          run = undefined
          out.push(['c', line])
        } else if (errorRe?.test(line)) {
          run = undefined
          out.push(['gr', line])
        } else {
          run = undefined
          out.push(['go', line])
        }
      }
      return out
    },
  }
}
