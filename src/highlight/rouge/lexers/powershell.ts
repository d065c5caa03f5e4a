/** Rouge's `powershell` lexer (posh). */
import { LexerDefinition, mixin } from '../regex-lexer.js'

const alt = (s: string) => s.trim().split(/\s+/).join('|')
const ATTRIBUTES = new Set(alt('ConfirmImpact DefaultParameterSetName HelpURI PositionalBinding SupportsPaging SupportsShouldProcess').split('|'))
const AUTO_VARS = alt(`\\$\\$ \\$\\? \\$\\^ \\$_ \\$args \\$ConsoleFileName \\$Error \\$Event \\$EventArgs \\$EventSubscriber
  \\$ExecutionContext \\$false \\$foreach \\$HOME \\$Host \\$input \\$IsCoreCLR \\$IsLinux \\$IsMacOS \\$IsWindows
  \\$LastExitCode \\$Matches \\$MyInvocation \\$NestedPromptLevel \\$null \\$PID \\$PROFILE \\$PSBoundParameters
  \\$PSCmdlet \\$PSCommandPath \\$PSCulture \\$PSDebugContext \\$PSHOME \\$PSItem \\$PSScriptRoot \\$PSSenderInfo
  \\$PSUICulture \\$PSVersionTable \\$PWD \\$REPORTERRORSHOWEXCEPTIONCLASS \\$REPORTERRORSHOWINNEREXCEPTION
  \\$REPORTERRORSHOWSOURCE \\$REPORTERRORSHOWSTACKTRACE \\$SENDER \\$ShellId \\$StackTrace \\$switch \\$this \\$true`)
const KEYWORDS = alt(`assembly exit process base filter public begin finally return break for sequence catch foreach
  static class from switch command function throw configuration hidden trap continue if try data in type define
  inlinescript until do interface using dynamicparam module var else namespace while elseif parallel workflow end
  param enum private`)
const OPERATORS = alt(`-split -isplit -csplit -join -is -isnot -as -eq -ieq -ceq -ne -ine -cne -gt -igt -cgt -ge -ige
  -cge -lt -ilt -clt -le -ile -cle -like -ilike -clike -notlike -inotlike -cnotlike -match -imatch -cmatch -notmatch
  -inotmatch -cnotmatch -contains -icontains -ccontains -notcontains -inotcontains -cnotcontains -replace -ireplace
  -creplace -shl -shr -band -bor -bxor -and -or -xor -not \\+= -= \\*= \\/= %=`)
const MULTILINE_KEYWORDS = alt(`synopsis description parameter example inputs outputs notes link component role
  functionality forwardhelptargetname forwardhelpcategory remotehelprunspace externalhelp`)

export const powershell = new LexerDefinition({
  name: 'powershell',
  states: {
    variable: [
      [new RegExp(AUTO_VARS), 'bp'],
      [/(\$)(?:(\w+)(:))?(\w+|\{(?:[^`]|`.)+?\})/, (c) => c.groups('nv', 'nn', 'p', 'nv')],
      [/\$\w+/, 'nv'],
      [/\$\{(?:[^`]|`.)+?\}/, 'nv'],
    ],
    multiline: [
      [new RegExp(`\\.(?:${MULTILINE_KEYWORDS})`, 'i'), 'cs'],
      [/#>/, 'cm', '#pop'],
      [/[^#.]+?/, 'cm'],
      [/[#.]+/, 'cm'],
    ],
    interpol: [[/\)/, 'si', '#pop'], mixin('root')],
    dq: [
      [/(?:\$#?)?"/, 's2', '#pop'],
      [/\$\(/, 'si', 'interpol'],
      [/`$/, 'se'],
      [/`./, 'se'],
      [/[^"`$]+/, 's2'],
      mixin('variable'),
    ],
    sq: [
      [/'/, 's1', '#pop'],
      [/[^']+/, 's1'],
    ],
    heredoc: [
      [/(?:\$#?)?"@/, 'sh', '#pop'],
      [/\$\(/, 'si', 'interpol'],
      [/`$/, 'se'],
      [/`./, 'se'],
      [/[^"`$]+?/, 'sh'],
      [/"+/, 'sh'],
      mixin('variable'),
    ],
    class: [
      [/\{/, 'p', '#pop'],
      [/\s+/, 'w'],
      [/\w+/, 'nc'],
      [/[:,]/, 'p'],
    ],
    expr: [
      mixin('comments'),
      [/"/, 's2', 'dq'],
      [/'/, 's1', 'sq'],
      [/@"/, 'sh', 'heredoc'],
      [/@'.*?'@/s, 'sh'],
      [/\d*\.\d+/, 'mf'],
      [/\d+/, 'mi'],
      [/@\{/, 'p', 'hasht'],
      [/@\(/, 'p', 'array'],
      [/\{/, 'p', 'brace'],
      [/\[/, 'p', 'bracket'],
    ],
    hasht: [
      [/\}/, 'p', '#pop'],
      [/=/, 'o'],
      [/[,;]/, 'p'],
      mixin('expr'),
      [/\w+/, 'nx'],
      mixin('variable'),
    ],
    array: [
      [/\s+/, 'w'],
      [/\)/, 'p', '#pop'],
      [/[,;]/, 'p'],
      mixin('expr'),
      mixin('variable'),
    ],
    brace: [[/[}]/, 'p', '#pop'], mixin('root')],
    bracket: [
      [/\]/, 'p', '#pop'],
      [/[A-Za-z]\w+\./, 'n'],
      [/([A-Za-z]\w+)/, (c) => c.token(ATTRIBUTES.has(c.m[0]) ? 'bp' : 'n')],
      mixin('root'),
    ],
    parameters: [
      [/`[\s\S]/, 'se'],
      [/\s*?\n/, 'w', '#pop'],
      [/[;(){}\]]/, 'p', '#pop'],
      [/[|=]/, 'o', '#pop'],
      [/[/\\~\w][-.:/\\~\w]*/, 'nx'],
      [/\w[-\w]+/, 'nx'],
      mixin('root'),
    ],
    comments: [
      [/\s+/, 'w'],
      [/#.*/, 'c'],
      [/<#/, 'cm', 'multiline'],
    ],
    root: [
      mixin('comments'),
      [/#requires\s-version \d(?:\.\d+)?/, 'cp'],
      [/\.\.(?=\.?\d)/, 'o'],
      [new RegExp(`(?:${OPERATORS})\\b`, 'i'), 'o'],
      [/(class)(\s+)(\w+)/i, (c) => { c.groups('kr', 'w', 'nc'); c.push('class') }],
      [/(function)(\s+)(?:(\w+)(:))?(\w[-\w]+)/i, (c) => c.groups('kr', 'w', 'nn', 'p', 'nf')],
      [new RegExp(`(?:${KEYWORDS})\\b(?![-.])`, 'i'), 'kr'],
      [/-{1,2}\w+/, 'nt'],
      [/(\.)?([-\w]+)(\[)/, (c) => { c.groups('o', 'n', 'p'); c.push('bracket') }],
      [/([/\\~a-z][-.:/\\~\w]*)(\n)?/i, (c) => { c.groups('n', 'w'); c.push('parameters') }],
      [/(\.)([-\w]+)(?:(\()|(\n))?/, (c) => {
        c.groups('o', 'nf', 'p', 'w')
        if (c.m[3] !== undefined) c.push('parameters')
      }],
      [/\?/, 'nf', 'parameters'],
      mixin('expr'),
      mixin('variable'),
      [/[-+*/%=!.&|]/, 'o'],
      [/[{}(),:;]/, 'p'],
    ],
  },
})
