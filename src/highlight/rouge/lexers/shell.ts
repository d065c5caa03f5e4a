/** Rouge's `shell` lexer (sh, bash, zsh, ksh). */
import { LexerDefinition, mixin } from '../regex-lexer.js'

const KEYWORDS = 'if fi else while do done for then return function select continue until esac elif in'.split(' ').join('|')

const BUILTINS = [
  'alias bg bind break builtin caller cd command compgen complete declare dirs disown enable eval exec exit',
  'export false fc fg getopts hash help history jobs let local logout mapfile popd pushd pwd read readonly set',
  'shift shopt source suspend test time times trap true type typeset ulimit umask unalias unset wait',
  'cat tac nl od base32 base64 fmt pr fold head tail split csplit wc sum cksum b2sum md5sum sha1sum sha224sum',
  'sha256sum sha384sum sha512sum sort shuf uniq comm ptx tsort cut paste join tr expand unexpand ls dir vdir',
  'dircolors cp dd install mv rm shred link ln mkdir mkfifo mknod readlink rmdir unlink chown chgrp chmod touch',
  'df du stat sync truncate echo printf yes expr tee basename dirname pathchk mktemp realpath pwd stty printenv',
  'tty id logname whoami groups users who date arch nproc uname hostname hostid uptime chcon runcon chroot env',
  'nice nohup stdbuf timeout kill sleep factor numfmt seq tar grep sudo awk sed gzip gunzip',
].join(' ').split(' ').join('|')

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export const shell = new LexerDefinition({
  name: 'shell',
  states: {
    basic: [
      [/#.*$/, 'c'],
      [new RegExp(`\\b(${KEYWORDS})\\s*\\b`), 'k'],
      [/\bcase\b/, 'k', 'case'],
      [new RegExp(`\\b(${BUILTINS})\\s*\\b(?!(\\.|-))`), 'nb'],
      [/[.](?=\s)/, 'nb'],
      [/(\b\w+)(=)/, (c) => c.groups('nv', 'o')],
      [/[\[\]{}()!=>]/, 'o'],
      [/&&|\|\|/, 'o'],
      [/<<</, 'o'],
      [/(<<-?)(\s*)(['"]?)(\\?)(\w+)(\3)/, (c) => {
        c.groups('o', '', 'sh', 'sh', 'no', 'sh')
        c.lexer.vars.heredoc = escape(c.m[5]!)
        c.push('heredoc')
      }],
    ],
    heredoc: [
      [/\n/, 'sh', 'heredoc_nl'],
      [/[^$\n\\]+/, 'sh'],
      mixin('interp'),
      [/[$]/, 'sh'],
    ],
    heredoc_nl: [
      [/\s*(\w+)\s*\n/, (c) => {
        if (escape(c.m[1]!) === c.lexer.vars.heredoc) {
          c.token('no')
          c.pop(2)
        } else {
          c.token('sh')
        }
      }],
      [/(?:)/, (c) => c.pop()],
    ],
    double_quotes: [
      [/(?:\$#?)?"/, 's2', '#pop'],
      mixin('interp'),
      [/[^"`\\$]+/, 's2'],
    ],
    ansi_string: [
      [/\\./, 'se'],
      [/[^\\']+/, 's1'],
      mixin('single_quotes'),
    ],
    single_quotes: [
      [/'/, 's1', '#pop'],
      [/[^']+/, 's1'],
    ],
    data: [
      [/\s+/, ''],
      [/\\./, 'se'],
      [/\$?"/, 's2', 'double_quotes'],
      [/\$'/, 's1', 'ansi_string'],
      [/'/, 's1', 'single_quotes'],
      [/\*/, 'k'],
      [/;/, 'p'],
      [/--?[\w-]+/, 'nt'],
      [/[^=*\s{}()$"'`;\\<]+/, ''],
      [/\d+(?= |\n?(?![\s\S]))/, 'm'],
      [/</, ''],
      mixin('interp'),
    ],
    curly: [
      [/}/, 'k', '#pop'],
      [/:-/, 'k'],
      [/[a-zA-Z0-9_]+/, 'nv'],
      [/[^}:"`'$]+/, 'p'],
      mixin('root'),
    ],
    paren_interp: [
      [/\)/, 'si', '#pop'],
      [/\(/, 'o', 'paren_inner'],
      mixin('root'),
    ],
    paren_inner: [
      [/\(/, 'o', '#push'],
      [/\)/, 'o', '#pop'],
      mixin('root'),
    ],
    math: [
      [/\)\)/, 'k', '#pop'],
      [/[-+*/%^|&!]|\*\*|\|\|/, 'o'],
      [/\d+(#\w+)?/, 'm'],
      mixin('root'),
    ],
    case: [
      [/\besac\b/, 'k', '#pop'],
      [/\|/, 'p'],
      [/\)/, 'p', 'case_stanza'],
      mixin('root'),
    ],
    case_stanza: [
      [/;;/, 'p', '#pop'],
      mixin('root'),
    ],
    backticks: [
      [/`/, 'sb', '#pop'],
      mixin('root'),
    ],
    interp: [
      [/\\$/, 'se'],
      [/\\./, 'se'],
      [/\$\(\(/, 'k', 'math'],
      [/\$\(/, 'si', 'paren_interp'],
      [/\$\{#?/, 'k', 'curly'],
      [/`/, 'sb', 'backticks'],
      [/\$#?(\w+|.)/, 'nv'],
      [/\$[*@]/, 'nv'],
    ],
    root: [mixin('basic'), mixin('data')],
  },
})
