/** Profiles for Ruby, Python, PHP and the shell family (see language-profile.ts). */
import type { LanguageProfile } from './language-profile.js';

const RUBY_BUILTINS = [
  'puts', 'print', 'p', 'pp', 'require', 'require_relative', 'raise', 'attr_reader', 'attr_writer', 'attr_accessor',
  'include', 'extend', 'prepend', 'private', 'protected', 'public', 'module_function', 'lambda', 'proc', 'loop',
  'format', 'sprintf', 'printf', 'gets', 'load', 'catch', 'throw', 'block_given?', 'define_method',
];

export const ruby: LanguageProfile = {
  name: 'n',
  member: 'nf',
  constant: 'no',
  identifier: /[A-Za-z_][A-Za-z0-9_]*[?!]?/y,
  operators: '-+*/%=<>!&|^~?:',
  words: { ...Object.fromEntries(RUBY_BUILTINS.map((w) => [w, 'nb'])), true: 'kp', false: 'kp', nil: 'kp' },
  refine(cls, text, { scope, previous }) {
    if (scope === 'variable') return text.startsWith('@@') ? 'vc' : text.startsWith('@') ? 'vi' : text.startsWith('$') ? 'vg' : 'nv';
    if (scope === 'title.class' || scope === 'title.class.inherited') {
      if (previous === 'class') return 'nc';
      if (previous === 'module') return 'nn';
      return '';
    }
    if (scope === 'params') return '';
    return cls;
  },
};

export const python: LanguageProfile = {
  name: 'n',
  strings: 's',
  punctuation: '()[]{},;.:',
  words: {
    import: 'kn', from: 'kn', in: 'ow', and: 'ow', or: 'ow', not: 'ow', is: 'ow',
    print: 'k', None: 'bp', True: 'bp', False: 'bp', self: 'bp', cls: 'bp',
  },
  refine(cls, text, { scope, previous }) {
    if (scope === 'meta' && text.startsWith('@')) return [['o', '@'], ['n', text.slice(1)]];
    if ((previous === 'import' || previous === 'from') && cls === 'n') return 'nn';
    if (cls === 's' && /^[rbfuRBFU]{1,2}["']/.test(text)) {
      const prefix = /^[rbfuRBFU]+/.exec(text)![0];
      return [['sa', prefix], ['s', text.slice(prefix.length)]];
    }
    return cls;
  },
  word: (word, before) => (before === '.' ? 'n' : undefined),
};

export const php: LanguageProfile = {
  name: 'n',
  words: { namespace: 'kn', use: 'kn', class: 'kd', function: 'k', string: 'kt', int: 'kt', bool: 'kt', array: 'kt' },
  scopes: { 'variable.language': 'nv', 'title.function': 'n', 'title.function.invoke': 'nb', 'title.class': 'nc', title: 'nc' },
  refine: (cls, _text, { previous }) => (previous === 'namespace' ? 'nn' : cls),
};

const SHELL_WORD = (word: string, _before: string, after: string): string | undefined =>
  word === '.' ? 'nb' : word.startsWith('-') ? 'nt' : after === '=' ? 'nv' : undefined;

export const bash: LanguageProfile = {
  lineComment: 'c',
  // `.` before a space is the source builtin, as in Rouge.
  identifier: /-{0,2}[A-Za-z_][A-Za-z0-9_-]*|\.(?=\s)/y,
  word: SHELL_WORD,
  operators: '=<>!&|[]',
  punctuation: ';(){}',
  scopes: { meta: 'c', 'title.function': 'nf' },
  refine(cls, text, { scope }) {
    if (scope === 'variable' && /^\$\{\w+\}$/.test(text)) return [['k', '${'], ['nv', text.slice(2, -1)], ['k', '}']];
    return cls;
  },
};

/** A console session: prompts `gp`, commands lexed as shell, everything else output (`go`). */
export const shell: LanguageProfile = {
  plainText: 'go',
  scopes: { 'meta.prompt': 'gp' },
  embedded: { bash },
};
