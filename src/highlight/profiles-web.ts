/** Profiles for JavaScript, TypeScript, HTML/XML, CSS and SCSS (see language-profile.ts). */
import type { LanguageProfile } from './language-profile.js';

const JS_DECLARATIONS = ['const', 'let', 'var', 'function', 'class', 'extends', 'constructor', 'static', 'get', 'set'];
const JS_BUILTINS = ['Error', 'Promise', 'Array', 'Object', 'String', 'Number', 'Boolean', 'Map', 'Set', 'Symbol', 'JSON', 'Math', 'Date', 'RegExp'];

export const javascript: LanguageProfile = {
  name: 'nx',
  quoteDelimiters: true,
  substDelimiter: 'p',
  words: {
    ...Object.fromEntries(JS_DECLARATIONS.map((w) => [w, 'kd'])),
    ...Object.fromEntries(JS_BUILTINS.map((w) => [w, 'nb'])),
    this: 'k', super: 'k', console: 'nx', window: 'nx', document: 'nx',
  },
  scopes: {
    'title.function': 'nx', 'title.class': 'nx', 'title.class.inherited': 'nx', property: 'nx',
    'variable.language': 'k', 'variable.constant': 'nx', params: '', attr: 'na',
  },
  refine: (cls, text) => (cls === 'sb' && text.startsWith('`') ? 's2' : cls === 'sb' ? 's2' : cls),
};

const TS_RESERVED = ['interface', 'enum', 'string', 'number', 'boolean', 'any', 'unknown', 'never', 'void', 'readonly', 'declare', 'namespace', 'abstract', 'implements'];

export const typescript: LanguageProfile = {
  ...javascript,
  words: {
    ...javascript.words,
    ...Object.fromEntries(TS_RESERVED.map((w) => [w, 'kr'])),
    type: 'kd', private: 'kd', public: 'kd', protected: 'kd',
  },
  scopes: { ...javascript.scopes, attr: 'nx', 'char.escape': 'se' },
};

export const xml: LanguageProfile = {
  scopes: { tag: 'nt', 'tag>attr': 'na', 'tag>string': 's', meta: 'cp', 'meta>string': 'cp', 'meta>keyword': 'cp', symbol: 'ni' },
  refine: (cls, text, { scope }) => (scope === 'tag' && text.trim() === '=' ? 'na' : cls),
  punctuationClass: '',
  operators: '',
  punctuation: '',
};

export const css: LanguageProfile = {
  numbers: 'm',
  blockComment: 'c',
  scopes: { attribute: 'nl', 'built_in': 'n', 'selector-id': 'nf', attr: 'py' },
  // Rouge 3.30's CSS lexer labels "…" as s1 and '…' as s2.
  refine: (cls) => (cls === 's2' ? 's1' : cls === 's1' ? 's2' : cls),
  identifier: /-{0,2}[A-Za-z_][A-Za-z0-9_-]*/y,
  word: (word) => (word.startsWith('--') ? 'py' : /^-?[a-z]/.test(word) ? 'nb' : undefined),
  operators: '+*/>~=!',
};

export const scss: LanguageProfile = {
  ...css,
  lineComment: 'c1',
  scopes: { ...css.scopes, variable: 'nv', 'built_in': 'nf', keyword: 'k' },
  operators: '+*/>~=!.:&',
  refine: (cls) => cls,
};

/** Liquid, highlighted with highlight.js's Django grammar; Rouge leaves the HTML around it plain. */
export const django: LanguageProfile = {
  name: 'nv',
  operators: ':<>=!',
  punctuation: '{}%|.,()[]',
  scopes: { 'template-tag': '', 'template-variable': '', 'name>name': 'nt', name: 'nt', keyword: 'nt', string: 's', 'template-tag>string': 's1' },
  word: (word, before, after) => (before === '|' ? 'nf' : after === ':' ? 'na' : undefined),
  refine: (cls, _text, { nodeText }) => (cls === 's' && nodeText.startsWith("'") ? 's1' : cls === 's' ? 's2' : cls),
  embedded: { xml: { plainText: '' } },
};
