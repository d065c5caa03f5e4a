/** Profiles for C, C++, Java, Go and Rust (see language-profile.ts). */
import type { LanguageProfile } from './language-profile.js';

const PREPROCESSOR = { 'meta>keyword': 'cp', 'meta>number': 'cp', 'meta>title': 'cp', 'meta>string': 'cpf', 'meta>meta.string': 'cpf', meta: 'cp' };

export const c: LanguageProfile = {
  name: 'n',
  strings: 's',
  scopes: { ...PREPROCESSOR, built_in: 'n', 'title.function.invoke': 'n' },
  words: { static: 'k', const: 'k', extern: 'k', volatile: 'k', inline: 'k', typedef: 'k', struct: 'k', enum: 'k', union: 'k' },
};

export const cpp: LanguageProfile = {
  ...c,
  operators: '-+*/%=<>!&|^~?:',
  scopes: { ...c.scopes, 'title.function': 'n', 'title.class': 'nc', built_in: 'n' },
  words: { ...c.words, true: 'nb', false: 'nb', nullptr: 'nb', class: 'k', namespace: 'k' },
};

export const java: LanguageProfile = {
  name: 'n',
  member: 'na',
  constant: 'nc',
  strings: 's',
  punctuationClass: 'o',
  scopes: { meta: 'nd', 'title.class': 'nc', 'title.function': 'nf', variable: 'n', 'variable.constant': 'no', type: 'kt' },
  words: {
    package: 'kn', import: 'kn', this: 'k', super: 'k',
    ...Object.fromEntries(['public', 'private', 'protected', 'static', 'final', 'abstract', 'class', 'interface', 'extends', 'implements', 'enum', 'synchronized', 'native', 'transient', 'volatile', 'throws'].map((w) => [w, 'kd'])),
  },
  refine: (cls, text, { previous }) => ((previous === 'package' || previous === 'import') && /^[\w.]+$/.test(text) ? 'nn' : cls),
  word: (word, before) => (/^[A-Z]/.test(word) && before !== '.' ? 'nc' : undefined),
};

export const go: LanguageProfile = {
  name: 'n',
  strings: 's',
  numbers: 'm',
  lineComment: 'c',
  operators: '-+*/%=<>!&|^~?:.',
  punctuation: '()[]{},;',
  scopes: { 'title.function': 'n' },
};

export const rust: LanguageProfile = {
  name: 'n',
  member: 'py',
  call: 'nf',
  strings: 's',
  scopes: { meta: 'nd', type: 'nb', 'title.class': 'n', variable: 'n', 'title.function.invoke': 'nf' },
  words: { '->': 'k' },
  refine(cls, text, { nodeText }) {
    if (cls === 'c1' && (nodeText.startsWith('///') || nodeText.startsWith('//!'))) return 'cd';
    if (cls === 'nb' && text.endsWith('!')) return 'nd';
    return cls;
  },
};
